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
package org.entraide.actor.shop.internal;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

/**
 * The SIRET check digits, La Poste's exception included.
 */
public class SiretCheckTest {

    @Test
    public void luhnIsTheUsualCheck() {
        assertTrue(SiretCheck.luhn("732829320"));
        assertTrue(SiretCheck.luhn("73282932000074"));
        assertTrue(SiretCheck.luhn("0"));
        assertFalse(SiretCheck.luhn("732829321"));
        assertFalse(SiretCheck.luhn("73282932000075"));
    }

    @Test
    public void acceptsSiretsWhoseSirenAndWholeNumberPassLuhn() {
        assertTrue(SiretCheck.isValid("73282932000074"));
        assertTrue(SiretCheck.isValid("81234567600017"));
    }

    @Test
    public void refusesTyposAndTranspositions() {
        assertFalse(SiretCheck.isValid("73282932000075"));
        assertFalse(SiretCheck.isValid("73282923000074"));
        assertFalse(SiretCheck.isValid("73282932000047"));
        assertFalse(SiretCheck.isValid("81234567600071"));
    }

    @Test
    public void refusesASiretWhoseSirenFailsLuhnEvenIfTheWholeNumberPasses() {
        assertTrue(SiretCheck.luhn("73282932100007"));
        assertFalse(SiretCheck.isValid("73282932100007"));
    }

    @Test
    public void refusesWhatIsNotFourteenDigits() {
        assertFalse(SiretCheck.isValid(null));
        assertFalse(SiretCheck.isValid(""));
        assertFalse(SiretCheck.isValid("7328293200007"));
        assertFalse(SiretCheck.isValid("732829320000740"));
        assertFalse(SiretCheck.isValid("732 829 320 00074"));
        assertFalse(SiretCheck.isValid("7328293200007A"));
    }

    @Test
    public void laPosteEstablishmentsHaveADigitSumMultipleOfFive() {
        assertTrue("head office, Luhn", SiretCheck.isValid("35600000000048"));
        assertTrue("sum 45, not Luhn", SiretCheck.isValid("35600000049837"));
        assertFalse("sum 29", SiretCheck.isValid("35600000012345"));
        assertFalse("Luhn alone is not enough for a post office", SiretCheck.isValid("35600000012340"));
    }
}
