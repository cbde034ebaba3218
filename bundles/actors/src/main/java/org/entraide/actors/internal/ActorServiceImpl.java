/*
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package org.entraide.actors.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.entraide.api.actor.Actor;
import org.entraide.api.actor.ActorChanges;
import org.entraide.api.actor.ActorManager;
import org.entraide.api.actor.ActorQuery;
import org.entraide.api.actor.ActorService;
import org.entraide.api.actor.Contact;
import org.entraide.api.actor.ManagerInvitation;
import org.entraide.api.actor.NewActor;
import org.entraide.api.error.ConflictException;
import org.entraide.api.error.FieldError;
import org.entraide.api.error.ForbiddenException;
import org.entraide.api.error.NotFoundException;
import org.entraide.api.error.ValidationException;
import org.entraide.api.geo.CellCovering;
import org.entraide.api.geo.GeoPoint;
import org.entraide.api.geo.GeoRadiusService;
import org.entraide.api.identity.Caller;
import org.entraide.api.identity.IdentityService;
import org.entraide.api.identity.Role;
import org.entraide.api.notification.NewNotification;
import org.entraide.api.notification.NotificationService;
import org.entraide.api.paging.Cursors;
import org.entraide.api.paging.Page;
import org.entraide.api.plugin.ActorContext;
import org.entraide.api.plugin.ActorType;
import org.entraide.api.plugin.Schemas;
import org.entraide.api.territory.TerritoryService;
import org.entraide.api.text.Texts;
import org.entraide.support.json.Attributes;
import org.entraide.support.place.ListPlace;
import org.entraide.support.place.Reader;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Actors on the {@code entraide-actors} persistence unit. Actor types are bound as they come and go:
 * an actor whose type is gone stays readable, with {@code typeAvailable} false, and refuses writes.
 */
@Component(service = ActorService.class)
public class ActorServiceImpl implements ActorService {

    /** The cursor kind of actors nearest first around a centre. */
    private static final String NEARBY = "an1";

    private static final int NAME_MAX = 120;
    private static final int DESCRIPTION_MAX = 4000;

    @Reference(target = "(osgi.unit.name=entraide-actors)")
    private JpaTemplate jpa;

    @Reference
    private GeoRadiusService geo;

    @Reference
    private TerritoryService territories;

    @Reference
    private IdentityService identity;

