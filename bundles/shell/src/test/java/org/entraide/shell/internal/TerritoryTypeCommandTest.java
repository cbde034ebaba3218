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
package org.entraide.shell.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import org.entraide.services.territory.TerritoryAdministration.TypeFamily;
import org.junit.Test;

/** How {@code entraide:territory-enable} and {@code entraide:territory-disable} read the family argument. */
public class TerritoryTypeCommandTest {

    @Test
    public void theFamilyIsActorOrOperation() {
        assertEquals(TypeFamily.ACTOR, TerritoryTypes.family("actor"));
        assertEquals(TypeFamily.OPERATION, TerritoryTypes.family("operation"));
    }

    @Test
    public void theFamilyIsWrittenInLowerCaseAsTheCompleterOffersIt() {
        refused("Actor");
        refused("OPERATION");
    }

    @Test
    public void aPluralOrAnotherWordIsRefusedWithTheFamiliesAccepted() {
        refused("actors");
        refused("post");
        refused("");
    }

    private static void refused(String family) {
        try {
            TerritoryTypes.family(family);
            fail(family + " was accepted as a family");
        } catch (IllegalArgumentException e) {
            assertEquals("family must be actor or operation, not " + family, e.getMessage());
        }
    }
}
