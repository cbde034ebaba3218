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
package org.entraide.examples.solidaritytransport.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.entraide.api.error.FieldError;
import org.entraide.api.geo.GeoPoint;
import org.entraide.api.plugin.FieldSpec;
import org.entraide.api.plugin.ParticipationContext;
import org.entraide.plugin.testkit.OperationTypeCheck;
import org.junit.Test;

/** The solidarity transport of Corte, checked with the plugin test kit as core and the web app will use it. */
public class SolidarityTransportOperationTypeTest {

    private static final GeoPoint CORTE = GeoPoint.of(42.3064, 9.1500);
    private static final GeoPoint HOME_IN_VENACO = GeoPoint.of(42.2317, 9.1731);
    private static final GeoPoint HOME_IN_AJACCIO = GeoPoint.of(41.9192, 8.7386);
    /** 0.1° of latitude north of Corte: about 11.1 km. */
    private static final GeoPoint ELEVEN_KM_NORTH = GeoPoint.of(42.4064, 9.1500);

    private final SolidarityTransportOperationType type = new SolidarityTransportOperationType();

    /** Tuesdays and Fridays, to the doctor's or the market, three seats, a ramp, within 15 km. */
    private static final Map<String, Object> CORTE_RIDES = Map.of("destinations", List.of("medical", "market"),
            "days", List.of("tue", "fri"), "seats", 3, "accessibleVehicle", true, "radiusKm", 15,
            "details", "Départ de la place Paoli, retour avant midi.");

    private static final Map<String, Object> SMALL_CAR = Map.of("destinations", List.of("market"),
            "days", List.of("sat"), "seats", 1, "radiusKm", 10);

    private static Map<String, Object> ride(String destination, String day, int passengers) {
        return Map.of("destination", destination, "day", day, "passengers", passengers);
    }

    @Test
    public void operationsAreCheckedAsCoreWill() {
        OperationTypeCheck.of(type).at(CORTE)
                .valid(CORTE_RIDES)
                .valid(SMALL_CAR)
                .valid(Map.of("destinations", List.of("other"), "days", List.of("mon"), "seats", 2, "radiusKm", 5,
                        "details", "Le centre de dialyse de Bastia"))
                .invalid(Map.of("destinations", List.of("other"), "days", List.of("mon"), "seats", 2, "radiusKm", 5),
                        "details", "required")
                .invalid(Map.of("destinations", List.of("beach"), "days", List.of("mon"), "seats", 2, "radiusKm", 5),
                        "destinations", "not_a_choice")
                .invalid(Map.of("destinations", List.of(), "days", List.of("mon"), "seats", 2, "radiusKm", 5),
                        "destinations", "out_of_range")
                .invalid(Map.of("destinations", List.of("market"), "days", List.of("mon"), "seats", 2.5,
                        "radiusKm", 5), "seats", "not_an_integer")
                .invalid(Map.of("destinations", List.of("market"), "days", List.of("mon"), "seats", 9,
                        "radiusKm", 5), "seats", "out_of_range")
                .invalid(Map.of("destinations", List.of("market"), "days", List.of("mon"), "seats", 2,
                        "radiusKm", 80), "radiusKm", "out_of_range")
                .invalid(Map.of("destinations", List.of("market"), "seats", 2, "radiusKm", 5), "days", "required")
                .verify();
    }

    @Test
    public void ridesAreCheckedAsCoreWill() {
        OperationTypeCheck.of(type).at(CORTE)
                .validParticipation(CORTE_RIDES, ride("medical", "tue", 2), HOME_IN_VENACO)
                .validParticipation(CORTE_RIDES, Map.of("destination", "market", "day", "fri", "passengers", 1,
                        "wheelchair", true, "note", "Rendez-vous à 10 h"), ELEVEN_KM_NORTH)
                .invalidParticipation(CORTE_RIDES, ride("medical", "tue", 4), HOME_IN_VENACO, "passengers",
                        "too_many")
                .invalidParticipation(CORTE_RIDES, ride("administration", "tue", 1), HOME_IN_VENACO, "destination",
                        "not_a_choice")
                .invalidParticipation(CORTE_RIDES, ride("medical", "mon", 1), HOME_IN_VENACO, "day", "not_a_choice")
                .invalidParticipation(SMALL_CAR, Map.of("destination", "market", "day", "sat", "passengers", 1,
                        "wheelchair", true), HOME_IN_VENACO, "wheelchair", "not_accepted")
                .invalidParticipation(SMALL_CAR, ride("market", "sat", 1), ELEVEN_KM_NORTH, "home",
                        "outside_pickup_area")
                .invalidParticipation(CORTE_RIDES, ride("market", "fri", 1), HOME_IN_AJACCIO, "home",
                        "outside_pickup_area")
                .invalidParticipation(CORTE_RIDES, ride("market", "fri", 1), null, "home", "required")
                .verify();
    }

    @Test
    public void theRefusalOfAHomeSaysNothingOfHowFar() {
        List<FieldError> near = new ArrayList<>();
        List<FieldError> far = new ArrayList<>();
        Map<String, Object> operation = Map.of("seats", 1.0, "radiusKm", 10.0);
        type.validateParticipation(Map.of(), new ParticipationContext(operation, CORTE, CORTE, ELEVEN_KM_NORTH), near);
        type.validateParticipation(Map.of(), new ParticipationContext(operation, CORTE, CORTE, HOME_IN_AJACCIO), far);
        assertEquals(near, far);
        assertTrue(near.get(0).message("fr"), near.get(0).message("fr").chars().noneMatch(Character::isDigit));
        assertTrue(near.get(0).message(), near.get(0).message().chars().noneMatch(Character::isDigit));
    }

    @Test
    public void theRideFormOffersOnlyTheOperationsDestinationsAndDays() {
        List<FieldSpec> offered = type.participationFieldsFor(SMALL_CAR);
        assertEquals(List.of("market"), offered.get(0).choices().stream().map(c -> c.key()).toList());
        assertEquals(List.of("sat"), offered.get(1).choices().stream().map(c -> c.key()).toList());
    }

    @Test
    public void distancesAreGreatCircleKilometres() {
        assertEquals(11.12, SolidarityTransportOperationType.kilometres(CORTE, ELEVEN_KM_NORTH), 0.01);
        assertEquals(8.5, SolidarityTransportOperationType.kilometres(CORTE, HOME_IN_VENACO), 0.3);
    }
}
