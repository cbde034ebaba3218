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
package org.entraide.identity.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.aries.jpa.template.TransactionType;
import org.entraide.api.error.NotFoundException;
import org.entraide.api.error.ValidationException;
import org.entraide.services.identity.AccountRelations;
import org.entraide.services.identity.Relation;
import org.entraide.services.identity.Role;
import org.entraide.database.testing.DerbyJpa;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;

/** Blocks and mutes on the real persistence unit and schema, in embedded Derby. */
public class AccountRelationsTest {

    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00.123456Z");

    /** One database for the class (the whole changelog takes seconds to apply); each test starts without rows. */
    private static DerbyJpa jpa;
    private static AccountRelationsImpl relations;

    @BeforeClass
    public static void database() throws Exception {
        jpa = DerbyJpa.fresh("entraide-identity");
        relations = new AccountRelationsImpl(jpa, Clock.fixed(NOW, ZoneOffset.UTC));
        for (String name : List.of("anne", "bruno", "chloe", "david")) {
            jpa.tx(TransactionType.Required, em -> em.persist(new AccountEntity(name, name + "@example.fr",
                    "Name " + name, "$argon2id$x", 41.92, 8.73, 10.0, "fr", EnumSet.of(Role.RESIDENT), NOW)));
        }
    }

    @Before
    public void noRelations() {
        jpa.tx(TransactionType.Required, em -> em.createQuery("DELETE FROM RelationEntity r").executeUpdate());
    }

    @AfterClass
    public static void close() {
        jpa.close();
    }

    @Test
    public void aBlockIsMadeOnceListedAndEnded() {
        AccountRelations.Added first = relations.block("anne", "bruno");
        AccountRelations.Added again = relations.block("anne", "bruno");

        assertTrue(first.created());
        assertFalse(again.created());
        assertEquals(new Relation("bruno", "Name bruno", NOW), again.relation());
        assertEquals(List.of(new Relation("bruno", "Name bruno", NOW)), relations.blocked("anne"));
        assertTrue(relations.blocks("anne", "bruno"));
        assertFalse("one way only", relations.blocks("bruno", "anne"));
        assertTrue(relations.eitherBlocks("bruno", "anne"));
        assertFalse("a block is not a mute", relations.mutes("anne", "bruno"));
        assertEquals(List.of(), relations.muted("anne"));

        relations.unblock("anne", "bruno");
        relations.unblock("anne", "bruno");

        assertFalse(relations.blocks("anne", "bruno"));
        assertEquals(List.of(), relations.blocked("anne"));
    }

    @Test
    public void oneselfIsRefusedAndAnUnknownAccountIsNotFoundAndNothingIsWritten() {
        ValidationException self = assertThrows(ValidationException.class, () -> relations.block("anne", "anne"));
        assertEquals("accountId", self.errors().get(0).field());
        assertThrows(ValidationException.class, () -> relations.mute("anne", "anne"));
        assertThrows(ValidationException.class, () -> relations.mute("anne", " "));
        assertThrows(NotFoundException.class, () -> relations.block("anne", "nobody"));
        assertThrows(NotFoundException.class, () -> relations.mute("anne", "x".repeat(37)));

        assertEquals(List.of(), relations.blocked("anne"));
        assertEquals(List.of(), relations.muted("anne"));
        assertEquals(Set.of(), relations.hiddenAuthors("anne"));
    }

    @Test
    public void theFeedHidesWhomTheViewerMutesOrBlocksAndWhoBlocksTheViewer() {
        relations.mute("anne", "bruno");
        relations.block("anne", "chloe");
        relations.block("david", "anne");
        relations.mute("chloe", "david");

        assertEquals(Set.of("bruno", "chloe", "david"), relations.hiddenAuthors("anne"));
        assertEquals("a mute is one way", Set.of(), relations.hiddenAuthors("bruno"));
        assertEquals(Set.of("anne", "david"), relations.hiddenAuthors("chloe"));
        assertEquals(Set.of("anne"), relations.hiddenFrom("bruno"));
        assertEquals(Set.of("anne", "chloe"), relations.hiddenFrom("david"));
        assertEquals(Set.of("david", "chloe"), relations.hiddenFrom("anne"));
        assertEquals(Set.of(), relations.hiddenAuthors(null));
    }

    @Test
    public void blockingAndMutingTheSameAccountAreIndependent() {
        relations.mute("anne", "bruno");
        relations.block("anne", "bruno");
        relations.unblock("anne", "bruno");

        assertTrue(relations.mutes("anne", "bruno"));
        assertEquals(Set.of("bruno"), relations.hiddenAuthors("anne"));
    }

    @Test
    public void theExportHoldsOnesOwnBlocksAndMutesNeverWhoBlocksOne() {
        relations.block("anne", "bruno");
        relations.mute("anne", "chloe");
        relations.block("david", "anne");

        @SuppressWarnings("unchecked")
        Map<String, List<Map<String, String>>> export = (Map<String, List<Map<String, String>>>) relations
                .export("anne");

        assertEquals("relations", relations.section());
        assertEquals(List.of(Map.of("accountId", "bruno", "displayName", "Name bruno", "createdAt",
                "2026-12-01T08:00:00.123456Z")), export.get("blocks"));
        assertEquals(List.of("chloe"), export.get("mutes").stream().map(m -> m.get("accountId"))
                .collect(Collectors.toList()));
        assertFalse(export.toString().contains("david"));
    }

    @Test
    public void erasingAnAccountErasesEveryRowItIsOnEitherSide() {
        relations.block("anne", "bruno");
        relations.mute("anne", "chloe");
        relations.block("david", "anne");
        relations.mute("bruno", "anne");
        relations.block("bruno", "chloe");

        relations.erase("anne");
        relations.erase("anne");

        assertEquals(List.of(), relations.blocked("anne"));
        assertEquals(List.of(), relations.blocked("david"));
        assertEquals(List.of(), relations.muted("bruno"));
        assertEquals("others' rows stay", List.of("chloe"), relations.blocked("bruno").stream()
                .map(Relation::accountId).collect(Collectors.toList()));
    }
}