    /** Optional: without the notifications bundle, actors work and nobody is told. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile NotificationService notifications;

    private final ConcurrentMap<String, ActorType> types = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addType(ActorType type) {
        types.put(type.key(), type);
    }

    void removeType(ActorType type) {
        types.remove(type.key(), type);
    }

    @Override
    public List<ActorType> types() {
        return types.values().stream().sorted(Comparator.comparing(ActorType::key)).collect(Collectors.toList());
    }

    @Override
    public Actor create(Caller creator, NewActor actor) {
        List<FieldError> errors = new ArrayList<>();
        ActorType type = actor.type() == null ? null : types.get(actor.type());
        if (type == null) {
            errors.add(new FieldError("type", actor.type() == null
                    ? "is required: the key of an installed actor type"
                    : "must be the key of an installed actor type"));
        }
        ActorEntity entity = new ActorEntity();
        entity.id = UUID.randomUUID().toString();
        entity.type = actor.type();
        fill(entity, actor.name(), actor.description(), actor.lat(), actor.lon(), actor.address(), actor.contact(),
                errors);
        if (type != null) {
            entity.attributes = attributes(type, actor.attributes(), entity, true, errors);
            if (errors.stream().noneMatch(e -> e.field().startsWith("location"))) {
                territories.refusedType(GeoPoint.of(entity.lat, entity.lon), type.key(), true).ifPresent(errors::add);
            }
        }
        reject(errors);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        entity.verification = "UNVERIFIED";
        entity.createdAt = now;
        entity.updatedAt = now;
        jpa.tx(TransactionType.Required, em -> {
            em.persist(entity);
            ManagerEntity manager = new ManagerEntity();
            manager.actorId = entity.id;
            manager.accountId = creator.accountId();
            manager.position = 0;
            em.persist(manager);
        });
        return view(entity, List.of(creator.accountId()), null);
    }

    @Override
    public Actor get(Caller viewer, String actorId, GeoPoint centre) {
        ActorEntity actor = found(actorId);
        GeoPoint from = centre != null ? centre : viewer == null ? null : identity.home(viewer.accountId());
        return view(actor, managers(actorId), from);
    }

    @Override
    public Actor update(Caller manager, String actorId, ActorChanges changes) {
        ActorEntity current = found(actorId);
        if (!isManager(manager.accountId(), actorId)) {
            throw new ForbiddenException("Only the actor's managers can change it.");
        }
        ActorType type = types.get(current.type);
        if (type == null) {
            throw new ConflictException("This actor's type is not installed: it is read-only until it comes back.");
        }
        List<FieldError> errors = new ArrayList<>();
        fill(current, changes.name() == null ? current.name : changes.name(),
                changes.description() == null ? current.description : changes.description(),
                changes.lat() == null && changes.lon() == null ? current.lat : changes.lat(),
                changes.lat() == null && changes.lon() == null ? current.lon : changes.lon(),
                changes.address() == null ? current.address : changes.address(),
                changes.contact() == null ? new Contact(current.phone, current.email, current.website)
                        : changes.contact(), errors);
        if (changes.attributes() != null) {
            current.attributes = attributes(type, changes.attributes(), current, false, errors);
        }
        reject(errors);
        current.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        ActorEntity saved = jpa.txExpr(TransactionType.Required, em -> em.merge(current));
        return view(saved, managers(actorId), null);
    }

    @Override
    public Page<Actor> list(Caller viewer, ActorQuery query) {
        Reader reader = Reader.of(viewer, identity, "Sign in, or give lat and lon, to list actors.");
        ListPlace place = ListPlace.around(query.centre(), query.radiusKm(), reader, territories, geo);
        CellCovering covering = place.covering();
        List<ActorEntity> inCells = jpa.txExpr(TransactionType.Required, em -> {
            var select = em.createQuery("SELECT a FROM ActorEntity a WHERE a.cell" + covering.level() + " IN :cells"
                    + (query.type() == null ? "" : " AND a.type = :type"), ActorEntity.class)
                    .setParameter("cells", covering.keys());
            if (query.type() != null) {
                select.setParameter("type", query.type());
            }
            return select.getResultList();
        });
        List<ActorEntity> inside = inCells.stream().filter(a -> place.contains(GeoPoint.of(a.lat, a.lon)))
                .collect(Collectors.toList());
        Page<ActorEntity> page = Cursors.nearestFirst(inside, a -> place.distanceMetres(GeoPoint.of(a.lat, a.lon)),
                a -> a.id, NEARBY, query.cursor(), query.limit());
        return new Page<>(page.items().stream().map(a -> view(a, managers(a.id), place.centre()))
                .collect(Collectors.toList()), page.nextCursor());
    }

    @Override
    public void follow(Caller follower, String actorId) {
        found(actorId);
        jpa.tx(TransactionType.Required, em -> {
            if (em.find(ActorFollowEntity.class, new ActorFollowEntity.Key(actorId, follower.accountId())) == null) {
                ActorFollowEntity follow = new ActorFollowEntity();
                follow.actorId = actorId;
                follow.accountId = follower.accountId();
                follow.createdAt = Instant.now();
                em.persist(follow);
                em.find(ActorEntity.class, actorId).followersCount++;
            }
        });
    }

    @Override
    public boolean follows(Caller follower, String actorId) {
        found(actorId);
        return jpa.txExpr(TransactionType.Required, em -> em.find(ActorFollowEntity.class,
                new ActorFollowEntity.Key(actorId, follower.accountId())) != null);
    }

    @Override
    public void unfollow(Caller follower, String actorId) {
        found(actorId);
        jpa.tx(TransactionType.Required, em -> {
            ActorFollowEntity follow = em.find(ActorFollowEntity.class,
                    new ActorFollowEntity.Key(actorId, follower.accountId()));
            if (follow != null) {
                em.remove(follow);
                ActorEntity actor = em.find(ActorEntity.class, actorId);
                actor.followersCount = Math.max(0, actor.followersCount - 1);
            }
        });
    }

    @Override
    public List<String> followers(String actorId) {
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "SELECT f.accountId FROM ActorFollowEntity f WHERE f.actorId = :actor", String.class)
                .setParameter("actor", actorId).getResultList());
    }

    @Override
    public boolean isManager(String accountId, String actorId) {
        return accountId != null && managers(actorId).contains(accountId);
    }

    @Override
    public ManagerInvitation invite(Caller manager, String actorId) {
        managed(manager, actorId, "Only the actor's managers can invite others to manage it.");
        String code = InvitationCodes.next();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        InvitationEntity invitation = new InvitationEntity();
        invitation.codeDigest = InvitationCodes.digest(code);
        invitation.actorId = actorId;
        invitation.createdBy = manager.accountId();
        invitation.createdAt = now;
        invitation.expiresAt = now.plus(INVITATION_DAYS, ChronoUnit.DAYS);
        jpa.tx(TransactionType.Required, em -> {
            em.createQuery("DELETE FROM InvitationEntity i WHERE i.actorId = :actor AND i.expiresAt <= :now")
                    .setParameter("actor", actorId).setParameter("now", now).executeUpdate();
            em.persist(invitation);
        });
        return new ManagerInvitation(actorId, code, invitation.expiresAt);
    }

    @Override
    public Actor join(Caller resident, String actorId, String code) {
        ActorEntity actor = found(actorId);
        String normalised = InvitationCodes.normalised(code);
        if (normalised == null) {
            throw new ValidationException("code", "must be the 12 characters of an invitation, as XXXX-XXXX-XXXX");
        }
        if (isManager(resident.accountId(), actorId)) {
            return view(actor, managers(actorId), null);
        }
        String digest = InvitationCodes.digest(normalised);
        Instant now = Instant.now();
        // Spent by the DELETE itself: of two residents entering one code at once, one deletes the row, the other
        // deletes nothing and is refused.
        boolean joined = jpa.txExpr(TransactionType.Required, em -> {
            int spent = em.createQuery("DELETE FROM InvitationEntity i WHERE i.codeDigest = :digest"
                    + " AND i.actorId = :actor AND i.expiresAt > :now").setParameter("digest", digest)
                    .setParameter("actor", actorId).setParameter("now", now).executeUpdate();
            if (spent == 0) {
                return false;
            }
            Integer last = em.createQuery("SELECT MAX(m.position) FROM ManagerEntity m WHERE m.actorId = :actor",
                    Integer.class).setParameter("actor", actorId).getSingleResult();
            ManagerEntity manager = new ManagerEntity();
            manager.actorId = actorId;
            manager.accountId = resident.accountId();
            manager.position = last == null ? 0 : last + 1;
            em.persist(manager);
            return true;
        });
        if (!joined) {
            throw new ValidationException("code", "is not an open invitation to manage this actor: codes serve once"
                    + " and last " + INVITATION_DAYS + " days; ask one of its managers for a new one");
        }
        List<String> managers = managers(actorId);
        String name = identity.displayNames(List.of(resident.accountId())).getOrDefault(resident.accountId(), "");
        for (String other : managers) {
            if (!other.equals(resident.accountId())) {
                publish(new NewNotification(other, "actor.manager", "ACTOR", actorId,
                        Map.of("actorName", actor.name, "displayName", name)));
            }
        }
        return view(actor, managers, null);
    }

    @Override
    public List<ActorManager> managers(Caller manager, String actorId) {
        List<String> managers = managed(manager, actorId, "Only the actor's managers can see who manages it.");
        Map<String, String> names = identity.displayNames(managers);
        return managers.stream().map(id -> new ActorManager(id, names.getOrDefault(id, "")))
                .collect(Collectors.toList());
    }

    @Override
    public Actor removeManager(Caller manager, String actorId, String accountId) {
        List<String> managers = managed(manager, actorId, "Only the actor's managers can change who manages it.");
        if (!managers.contains(accountId)) {
            throw new NotFoundException("This account does not manage this actor.");
        }
        if (managers.size() == 1) {
            throw new ConflictException("The last manager cannot leave: invite someone to manage the actor first.");
        }
        jpa.tx(TransactionType.Required, em -> em.createQuery("DELETE FROM ManagerEntity m WHERE m.actorId = :actor"
                + " AND m.accountId = :account").setParameter("actor", actorId).setParameter("account", accountId)
                .executeUpdate());
        return view(found(actorId), managers(actorId), null);
    }

    /** The actor's managers, when the caller is one of them (404 for no actor, 403 with {@code refusal} else). */
    private List<String> managed(Caller caller, String actorId, String refusal) {
        found(actorId);
        List<String> managers = managers(actorId);
        if (!managers.contains(caller.accountId())) {
            throw new ForbiddenException(refusal);
        }
        return managers;
    }

