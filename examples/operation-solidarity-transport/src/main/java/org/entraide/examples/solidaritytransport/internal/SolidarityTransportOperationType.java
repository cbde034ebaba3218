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

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.entraide.api.error.FieldError;
import org.entraide.api.geo.GeoPoint;
import org.entraide.api.plugin.ActorType;
import org.entraide.api.plugin.Choice;
import org.entraide.api.plugin.FieldKind;
import org.entraide.api.plugin.FieldSpec;
import org.entraide.api.plugin.OperationContext;
import org.entraide.api.plugin.OperationType;
import org.entraide.api.plugin.ParticipationContext;
import org.entraide.api.plugin.Schemas;
import org.osgi.service.component.annotations.Component;

/**
 * Solidarity transport ("transport solidaire"): volunteer drivers take people without a car to a medical
 * appointment, the market or an office, on some days, from the homes within their pick-up radius.
 *
 * <p>A participation is a ride request: a destination and a day among those the operation offers, a number of
 * passengers within its seats, a wheelchair only when its vehicle is accessible, and the requester's home within the
 * radius of the operation's location. That home is private: a refusal says the home is outside the area and nothing
 * more, the same words however far it is.
 */
@Component(service = OperationType.class, property = ActorType.TYPE_PROPERTY + "="
        + SolidarityTransportOperationType.KEY)
public final class SolidarityTransportOperationType implements OperationType {

    /** The type's key, stored with every operation of this type: never change it once operations exist. */
    static final String KEY = "solidarity-transport";

    static final String DESTINATIONS = "destinations";
    static final String DAYS = "days";
    static final String SEATS = "seats";
    static final String ACCESSIBLE_VEHICLE = "accessibleVehicle";
    static final String RADIUS_KM = "radiusKm";
    static final String DETAILS = "details";

    static final String DESTINATION = "destination";
    static final String DAY = "day";
    static final String PASSENGERS = "passengers";
    static final String WHEELCHAIR = "wheelchair";
    static final String NOTE = "note";

    /** The field of a refusal about the requester's home, which is not an attribute. */
    static final String HOME = "home";
    /** The code of that refusal, the same whatever the distance. */
    static final String OUTSIDE = "outside_pickup_area";

    private static final String PREFIX = "attributes.";
    /** The mean radius of the Earth, in km: a pick-up radius is a driver's estimate, a sphere measures it enough. */
    private static final double EARTH_RADIUS_KM = 6371.0088;

    private static final List<Choice> DESTINATION_CHOICES = List.of(
            Choice.of("medical", "Rendez-vous médical", "Medical appointment"),
            Choice.of("market", "Marché et courses", "Market and shopping"),
            Choice.of("administration", "Démarches administratives", "Paperwork and offices"),
            Choice.of("other", "Autre", "Other"));

    private static final List<Choice> DAY_CHOICES = List.of(
            Choice.of("mon", "Lundi", "Monday"),
            Choice.of("tue", "Mardi", "Tuesday"),
            Choice.of("wed", "Mercredi", "Wednesday"),
            Choice.of("thu", "Jeudi", "Thursday"),
            Choice.of("fri", "Vendredi", "Friday"),
            Choice.of("sat", "Samedi", "Saturday"),
            Choice.of("sun", "Dimanche", "Sunday"));

    private static final List<FieldSpec> FIELDS = List.of(
            FieldSpec.of(DESTINATIONS, FieldKind.MULTI_CHOICE, "Destinations", "Destinations")
                    .asRequired()
                    .withBounds(1.0, null)
                    .withChoices(DESTINATION_CHOICES),
            FieldSpec.of(DAYS, FieldKind.MULTI_CHOICE, "Jours de conduite", "Driving days")
                    .asRequired()
                    .withBounds(1.0, null)
                    .withChoices(DAY_CHOICES),
            FieldSpec.of(SEATS, FieldKind.NUMBER, "Places passagers", "Passenger seats")
                    .asRequired()
                    .withBounds(1.0, 8.0),
            FieldSpec.of(ACCESSIBLE_VEHICLE, FieldKind.BOOLEAN, "Véhicule adapté aux fauteuils roulants",
                    "Wheelchair-accessible vehicle"),
            FieldSpec.of(RADIUS_KM, FieldKind.NUMBER, "Rayon de prise en charge (km)", "Pick-up radius (km)")
                    .asRequired()
                    .withBounds(1.0, 50.0)
                    .withHelp("Les domiciles pris en charge, à vol d'oiseau depuis le lieu de l'opération.",
                            "The homes picked up, as the crow flies from the operation's location."),
            FieldSpec.of(DETAILS, FieldKind.TEXT, "Précisions", "Details")
                    .withMaxLength(500)
                    .withHelp("Obligatoire pour la destination « Autre » : laquelle ?",
                            "Required for the destination \"Other\": which one?"));

