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
package org.entraide.moderation.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.entraide.services.actor.Actor;
import org.entraide.services.actor.ActorService;
import org.entraide.api.error.FieldError;
import org.entraide.api.error.ForbiddenException;
import org.entraide.api.error.NotFoundException;
import org.entraide.api.error.ValidationException;
import org.entraide.api.geo.GeoPoint;
import org.entraide.services.identity.Account;
import org.entraide.services.identity.AccountStatus;
import org.entraide.services.identity.Caller;
import org.entraide.services.identity.IdentityService;
import org.entraide.services.identity.Role;
import org.entraide.services.moderation.ModeratedContent;
import org.entraide.services.moderation.ModerationEntry;
import org.entraide.services.moderation.ModerationService;
import org.entraide.services.moderation.ModerationTarget;
import org.entraide.services.moderation.OpenReport;
import org.entraide.services.moderation.ReportBook;
import org.entraide.services.moderation.ReportGroup;
import org.entraide.services.notification.NewNotification;
import org.entraide.services.notification.NotificationService;
import org.entraide.services.paging.Page;
import org.entraide.services.territory.Perimeter;
import org.entraide.services.territory.Scope;
import org.entraide.services.territory.Territory;
import org.entraide.services.territory.TerritoryService;
import org.entraide.database.testing.DerbyJpa;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;

/** The moderation service on the real log table, its collaborators in memory. */
public class ModerationServiceImplTest {

    private static final GeoPoint IN_LYON = GeoPoint.of(45.76, 4.84);
    private static final GeoPoint IN_NANTES = GeoPoint.of(47.2, -1.55);
    private static final GeoPoint NOWHERE = GeoPoint.of(10, 4.84);
    private static final Territory LYON = territory("lyon", "claire@example.org");
    private static final Territory NANTES = territory("nantes", "paul@example.org");

    private static final Caller CLAIRE = caller("claire", Role.RESIDENT);
    private static final Caller PAUL = caller("paul", Role.RESIDENT);
    private static final Caller SOMEONE = caller("someone", Role.RESIDENT);
    private static final Caller PLATFORM = caller("platform", Role.RESIDENT, Role.MODERATOR);

    private static DerbyJpa jpa;

    private final Map<String, ModerationTarget> content = new HashMap<>();
    private final List<OpenReport> open = new ArrayList<>();
    private final List<NewNotification> told = new ArrayList<>();
    private Instant now = Instant.parse("2026-03-01T10:00:00Z");
    private ModerationServiceImpl service;

    private static Territory territory(String key, String moderator) {
        return new Territory(key, key, Perimeter.circle(IN_LYON, 10), 20, 5, null, null, List.of(moderator), 0);
    }

    private static Caller caller(String id, Role... roles) {
        return new Caller(id, Set.of(roles), "fr", "s");
    }

    @BeforeClass
    public static void database() throws Exception {
        jpa = DerbyJpa.fresh("entraide-moderation");
    }

    @AfterClass
    public static void close() {
        jpa.close();
    }

    @Before
    public void service() {
        jpa.tx(em -> em.createQuery("DELETE FROM ModerationLogEntity e").executeUpdate());
        service = new ModerationServiceImpl();
        service.bind(jpa, territories(), identity(), reports(), actors(), notifications(), ticking());
        service.addContent(posts());
        put("p-lyon", IN_LYON, "Perceuse à prêter", "author");
        put("p-nantes", IN_NANTES, "Vélo à donner", "author");
        put("p-nowhere", NOWHERE, "Ailleurs", "author");
    }