    private void publish(NewNotification notification) {
        NotificationService.publishQuietly(notifications, notification);
    }

    @Override
    public Actor verify(Caller moderator, String actorId, boolean verified) {
        if (!moderator.has(Role.MODERATOR) && !moderator.has(Role.OPERATOR)) {
            throw new ForbiddenException("Moderators and operators only.");
        }
        found(actorId);
        ActorEntity saved = jpa.txExpr(TransactionType.Required, em -> {
            ActorEntity actor = em.find(ActorEntity.class, actorId);
            actor.verification = verified ? "VERIFIED" : "UNVERIFIED";
            actor.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            return actor;
        });
        return view(saved, managers(actorId), null);
    }

    private void fill(ActorEntity entity, String name, String description, Double lat, Double lon, String address,
            Contact contact, List<FieldError> errors) {
        entity.name = Texts.check(name, "name", 2, NAME_MAX, true, errors);
        entity.description = Texts.check(description, "description", 1, DESCRIPTION_MAX, false, errors);
        entity.address = Texts.check(address, "address", 3, 300, false, errors);
        if (lat == null || !Double.isFinite(lat) || lat < -90 || lat > 90) {
            errors.add(new FieldError("location.lat", "must be a number from -90 to 90"));
        } else if (lon == null || !Double.isFinite(lon) || lon < -180 || lon > 180) {
            errors.add(new FieldError("location.lon", "must be a number from -180 to 180"));
        } else {
            entity.lat = lat;
            entity.lon = lon;
            List<Long> cells = geo.cellKeys(GeoPoint.of(lat, lon));
            entity.cell0 = cells.get(0);
            entity.cell1 = cells.get(1);
            entity.cell2 = cells.get(2);
            entity.cell3 = cells.get(3);
        }
        Contact given = contact == null ? new Contact(null, null, null) : contact;
        entity.phone = Texts.check(given.phone(), "contact.phone", 4, 40, false, errors);
        if (entity.phone != null && !entity.phone.matches("[+0-9 .()-]{4,40}")) {
            errors.add(new FieldError("contact.phone", "must be a phone number"));
        }
        entity.email = Texts.check(given.email(), "contact.email", 3, 254, false, errors);
        if (entity.email != null && !entity.email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.add(new FieldError("contact.email", "must be an email address"));
        }
        entity.website = Texts.check(given.website(), "contact.website", 8, 300, false, errors);
        if (entity.website != null && !entity.website.matches("https?://\\S+")) {
            errors.add(new FieldError("contact.website", "must start with https:// or http://"));
        }
    }