    private static final List<FieldSpec> PARTICIPATION_FIELDS = List.of(
            FieldSpec.of(DESTINATION, FieldKind.CHOICE, "Destination", "Destination")
                    .asRequired()
                    .withChoices(DESTINATION_CHOICES),
            FieldSpec.of(DAY, FieldKind.CHOICE, "Jour", "Day")
                    .asRequired()
                    .withChoices(DAY_CHOICES),
            FieldSpec.of(PASSENGERS, FieldKind.NUMBER, "Passagers", "Passengers")
                    .asRequired()
                    .withBounds(1.0, 8.0),
            FieldSpec.of(WHEELCHAIR, FieldKind.BOOLEAN, "Je me déplace en fauteuil roulant", "I use a wheelchair"),
            FieldSpec.of(NOTE, FieldKind.TEXT, "Précisions", "Note")
                    .withMaxLength(300)
                    .withHelp("L'heure du rendez-vous, l'adresse d'arrivée… La vôtre n'est jamais affichée.",
                            "The appointment's time, where to… Your address is never shown."));

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public Map<String, String> names() {
        return Map.of("fr", "Transport solidaire", "en", "Solidarity transport");
    }

    @Override
    public List<FieldSpec> fields() {
        return FIELDS;
    }

    @Override
    public List<FieldSpec> participationFields() {
        return PARTICIPATION_FIELDS;
    }

    /** The ride form offers only the operation's destinations and days. */
    @Override
    public List<FieldSpec> participationFieldsFor(Map<String, Object> operation) {
        return PARTICIPATION_FIELDS.stream().map(field -> {
            switch (field.name()) {
                case DESTINATION:
                    return field.restrictedTo(Schemas.strings(operation.get(DESTINATIONS)));
                case DAY:
                    return field.restrictedTo(Schemas.strings(operation.get(DAYS)));
                default:
                    return field;
            }
        }).collect(Collectors.toList());
    }

    /** Seats are whole; the destination "other" says which in the details. */
    @Override
    public void validate(Map<String, Object> attributes, OperationContext context, List<FieldError> errors) {
        Object seats = attributes.get(SEATS);
        if (seats instanceof Double && (Double) seats % 1 != 0) {
            errors.add(FieldError.of(PREFIX + SEATS, "not_an_integer", "doit être un nombre entier",
                    "must be a whole number"));
        }
        if (Schemas.strings(attributes.get(DESTINATIONS)).contains("other") && attributes.get(DETAILS) == null) {
            errors.add(FieldError.of(PREFIX + DETAILS, "required",
                    "est obligatoire pour la destination « Autre »", "is required for the destination \"Other\""));
        }
    }

    /**
     * Whole passengers within the seats, a wheelchair only in an accessible vehicle, a destination and a day the
     * operation offers, and the home within the pick-up radius of the operation's location (the actor's when the
     * operation has none).
     */
    @Override
    public void validateParticipation(Map<String, Object> attributes, ParticipationContext context,
            List<FieldError> errors) {
        Map<String, Object> operation = context.operationAttributes();
        Object passengers = attributes.get(PASSENGERS);
        Object seats = operation.get(SEATS);
        if (passengers instanceof Double && (Double) passengers % 1 != 0) {
            errors.add(FieldError.of(PREFIX + PASSENGERS, "not_an_integer", "doit être un nombre entier",
                    "must be a whole number"));
        } else if (passengers instanceof Double && seats instanceof Double && (Double) passengers > (Double) seats) {
            errors.add(FieldError.of(PREFIX + PASSENGERS, "too_many",
                    "dépasse les places de ce véhicule", "is more than this vehicle's seats"));
        }
        boolean accessible = Boolean.TRUE.equals(operation.get(ACCESSIBLE_VEHICLE));
        if (Boolean.TRUE.equals(attributes.get(WHEELCHAIR)) && !accessible) {
            errors.add(FieldError.of(PREFIX + WHEELCHAIR, "not_accepted", "n'est pas possible : ce véhicule n'est pas"
                    + " adapté", "is not possible: this vehicle is not adapted"));
        }
        offered(attributes, DESTINATION, operation.get(DESTINATIONS), errors);
        offered(attributes, DAY, operation.get(DAYS), errors);
        checkHome(operation.get(RADIUS_KM), context, errors);
    }

    private static void offered(Map<String, Object> attributes, String name, Object offered, List<FieldError> errors) {
        Object chosen = attributes.get(name);
        if (chosen != null && offered != null && !Schemas.strings(offered).contains(chosen)) {
            String keys = String.join(", ", Schemas.strings(offered));
            errors.add(FieldError.of(PREFIX + name, "not_accepted", "doit être parmi : " + keys,
                    "must be among: " + keys));
        }
    }

    private static void checkHome(Object radius, ParticipationContext context, List<FieldError> errors) {
        GeoPoint centre = context.location() != null ? context.location() : context.actorLocation();
        if (context.participantHome() == null) {
            errors.add(FieldError.of(HOME, "required", "est obligatoire pour être pris en charge",
                    "is required to be picked up"));
        } else if (centre == null || !(radius instanceof Number)) {
            errors.add(FieldError.of(HOME, "not_checkable",
                    "ne peut être vérifié : la zone de prise en charge n'est pas définie",
                    "cannot be checked: the pick-up area is not set"));
        } else if (kilometres(centre, context.participantHome()) > ((Number) radius).doubleValue()) {
            errors.add(FieldError.of(HOME, OUTSIDE, "votre domicile est hors de la zone de prise en charge",
                    "your home is outside the pick-up area"));
        }
    }

    /** The great-circle distance, never shown to anyone: it only decides whether a home is inside. */
    static double kilometres(GeoPoint a, GeoPoint b) {
        double dLat = Math.toRadians(b.lat() - a.lat());
        double dLon = Math.toRadians(b.lon() - a.lon());
        double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(Math.toRadians(a.lat()))
                * Math.cos(Math.toRadians(b.lat())) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
