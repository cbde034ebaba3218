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
package org.entraide.api.plugin;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

/**
 * The SIRET check digits, La Poste's exception included.
 */
public class FrenchIdentifiersTest {

    @Test
    public void luhnIsTheUsualCheck() {
        assertTrue(FrenchIdentifiers.luhn("732829320"));
        assertTrue(FrenchIdentifiers.luhn("73282932000074"));
        assertTrue(FrenchIdentifiers.luhn("0"));
        assertFalse(FrenchIdentifiers.luhn("732829321"));
        assertFalse(FrenchIdentifiers.luhn("73282932000075"));
    }

    @Test
    public void acceptsSiretsWhoseSirenAndWholeNumberPassLuhn() {
        assertTrue(FrenchIdentifiers.isValidSiret("73282932000074"));
        assertTrue(FrenchIdentifiers.isValidSiret("81234567600017"));
    }

    @Test
    public void refusesTyposAndTranspositions() {
        assertFalse(FrenchIdentifiers.isValidSiret("73282932000075"));
        assertFalse(FrenchIdentifiers.isValidSiret("73282923000074"));
        assertFalse(FrenchIdentifiers.isValidSiret("73282932000047"));
        assertFalse(FrenchIdentifiers.isValidSiret("81234567600071"));
    }

    @Test
    public void refusesASiretWhoseSirenFailsLuhnEvenIfTheWholeNumberPasses() {
        assertTrue(FrenchIdentifiers.luhn("73282932100007"));
        assertFalse(FrenchIdentifiers.isValidSiret("73282932100007"));
    }

    @Test
    public void refusesWhatIsNotFourteenDigits() {
        assertFalse(FrenchIdentifiers.isValidSiret(null));
        assertFalse(FrenchIdentifiers.isValidSiret(""));
        assertFalse(FrenchIdentifiers.isValidSiret("7328293200007"));
        assertFalse(FrenchIdentifiers.isValidSiret("732829320000740"));
        assertFalse(FrenchIdentifiers.isValidSiret("732 829 320 00074"));
        assertFalse(FrenchIdentifiers.isValidSiret("7328293200007A"));
    }

    @Test
    public void laPosteEstablishmentsHaveADigitSumMultipleOfFive() {
        assertTrue("head office, Luhn", FrenchIdentifiers.isValidSiret("35600000000048"));
        assertTrue("sum 45, not Luhn", FrenchIdentifiers.isValidSiret("35600000049837"));
        assertFalse("sum 29", FrenchIdentifiers.isValidSiret("35600000012345"));
        assertFalse("Luhn alone is not enough for a post office", FrenchIdentifiers.isValidSiret("35600000012340"));
    }
}
