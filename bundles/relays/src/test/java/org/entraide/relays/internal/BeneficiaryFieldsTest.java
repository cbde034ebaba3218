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

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.entraide.api.error.FieldError;
import org.entraide.api.geo.GeoPoint;
import org.entraide.api.geo.Place;
import org.entraide.api.geo.PlaceDirectory;
import org.junit.Test;

public class BeneficiaryFieldsTest {

    private static final Place CLERMONT = new Place("Clermont-Ferrand", "63113", "Clermont-Ferrand", "63",
            "Puy-de-D\u00f4me", List.of("63000"), GeoPoint.of(45.77969, 3.08682), 146351);

    /** A gazetteer that knows Clermont-Ferrand alone. */
    private static final PlaceDirectory PLACES = new PlaceDirectory() {
        @Override
        public List<Place> search(String query, int limit) {
            return List.of();
        }

        @Override
        public Optional<Place> commune(String inseeCode) {
            return "63113".equals(inseeCode) ? Optional.of(CLERMONT) : Optional.empty();
        }

        @Override
        public Optional<Place> nearestCommune(GeoPoint point) {
            return Optional.empty();
        }

        @Override
        public int size() {
            return 1;
        }
    };

    private final List<FieldError> errors = new ArrayList<>();

    private List<String> fields() {
        return errors.stream().map(FieldError::field).collect(Collectors.toList());
    }

    @Test
    public void aCommuneOrALocationButNeverBothNorNeither() {
        assertEquals("63113", BeneficiaryFields.where(PLACES, " 63113 ", null, null, true, errors).communeCode());
        assertEquals(45.7, BeneficiaryFields.where(PLACES, null, 45.7, 3.1, true, errors).location().lat(), 0);
        assertTrue(errors.isEmpty());
        assertNull(BeneficiaryFields.where(PLACES, "63113", 45.7, 3.1, true, errors));
        assertNull(BeneficiaryFields.where(PLACES, null, null, null, true, errors));
        assertEquals(List.of("commune", "commune"), fields());
        errors.clear();
        assertNull("not required on a change", BeneficiaryFields.where(PLACES, null, null, null, false, errors));
        assertTrue(errors.isEmpty());
    }

    @Test
    public void anUnknownCommuneOrABadLocationIsRefused() {
        assertNull(BeneficiaryFields.where(PLACES, "99999", null, null, true, errors));
        assertNull(BeneficiaryFields.where(PLACES, "631130", null, null, true, errors));
        assertNull(BeneficiaryFields.where(PLACES, null, 91.0, null, true, errors));
        assertEquals(List.of("commune", "commune", "location.lat", "location.lon"), fields());
    }

    @Test
    public void aPhoneHoldsDigitsSpacesAndPlusDotDashOnly() {
        assertEquals("+33 4.73-00 00 00", BeneficiaryFields.phone(" +33 4.73-00 00 00 ", errors));
        assertEquals("an empty one removes it", "", BeneficiaryFields.phone("  ", errors));
        assertNull(BeneficiaryFields.phone(null, errors));
        assertTrue(errors.isEmpty());
        BeneficiaryFields.phone("04 73 AB", errors);
        BeneficiaryFields.phone("+ - .", errors);
        BeneficiaryFields.phone("0".repeat(31), errors);
        assertEquals(List.of("phone", "phone", "phone"), fields());
    }

    @Test
    public void consentIsObtainedInThePastOralOrWritten() {
        Instant now = Instant.parse("2026-12-07T12:00:00Z");
        BeneficiaryFields.obtainedAt(now.minusSeconds(3600), now, errors);
        BeneficiaryFields.obtainedAt(now.plusSeconds(60), now, errors);
        assertEquals("ORAL", BeneficiaryFields.method(" oral ", errors));
        assertEquals("WRITTEN", BeneficiaryFields.method("WRITTEN", errors));
        assertTrue("a minute of clock skew is not the future: " + errors, errors.isEmpty());
        BeneficiaryFields.obtainedAt(now.plusSeconds(3600), now, errors);
        BeneficiaryFields.obtainedAt(null, now, errors);
        BeneficiaryFields.method("SMS", errors);
        BeneficiaryFields.method(null, errors);
        assertEquals(List.of("consent.obtainedAt", "consent.obtainedAt", "consent.method", "consent.method"),
                fields());
    }

    @Test
    public void aFirstNameIsOneLineOfOneToFortyCharacters() {
        assertEquals("Marcelle", BeneficiaryFields.firstName(" Marcelle ", true, errors));
        assertNull(BeneficiaryFields.firstName(null, false, errors));
        assertTrue(errors.isEmpty());
        BeneficiaryFields.firstName(null, true, errors);
        BeneficiaryFields.firstName("M".repeat(41), true, errors);
        BeneficiaryFields.firstName("Marie\nLouise", true, errors);
        assertEquals(List.of("firstName", "firstName", "firstName"), fields());
    }
}
