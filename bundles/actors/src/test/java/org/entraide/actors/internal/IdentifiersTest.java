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

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.util.Map;
import org.entraide.services.actor.ActorIdentifier;
import org.junit.Test;

/** An actor's public identifier and its register, from the attributes of Entraide's actor types. */
public class IdentifiersTest {

    @Test
    public void aSiretLinksToItsEstablishmentInTheCompaniesDirectory() {
        assertEquals(new ActorIdentifier("SIRET", "73282932000074",
                "https://annuaire-entreprises.data.gouv.fr/etablissement/73282932000074"),
                Identifiers.of(Map.of("siret", "73282932000074", "trade", "bakery")));
    }

    @Test
    public void anRnaNumberLinksToItsSearchInTheCompaniesDirectory() {
        assertEquals(new ActorIdentifier("RNA", "W2A1002345",
                "https://annuaire-entreprises.data.gouv.fr/rechercher?terme=W2A1002345"),
                Identifiers.of(Map.of("rna", "W2A1002345")));
        assertEquals("W751234567", Identifiers.of(Map.of("rna", "W751234567")).value());
    }

    @Test
    public void aLocalAuthorityLinksToItsInseeFile() {
        assertEquals(new ActorIdentifier("INSEE", "2A004", "https://www.insee.fr/fr/statistiques/2011101?geo=COM-2A004"),
                Identifiers.of(Map.of("kind", "commune", "code", "2A004")));
        assertEquals("https://www.insee.fr/fr/statistiques/2011101?geo=EPCI-200054781",
                Identifiers.of(Map.of("kind", "epci", "code", "200054781")).registerUrl());
        assertEquals("https://www.insee.fr/fr/statistiques/2011101?geo=DEP-2B",
                Identifiers.of(Map.of("kind", "departement", "code", "2B")).registerUrl());
        assertEquals("https://www.insee.fr/fr/statistiques/2011101?geo=REG-94",
                Identifiers.of(Map.of("kind", "region", "code", "94")).registerUrl());
    }

    @Test
    public void noIdentifierWhenTheAttributesHoldNone() {
        assertNull(Identifiers.of(Map.of()));
        assertNull(Identifiers.of(Map.of("siret", "123")));
        assertNull(Identifiers.of(Map.of("siret", 73282932000074L)));
        assertNull(Identifiers.of(Map.of("rna", "12345")));
        assertNull("a code without a kind of authority", Identifiers.of(Map.of("code", "75056")));
        assertNull(Identifiers.of(Map.of("kind", "commune", "code", "75056&x=1")));
    }
}