    /** A clock a second later at each reading, so that entries have an order. */
    private Clock ticking() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                now = now.plusSeconds(1);
                return now;
            }
        };
    }

    private void put(String id, GeoPoint where, String summary, String author) {
        content.put(id, new ModerationTarget("POST", id, where, summary, List.of(author), false, "POST", id));
    }

    private void report(String targetId, String reporter, String reason) {
        now = now.plusSeconds(60);
        open.add(new OpenReport(UUID.randomUUID().toString(), "POST", targetId, reason, reporter, now));
    }

    private static TerritoryService territories() {
        return Stub.of(TerritoryService.class, Map.of(
                "territories", args -> List.of(LYON, NANTES),
                "scopeAt", args -> {
                    double lat = ((GeoPoint) args[0]).lat();
                    if (lat < 20) {
                        throw new ValidationException(List.of(new FieldError("location", "outside")));
                    }
                    return new Scope(lat > 46 ? NANTES : LYON, 20, 5);
                }));
    }

    private static IdentityService identity() {
        return Stub.of(IdentityService.class, Map.of(
                "account", args -> new Account((String) args[0], args[0] + "@example.org", "x", "fr",
                        Set.of(Role.RESIDENT), AccountStatus.ACTIVE, 5, Instant.EPOCH),
                "displayNames", args -> ((java.util.Collection<?>) args[0]).stream()
                        .filter(id -> !"karaf-shell".equals(id))
                        .collect(Collectors.toMap(id -> (String) id, id -> "Nom de " + id))));
    }

    private ReportBook reports() {
        return new ReportBook() {
            @Override
            public List<OpenReport> open() {
                return List.copyOf(open);
            }

            @Override
            public List<OpenReport> close(String type, String id, String outcome, String moderatorId, Instant at) {
                List<OpenReport> closed = open.stream().filter(r -> r.targetType().equals(type)
                        && r.targetId().equals(id)).collect(Collectors.toList());
                open.removeAll(closed);
                return closed;
            }
        };
    }

    private ModeratedContent posts() {
        return new ModeratedContent() {
            @Override
            public Set<String> targetTypes() {
                return Set.of("POST");
            }

            @Override
            public ModerationTarget target(String type, String id) {
                ModerationTarget target = content.get(id);
                if (target == null) {
                    throw new NotFoundException("No such post.");
                }
                return target;
            }

            @Override
            public ModerationTarget hide(String type, String id, boolean hidden) {
                ModerationTarget t = target(type, id);
                ModerationTarget changed = new ModerationTarget(t.type(), t.id(), t.position(), t.summary(),
                        t.accountable(), hidden, t.subjectType(), t.subjectId());
                content.put(id, changed);
                return changed;
            }
        };
    }

    private static ActorService actors() {
        Map<String, String> verification = new HashMap<>(Map.of("a-lyon", "UNVERIFIED"));
        return Stub.of(ActorService.class, Map.of(
                "lookUp", args -> ((java.util.Collection<?>) args[0]).stream().filter(verification::containsKey)
                        .collect(Collectors.toMap(id -> (String) id, id -> actor((String) id,
                                verification.get(id)))),
                "verify", args -> {
                    verification.put((String) args[1], (Boolean) args[2] ? "VERIFIED" : "UNVERIFIED");
                    return actor((String) args[1], verification.get(args[1]));
                }));
    }

    private static Actor actor(String id, String verification) {
        return new Actor(id, "association", true, "Les Amis du quartier", null, IN_LYON, null, null, Map.of(),
                verification, List.of("manager"), 0, null, Instant.EPOCH, Instant.EPOCH);
    }

    private NotificationService notifications() {
        return Stub.of(NotificationService.class, Map.of("publish", args -> {
            told.add((NewNotification) args[0]);
            return null;
        }));
    }

    private List<ModerationEntry> log(Caller reader) {
        return service.log(reader, null, 100).items();
    }

    @Test
    public void refusalsComeInOrderAndWriteNothing() {
        report("p-lyon", "r1", "spam");
        assertThrows(ForbiddenException.class, () -> service.hide(SOMEONE, "POST", "nope", "spam"));
        assertThrows(ForbiddenException.class, () -> service.hide(SOMEONE, "POST", "p-lyon", "spam"));
        assertThrows(NotFoundException.class, () -> service.hide(CLAIRE, "POST", "nope", "spam"));
        assertThrows(ForbiddenException.class, () -> service.hide(CLAIRE, "POST", "p-nantes", null));
        assertThrows(ForbiddenException.class, () -> service.hide(PAUL, "POST", "p-lyon", "spam"));
        assertThrows(ForbiddenException.class, () -> service.hide(CLAIRE, "POST", "p-nowhere", "spam"));
        ValidationException missing = assertThrows(ValidationException.class,
                () -> service.hide(CLAIRE, "POST", "p-lyon", "  "));
        assertEquals("reason", missing.errors().get(0).field());
        assertThrows(ValidationException.class, () -> service.hide(CLAIRE, "POST", "p-lyon", "x".repeat(501)));
        assertThrows(ValidationException.class, () -> service.hide(CLAIRE, "ACCOUNT", "someone", "spam"));
        assertFalse(content.get("p-lyon").hidden());
        assertEquals(1, open.size());
        assertEquals(List.of(), log(PLATFORM));
        assertEquals(List.of(), told);
    }

    @Test
    public void hidingClosesTheReportsLogsAndTellsTheAuthorAndEachReporterOnce() {
        report("p-lyon", "r1", "spam");
        report("p-lyon", "r1", "encore du spam");
        report("p-lyon", "r2", "arnaque");
        report("p-nantes", "r3", "hors sujet");
        ModerationTarget hidden = service.hide(CLAIRE, "POST", "p-lyon", " Vente interdite ");
        assertTrue(hidden.hidden());
        assertTrue(content.get("p-lyon").hidden());
        assertEquals("the other target's report stays open", 1, open.size());

        ModerationEntry entry = log(CLAIRE).get(0);
        assertEquals(List.of("HIDE", "POST", "p-lyon", "Perceuse à prêter", "lyon", "Vente interdite", "claire",
                "Nom de claire"), List.of(entry.action(), entry.targetType(), entry.targetId(), entry.summary(),
                entry.territory(), entry.reason(), entry.moderatorId(), entry.moderatorName()));

        List<NewNotification> toAuthor = told.stream().filter(n -> n.kind().equals("moderation.hidden"))
                .collect(Collectors.toList());
        assertEquals(1, toAuthor.size());
        assertEquals("author", toAuthor.get(0).recipientId());
        assertEquals("Vente interdite", toAuthor.get(0).data().get("reason"));
        assertEquals("POST", toAuthor.get(0).data().get("kind"));
        List<NewNotification> outcomes = told.stream().filter(n -> n.kind().equals("report.outcome"))
                .collect(Collectors.toList());
        assertEquals(List.of("r1", "r2"), outcomes.stream().map(NewNotification::recipientId)
                .collect(Collectors.toList()));
        assertTrue(outcomes.stream().allMatch(n -> "HIDDEN".equals(n.data().get("kind"))));

        told.clear();
        service.hide(CLAIRE, "POST", "p-lyon", "encore");
        assertEquals("hiding what is hidden logs nothing more", 1, log(PLATFORM).size());
        assertEquals(List.of(), told);

        ModerationTarget restored = service.restore(CLAIRE, "POST", "p-lyon", null);
        assertFalse(restored.hidden());
        ModerationEntry restore = log(CLAIRE).get(0);
        assertEquals("RESTORE", restore.action());
        assertNull(restore.reason());
    }

    @Test
    public void aTerritorysModeratorReadsTheLogOfTheirTerritoryOnly() {
        service.hide(CLAIRE, "POST", "p-lyon", "un");
        service.hide(PAUL, "POST", "p-nantes", "deux");
        service.hide(PLATFORM, "POST", "p-nowhere", "trois");
        assertEquals(List.of("p-lyon"), ids(log(CLAIRE)));
        assertEquals(List.of("p-nantes"), ids(log(PAUL)));
        assertEquals(3, log(PLATFORM).size());
        assertNull("outside every territory", log(PLATFORM).stream()
                .filter(e -> e.targetId().equals("p-nowhere")).findFirst().orElseThrow().territory());
        assertThrows(ForbiddenException.class, () -> service.log(SOMEONE, null, 10));

        Page<ModerationEntry> first = service.log(PLATFORM, null, 2);
        assertEquals(2, first.items().size());
        Page<ModerationEntry> second = service.log(PLATFORM, first.nextCursor(), 2);
        assertEquals(1, second.items().size());
        assertNull(second.nextCursor());
        List<String> all = new ArrayList<>(ids(first.items()));
        all.addAll(ids(second.items()));
        assertEquals(3, Set.copyOf(all).size());
    }

    @Test
    public void reportsAreGroupedByTargetMostRecentFirstWithinReach() {
        report("p-lyon", "r1", "spam");
        report("p-nantes", "r2", "hors sujet");
        report("p-lyon", "r3", "arnaque");
        report("gone", "r4", "déjà supprimé");
        Page<ReportGroup> all = service.reportGroups(PLATFORM, null, 10);
        assertEquals(List.of("gone", "p-lyon", "p-nantes"), all.items().stream().map(ReportGroup::targetId)
                .collect(Collectors.toList()));
        ReportGroup lyon = all.items().get(1);
        assertEquals(2, lyon.count());
        assertEquals(List.of("spam", "arnaque"), lyon.reasons());
        assertEquals("Perceuse à prêter", lyon.summary());
        assertEquals("author", lyon.authorId());
        assertEquals("Nom de author", lyon.authorName());
        assertTrue(lyon.lastReportedAt().isAfter(lyon.firstReportedAt()));
        assertNull("a target deleted since", all.items().get(0).summary());

        assertEquals(List.of("p-lyon"), service.reportGroups(CLAIRE, null, 10).items().stream()
                .map(ReportGroup::targetId).collect(Collectors.toList()));
        Page<ReportGroup> first = service.reportGroups(PLATFORM, null, 2);
        assertEquals(2, first.items().size());
        Page<ReportGroup> rest = service.reportGroups(PLATFORM, first.nextCursor(), 2);
        assertEquals(List.of("p-nantes"), rest.items().stream().map(ReportGroup::targetId)
                .collect(Collectors.toList()));
        assertNull(rest.nextCursor());
        assertThrows(ForbiddenException.class, () -> service.reportGroups(SOMEONE, null, 10));
    }

    @Test
    public void dismissingClosesTheReportsWithoutTouchingTheTarget() {
        report("p-lyon", "r1", "spam");
        assertThrows(ForbiddenException.class, () -> service.dismiss(PAUL, "POST", "p-lyon", null));
        assertThrows(NotFoundException.class, () -> service.dismiss(CLAIRE, "POST", "gone", null));
        assertEquals(1, service.dismiss(CLAIRE, "POST", "p-lyon", "rien à redire"));
        assertFalse(content.get("p-lyon").hidden());
        assertEquals(List.of(), open);
        ModerationEntry entry = log(CLAIRE).get(0);
        assertEquals("DISMISS", entry.action());
        assertEquals("rien à redire", entry.reason());
        assertEquals(List.of("r1"), told.stream().map(NewNotification::recipientId).collect(Collectors.toList()));
        assertEquals("DISMISSED", told.get(0).data().get("kind"));
        assertEquals("nothing left to dismiss", 0, service.dismiss(CLAIRE, "POST", "p-lyon", null));
        assertEquals(1, log(PLATFORM).size());

        report("gone", "r2", "supprimé");
        assertEquals("the platform's moderators close reports on what is gone", 1,
                service.dismiss(PLATFORM, "POST", "gone", null));
    }

    @Test
    public void verifyingAnActorIsLoggedAndItsWithdrawalNeedsAReason() {
        assertThrows(ForbiddenException.class, () -> service.verify(PAUL, "a-lyon", null));
        assertThrows(NotFoundException.class, () -> service.verify(CLAIRE, "a-none", null));
        assertThrows(ValidationException.class, () -> service.unverify(CLAIRE, "a-lyon", null));
        assertEquals(List.of(), log(PLATFORM));
        service.verify(CLAIRE, "a-lyon", null);
        service.verify(CLAIRE, "a-lyon", null);
        service.unverify(CLAIRE, "a-lyon", "SIRET radié");
        List<ModerationEntry> entries = log(CLAIRE);
        assertEquals(List.of("UNVERIFY", "VERIFY"), entries.stream().map(ModerationEntry::action)
                .collect(Collectors.toList()));
        assertEquals("SIRET radié", entries.get(0).reason());
        assertEquals("Les Amis du quartier", entries.get(0).summary());
    }

    @Test
    public void actionsCarriedOutElsewhereAreCheckedAndRecordedAlike() {
        assertThrows(ForbiddenException.class, () -> service.checkModerates(SOMEONE, IN_LYON));
        assertThrows(ForbiddenException.class, () -> service.checkModerates(PAUL, IN_LYON));
        assertThrows(ForbiddenException.class, () -> service.checkModerates(CLAIRE, null));
        service.checkModerates(CLAIRE, IN_LYON);
        service.checkModerates(PLATFORM, null);
        Instant until = now.plus(Duration.ofDays(7));
        ModerationEntry entry = service.record(CLAIRE, ModerationService.SUSPEND, "ACCOUNT", "someone", IN_LYON,
                "Quelqu'un", ModerationService.reason("Harcèlement", true), until);
        assertEquals("lyon", entry.territory());
        assertEquals(until, entry.until());
        assertEquals(List.of("someone"), ids(log(CLAIRE)));
        assertThrows(IllegalArgumentException.class, () -> service.record(CLAIRE, "BAN", "ACCOUNT", "someone",
                IN_LYON, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> service.record(CLAIRE, "SUSPEND", "ACCOUNT", "someone",
                IN_LYON, null, " not stripped", null));
    }

    private static List<String> ids(List<ModerationEntry> entries) {
        return entries.stream().map(ModerationEntry::targetId).collect(Collectors.toList());
    }
}