    private String attributes(ActorType type, Map<String, Object> given, ActorEntity entity, boolean creating,
            List<FieldError> errors) {
        int before = errors.size();
        Map<String, Object> checked = Schemas.check(type.fields(), given, "attributes.", errors);
        if (errors.size() == before) {
            type.validate(checked, new ActorContext(GeoPoint.of(entity.lat, entity.lon), creating), errors);
        }
        String json = Attributes.write(checked);
        if (json.length() > Attributes.MAX_JSON) {
            errors.add(new FieldError("attributes", "are too large"));
        }
        return json;
    }


    private ActorEntity found(String actorId) {
        ActorEntity actor = actorId == null || actorId.length() > 36 ? null
                : jpa.txExpr(TransactionType.Required, em -> em.find(ActorEntity.class, actorId));
        if (actor == null) {
            throw new NotFoundException("No such actor.");
        }
        return actor;
    }

    private List<String> managers(String actorId) {
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "SELECT m.accountId FROM ManagerEntity m WHERE m.actorId = :actor ORDER BY m.position", String.class)
                .setParameter("actor", actorId).getResultList());
    }

    private Actor view(ActorEntity a, List<String> managers, GeoPoint from) {
        GeoPoint location = GeoPoint.of(a.lat, a.lon);
        Double distance = from == null ? null : geo.displayDistanceKm(geo.distanceMetres(from, location));
        return new Actor(a.id, a.type, types.containsKey(a.type), a.name, a.description, location, a.address,
                new Contact(a.phone, a.email, a.website), Attributes.read(a.attributes), a.verification, managers,
                a.followersCount, distance, a.createdAt, a.updatedAt);
    }

    private static void reject(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

}
