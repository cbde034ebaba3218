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
package org.entraide.relays.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.entraide.api.error.FieldError;
import org.entraide.api.error.ForbiddenException;
import org.entraide.api.error.NotFoundException;
import org.entraide.api.error.ValidationException;
import org.entraide.api.geo.GeoPoint;
import org.entraide.api.geo.Place;
import org.entraide.api.geo.PlaceDirectory;
import org.entraide.services.identity.Caller;
import org.entraide.services.identity.IdentityService;
import org.entraide.services.identity.Role;
import org.entraide.services.relay.Beneficiary;
import org.entraide.services.relay.BeneficiaryChanges;
import org.entraide.services.relay.BeneficiaryData;
import org.entraide.services.relay.Consent;
import org.entraide.services.relay.NewBeneficiary;

/**
 * A relay's beneficiaries. Each belongs to the relay that registered it, and only that relay finds it: anyone
 * else's id is answered as an unknown one, so that a beneficiary's existence is never revealed. The posts written for
 * them are another bundle's ({@link BeneficiaryData}), asked for their count, their export and their erasure.
 */
final class Beneficiaries {

    private final Supplier<JpaTemplate> jpa;
    private final Supplier<IdentityService> identity;
    private final Supplier<PlaceDirectory> places;
    private final Supplier<Collection<BeneficiaryData>> data;
    private final Supplier<Clock> clock;

    Beneficiaries(Supplier<JpaTemplate> jpa, Supplier<IdentityService> identity, Supplier<PlaceDirectory> places,
            Supplier<Collection<BeneficiaryData>> data, Supplier<Clock> clock) {
        this.jpa = jpa;
        this.identity = identity;
        this.places = places;
        this.data = data;
        this.clock = clock;
    }

    Beneficiary create(Caller relay, NewBeneficiary given) {
        if (!relay.has(Role.RELAY)) {
            throw new ForbiddenException("Only relays register beneficiaries.");
        }
        Instant now = Instant.now(clock.get()).truncatedTo(ChronoUnit.MILLIS);
        List<FieldError> errors = new ArrayList<>();
        String firstName = BeneficiaryFields.firstName(given.firstName(), true, errors);
        BeneficiaryFields.Where where = BeneficiaryFields.where(places.get(), given.communeCode(), given.lat(),
                given.lon(), true, errors);
        String phone = BeneficiaryFields.phone(given.phone(), errors);
        if (given.consentObtainedAt() == null && given.consentMethod() == null) {
            errors.add(FieldError.of("consent", "required", "est obligatoire : quand et comment la personne a accepté",
                    "is required: when and how the person agreed"));
        } else {
            BeneficiaryFields.obtainedAt(given.consentObtainedAt(), now, errors);
            BeneficiaryFields.method(given.consentMethod(), errors);
        }
        reject(errors);
        BeneficiaryEntity row = new BeneficiaryEntity();
        row.id = UUID.randomUUID().toString();
        row.relayId = relay.accountId();
        row.firstName = firstName;
        place(row, where);
        row.phone = phone == null || phone.isEmpty() ? null : phone;
        row.consentObtainedAt = given.consentObtainedAt().truncatedTo(ChronoUnit.MILLIS);
        row.consentMethod = BeneficiaryFields.method(given.consentMethod(), new ArrayList<>());
        row.consentRecordedBy = relay.accountId();
        row.consentRecordedAt = now;
        row.createdAt = now;
        jpa.get().tx(TransactionType.Required, em -> em.persist(row));
        return view(row, Map.of());
    }

    List<Beneficiary> list(Caller relay) {
        List<BeneficiaryEntity> rows = ofRelay(relay.accountId());
        Map<String, Integer> counts = counts(rows.stream().map(r -> r.id).collect(Collectors.toList()));
        return rows.stream().map(r -> view(r, counts)).collect(Collectors.toList());
    }

    List<BeneficiaryEntity> ofRelay(String relayId) {
        return jpa.get().txExpr(TransactionType.Required, em -> em.createQuery(
                "SELECT b FROM BeneficiaryEntity b WHERE b.relayId = :relay ORDER BY b.firstName, b.createdAt, b.id",
                BeneficiaryEntity.class).setParameter("relay", relayId).getResultList());
    }

    Beneficiary get(Caller relay, String id) {
        BeneficiaryEntity row = own(relay, id);
        return view(row, counts(List.of(row.id)));
    }

