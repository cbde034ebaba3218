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
package org.entraide.actor.collectivity.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.entraide.api.plugin.FrenchIdentifiers;
import org.junit.Test;

/**
 * The codes each kind of local authority accepts.
 */
public class CollectivityCodesTest {

    private static void fits(String kind, String... codes) {
        for (String code : codes) {
            assertNull(kind + " " + code, CollectivityCodes.problem(kind, code));
        }
    }

    private static void doesNotFit(String kind, String... codes) {
        for (String code : codes) {
            assertNotNull(kind + " " + code, CollectivityCodes.problem(kind, code));
        }
    }

    @Test
    public void communesHaveTheirInseeCode() {
        fits(CollectivityCodes.COMMUNE, "75056", "69123", "13055", "01001", "95690", "2A004", "2B033", "2A348",
                "97101", "97411", "97611", "97502", "97701", "97801", "98735", "98818");
    }

    @Test
    public void communeCodesAreNotPostcodesNorOtherNumbers() {
        doesNotFit(CollectivityCodes.COMMUNE, "20000", "20167", "00100", "96001", "75000", "2A000", "2C004",
                "97000", "97100", "97900", "98501", "7505", "750561", "2a004", "97A11");
    }

    @Test
    public void epcisHaveAPublicSirenWithItsCheckDigit() {
        fits(CollectivityCodes.EPCI, "200054781", "242010056", "200067627", "243500139");
        doesNotFit(CollectivityCodes.EPCI, "200054782", "200054718", "732829320", "20005478", "2000547810",
                "2A0054781");
    }

    @Test
    public void departementsAreMainlandCorsicaOrOverseas() {
        fits(CollectivityCodes.DEPARTEMENT, "01", "19", "21", "2A", "2B", "75", "95", "971", "972", "973", "974",
                "976");
        doesNotFit(CollectivityCodes.DEPARTEMENT, "00", "20", "96", "97", "98", "99", "1", "977", "975", "988", "2C",
                "2a", "075");
    }

    @Test
    public void regionsAreTheEighteenCurrentOnes() {
        List<String> current = List.of("01", "02", "03", "04", "06", "11", "24", "27", "28", "32", "44", "52", "53",
                "75", "76", "84", "93", "94");
        assertEquals(18, CollectivityCodes.REGIONS.size());
        assertTrue(CollectivityCodes.REGIONS.containsAll(current));
        fits(CollectivityCodes.REGION, current.toArray(new String[0]));
        // 05 was never used; 21, 22, 23... are regions merged in 2016; 2A is a département.
        doesNotFit(CollectivityCodes.REGION, "05", "00", "21", "22", "23", "25", "26", "31", "41", "42", "43", "54",
                "72", "73", "74", "82", "83", "91", "1", "011", "2A");
    }

    @Test
    public void aCodeIsOnlyCheckedForAKnownKind() {
        assertNotNull(CollectivityCodes.problem("syndicat", "75056"));
    }

    @Test
    public void luhnIsTheUsualCheck() {
        assertTrue(FrenchIdentifiers.luhn("200054781"));
        assertFalse(FrenchIdentifiers.luhn("200054782"));
        assertTrue(CollectivityCodes.isPublicSiren("217500016"));
        assertFalse("a company, not a public body", CollectivityCodes.isPublicSiren("732829320"));
    }
}