    Beneficiary update(Caller relay, String id, BeneficiaryChanges changes) {
        BeneficiaryEntity current = own(relay, id);
        List<FieldError> errors = new ArrayList<>();
        String firstName = BeneficiaryFields.firstName(changes.firstName(), changes.firstName() != null, errors);
        BeneficiaryFields.Where where = BeneficiaryFields.where(places.get(), changes.communeCode(), changes.lat(),
                changes.lon(), false, errors);
        String phone = BeneficiaryFields.phone(changes.phone(), errors);
        reject(errors);
        BeneficiaryEntity changed = jpa.get().txExpr(TransactionType.Required, em -> {
            BeneficiaryEntity row = em.find(BeneficiaryEntity.class, current.id);
            if (row == null) {
                throw new NotFoundException("No such beneficiary.");
            }
            if (firstName != null) {
                row.firstName = firstName;
            }
            if (where != null) {
                place(row, where);
            }
            if (phone != null) {
                row.phone = phone.isEmpty() ? null : phone;
            }
            return row;
        });
        return view(changed, counts(List.of(changed.id)));
    }

    void erase(Caller relay, String id) {
        erase(own(relay, id).id);
    }

    /** Every contributor's part first, then the row: a failure half-way leaves the beneficiary to erase again. */
    void erase(String id) {
        for (BeneficiaryData contributor : data.get()) {
            contributor.erase(id);
        }
        jpa.get().tx(TransactionType.Required, em -> em.createQuery(
                "DELETE FROM BeneficiaryEntity b WHERE b.id = :id").setParameter("id", id).executeUpdate());
    }

    Map<String, Object> export(Caller relay, String id) {
        BeneficiaryEntity row = own(relay, id);
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("exportedAt", Instant.now(clock.get()).toString());
        export.put("beneficiary", BeneficiaryMaps.of(view(row, counts(List.of(row.id)))));
        for (BeneficiaryData contributor : data.get()) {
            export.put(contributor.section(), contributor.export(id));
        }
        return export;
    }

    /** One of the relay's beneficiaries, for a post; not a relay 403, not theirs 422 on {@code beneficiaryId}. */
    Beneficiary forPost(Caller relay, String id) {
        if (!relay.has(Role.RELAY)) {
            throw new ForbiddenException("Only relays post for a beneficiary.");
        }
        BeneficiaryEntity row = find(id);
        if (row == null || !row.relayId.equals(relay.accountId())) {
            throw new ValidationException(FieldError.of("beneficiaryId", "not_your_beneficiary",
                    "n'est pas l'un de vos bénéficiaires", "is not one of your beneficiaries"));
        }
        return view(row, Map.of());
    }

    GeoPoint placeOf(Beneficiary beneficiary) {
        if (beneficiary.location() != null) {
            return beneficiary.location();
        }
        return places.get().commune(beneficiary.communeCode()).map(Place::position)
                .orElseThrow(() -> new ValidationException(FieldError.of("beneficiaryId", "not_a_commune",
                        "habite une commune que le répertoire ne connaît plus : donnez un lieu",
                        "lives in a commune the gazetteer no longer knows: give a location")));
    }

    private BeneficiaryEntity own(Caller relay, String id) {
        BeneficiaryEntity row = find(id);
        if (row == null || !row.relayId.equals(relay.accountId())) {
            throw new NotFoundException("No such beneficiary.");
        }
        return row;
    }

    private BeneficiaryEntity find(String id) {
        if (id == null || id.isBlank() || id.length() > 36) {
            return null;
        }
        return jpa.get().txExpr(TransactionType.Required, em -> em.find(BeneficiaryEntity.class, id));
    }

    private Map<String, Integer> counts(List<String> ids) {
        Map<String, Integer> total = new HashMap<>();
        if (ids.isEmpty()) {
            return total;
        }
        for (BeneficiaryData contributor : data.get()) {
            contributor.counts(ids).forEach((id, n) -> total.merge(id, n, Integer::sum));
        }
        return total;
    }

    Beneficiary view(BeneficiaryEntity row, Map<String, Integer> counts) {
        String communeName = row.communeCode == null ? null
                : places.get().commune(row.communeCode).map(Place::name).orElse(null);
        String recorder = row.consentRecordedBy == null ? null
                : identity.get().displayNames(List.of(row.consentRecordedBy)).get(row.consentRecordedBy);
        return new Beneficiary(row.id, row.relayId, row.firstName, row.communeCode, communeName,
                row.locLat == null ? null : GeoPoint.of(row.locLat, row.locLon), row.phone,
                new Consent(row.consentObtainedAt, row.consentMethod, row.consentRecordedBy, recorder,
                        row.consentRecordedAt), row.createdAt, counts.getOrDefault(row.id, 0));
    }

    private static void place(BeneficiaryEntity row, BeneficiaryFields.Where where) {
        row.communeCode = where.communeCode();
        row.locLat = where.location() == null ? null : where.location().lat();
        row.locLon = where.location() == null ? null : where.location().lon();
    }

    private static void reject(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
