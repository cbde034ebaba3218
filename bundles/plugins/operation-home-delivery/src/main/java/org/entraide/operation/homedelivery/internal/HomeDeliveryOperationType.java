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
package org.entraide.operation.homedelivery.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.entraide.api.error.FieldError;
import org.entraide.api.geo.GeoPoint;
import org.entraide.api.geo.GeoRadiusService;
import org.entraide.api.plugin.ActorType;
import org.entraide.api.plugin.Choice;
import org.entraide.api.plugin.FieldKind;
import org.entraide.api.plugin.FieldSpec;
import org.entraide.api.plugin.OperationContext;
import org.entraide.api.plugin.OperationType;
import org.entraide.api.plugin.Schemas;
import org.entraide.api.plugin.ParticipationContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Home delivery ("livraison à domicile"): a grocery, a bakery, a pharmacy or an association brings goods to
 * the homes that lie within a delivery radius of the operation's location, on some days of the week.
 *
 * <p>A participation is a delivery request. It is accepted only when the requester's exact home lies within
 * the radius, measured geodesically by the {@link GeoRadiusService}. That home is private: a refusal says
 * that the home is outside the delivery area and nothing else, the same words however far it is, with no
 * distance and no margin, so that nobody learns more than the one bit the request itself decides.
 */
@Component(service = OperationType.class,
        property = ActorType.TYPE_PROPERTY + "=" + HomeDeliveryOperationType.KEY)
public final class HomeDeliveryOperationType implements OperationType {

    /** The type's key. */
    static final String KEY = "home-delivery";

    static final String DELIVERY_RADIUS_KM = "deliveryRadiusKm";
    static final String DAYS = "days";
    static final String GOODS = "goods";
    static final String ELIGIBLE = "eligible";
    static final String DELIVERY_FEE = "deliveryFee";
    static final String MINIMUM_ORDER = "minimumOrder";
    static final String ORDERING_INSTRUCTIONS = "orderingInstructions";

    static final String PREFERRED_DAY = "preferredDay";
    static final String NOTE = "note";
    static final String ELIGIBILITY = "eligibility";

    /** The field of a refusal about the requester's home, which is not an attribute. */
    static final String HOME = "home";
    /** The one refusal about the home: the same whatever the distance, and without any number. */
    static final String OUTSIDE = "your home is outside this delivery area";

    static final String EVERYONE = "everyone";
    static final double SMALLEST_RADIUS_KM = 0.5;

    private static final String PREFIX = "attributes.";

    private static final List<Choice> DAY_CHOICES = List.of(
            Choice.of("mon", "Lundi", "Monday"),
            Choice.of("tue", "Mardi", "Tuesday"),
            Choice.of("wed", "Mercredi", "Wednesday"),
            Choice.of("thu", "Jeudi", "Thursday"),
            Choice.of("fri", "Vendredi", "Friday"),
            Choice.of("sat", "Samedi", "Saturday"),
            Choice.of("sun", "Dimanche", "Sunday"));

    private static final List<Choice> GOODS_CHOICES = List.of(
            Choice.of("groceries", "Courses d'épicerie", "Groceries"),
            Choice.of("meals", "Repas", "Meals"),
            Choice.of("medicines", "Médicaments", "Medicines"),
            Choice.of("bread", "Pain", "Bread"),
            Choice.of("newspapers", "Journaux", "Newspapers"),
            Choice.of("other", "Autre", "Other"));

    private static final List<Choice> ELIGIBLE_CHOICES = List.of(
            Choice.of("elderly", "Personnes âgées", "Elderly people"),
            Choice.of("disabled", "Personnes en situation de handicap", "People with disabilities"),
            Choice.of("isolated", "Personnes isolées", "Isolated people"),
            Choice.of("sick", "Personnes malades ou convalescentes", "Sick or convalescent people"),
            Choice.of("families", "Familles", "Families"));

    private static final List<FieldSpec> FIELDS = List.of(
            FieldSpec.of(DELIVERY_RADIUS_KM, FieldKind.NUMBER, "Rayon de livraison (km)", "Delivery radius (km)")
                    .asRequired()
                    .withBounds(SMALLEST_RADIUS_KM, GeoRadiusService.HARD_MAX_RADIUS_KM)
                    .withHelp("Distance à vol d'oiseau entre le lieu de l'opération et les domiciles livrés, "
                            + "de 0,5 à 50 km.",
                            "As the crow flies, from the operation's location to the homes delivered, 0.5 to 50 km."),
            FieldSpec.of(DAYS, FieldKind.MULTI_CHOICE, "Jours de livraison", "Delivery days")
                    .asRequired()
                    .withBounds(1.0, null)
                    .withChoices(DAY_CHOICES),
            FieldSpec.of(GOODS, FieldKind.MULTI_CHOICE, "Ce qui est livré", "Goods delivered")
                    .asRequired()
                    .withBounds(1.0, null)
                    .withChoices(GOODS_CHOICES),
            FieldSpec.of(ELIGIBLE, FieldKind.MULTI_CHOICE, "Pour qui", "Who may ask")
                    .withChoices(with(Choice.of(EVERYONE, "Tout le monde", "Everyone"), ELIGIBLE_CHOICES))
                    .withHelp("Sans précision : tout le monde.", "When not given: everyone."),
            FieldSpec.of(DELIVERY_FEE, FieldKind.NUMBER, "Frais de livraison (€)", "Delivery fee (€)")
                    .withBounds(0.0, null)
                    .withHelp("En euros ; 0 si la livraison est gratuite.", "In euros; 0 when delivery is free."),
            FieldSpec.of(MINIMUM_ORDER, FieldKind.NUMBER, "Commande minimum (€)", "Minimum order (€)")
                    .withBounds(0.0, null)
                    .withHelp("En euros ; laissez vide s'il n'y en a pas.",
                            "In euros; leave empty when there is none."),
            FieldSpec.of(ORDERING_INSTRUCTIONS, FieldKind.TEXT, "Comment commander", "How to order")
                    .withMaxLength(500)
                    .withHelp("Par exemple : commande la veille avant 18 h, paiement à la livraison.",
                            "For instance: order the day before by 6 pm, pay on delivery."));

    private static final List<FieldSpec> PARTICIPATION_FIELDS = List.of(
            FieldSpec.of(GOODS, FieldKind.MULTI_CHOICE, "Ce que vous souhaitez recevoir", "What you would like")
                    .asRequired()
                    .withBounds(1.0, null)
                    .withChoices(GOODS_CHOICES)
                    .withHelp("Parmi ce que l'opération livre.", "Among the goods this operation delivers."),
            FieldSpec.of(PREFERRED_DAY, FieldKind.CHOICE, "Jour souhaité", "Preferred day")
                    .withChoices(DAY_CHOICES)
                    .withHelp("Parmi les jours de livraison.", "Among the delivery days."),
            FieldSpec.of(NOTE, FieldKind.TEXT, "Précisions", "Note")
                    .withMaxLength(500)
                    .withHelp("Votre commande, l'étage, un digicode… Votre adresse n'est jamais affichée.",
                            "Your order, the floor, a door code… Your address is never shown."),
            FieldSpec.of(ELIGIBILITY, FieldKind.CHOICE, "Je suis concerné·e en tant que", "I may ask as")
                    .withChoices(ELIGIBLE_CHOICES)
                    .withHelp("Facultatif ; seulement parmi les personnes à qui l'opération s'adresse.",
                            "Optional; only among the people the operation is for."));

    private final GeoRadiusService geo;

    /**
     * The type, measuring distances with the platform's geodesic service.
     *
     * @param geo the geo service
     */
    @Activate
    public HomeDeliveryOperationType(@Reference(name = "geo") GeoRadiusService geo) {
        this.geo = Objects.requireNonNull(geo, "geo");
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public Map<String, String> names() {
        return Map.of("fr", "Livraison à domicile", "en", "Home delivery");
    }

    @Override
    public List<FieldSpec> fields() {
        return FIELDS;
    }

    @Override
    public List<FieldSpec> participationFields() {
        return PARTICIPATION_FIELDS;
    }

    /**
     * The participation form offers only what this operation allows: the goods it delivers, its delivery days and
     * the people it is for (all of them when it is for everyone).
     */
    @Override
    public List<FieldSpec> participationFieldsFor(Map<String, Object> operation) {
        return PARTICIPATION_FIELDS.stream().map(field -> offered(field, operation)).collect(Collectors.toList());
    }

    private static FieldSpec offered(FieldSpec field, Map<String, Object> operation) {
        switch (field.name()) {
            case GOODS:
                return field.restrictedTo(Schemas.strings(operation.get(GOODS)));
            case PREFERRED_DAY:
                return field.restrictedTo(Schemas.strings(operation.get(DAYS)));
            case ELIGIBILITY:
                return field.restrictedTo(Schemas.strings(operation.get(ELIGIBLE)));
            default:
                return field;
        }
    }

    /**
     * {@code everyone} is not combined with other eligible groups, which it already includes; amounts in
     * euros have at most two decimals.
     */
    @Override
    public void validate(Map<String, Object> attributes, OperationContext context, List<FieldError> errors) {
        List<String> eligible = Schemas.strings(attributes.get(ELIGIBLE));
        if (eligible.contains(EVERYONE) && eligible.size() > 1) {
            errors.add(FieldError.of(PREFIX + ELIGIBLE, "not_allowed",
                    "ne peut combiner everyone avec d'autres publics",
                    "cannot combine everyone with other groups"));
        }
        for (String amount : List.of(DELIVERY_FEE, MINIMUM_ORDER)) {
            Object value = attributes.get(amount);
            if (value instanceof Number && !isWholeCents(((Number) value).doubleValue())) {
                errors.add(FieldError.of(PREFIX + amount, "not_an_amount",
                        "doit être en euros avec au plus deux décimales",
                        "must be in euros with at most two decimals"));
            }
        }
    }

    /**
     * The goods asked for are among those delivered and the preferred day among the delivery days; an
     * eligibility statement, when given, is among the groups the operation is for (any, when it is for
     * everyone or says nothing). The requester's home must lie within the delivery radius of the operation's
     * location; otherwise the one error is {@value #OUTSIDE} on {@value #HOME}, whatever the distance.
     * What the stored operation does not say (data older than a rule) does not restrict the request.
     */
    @Override
    public void validateParticipation(Map<String, Object> attributes, ParticipationContext context,
            List<FieldError> errors) {
        Map<String, Object> operation = context.operationAttributes();
        Object delivered = operation.get(GOODS);
        if (delivered != null && !Schemas.strings(delivered).containsAll(Schemas.strings(attributes.get(GOODS)))) {
            String goods = String.join(", ", Schemas.strings(delivered));
            errors.add(FieldError.of(PREFIX + GOODS, "not_accepted", "doit être parmi ce que cette opération livre : "
                    + goods, "must be among what this operation delivers: " + goods));
        }
        Object day = attributes.get(PREFERRED_DAY);
        Object days = operation.get(DAYS);
        if (day != null && days != null && !Schemas.strings(days).contains(day)) {
            String delivery = String.join(", ", Schemas.strings(days));
            errors.add(FieldError.of(PREFIX + PREFERRED_DAY, "outside_delivery_days",
                    "doit être un jour de livraison : " + delivery, "must be a delivery day: " + delivery));
        }
        Object statement = attributes.get(ELIGIBILITY);
        List<String> eligible = Schemas.strings(operation.get(ELIGIBLE));
        if (statement != null && !eligible.isEmpty() && !eligible.contains(EVERYONE) && !eligible.contains(statement)) {
            errors.add(FieldError.of(PREFIX + ELIGIBILITY, "not_eligible",
                    "doit être parmi les publics de cette opération : " + String.join(", ", eligible),
                    "must be among the people this operation is for: " + String.join(", ", eligible)));
        }
        checkHome(operation.get(DELIVERY_RADIUS_KM), context, errors);
    }

    private void checkHome(Object radius, ParticipationContext context, List<FieldError> errors) {
        GeoPoint centre = context.location() != null ? context.location() : context.actorLocation();
        if (context.participantHome() == null) {
            errors.add(FieldError.of(HOME, "required", "est obligatoire pour une livraison à domicile",
                    "is required for a home delivery"));
        } else if (centre == null || !(radius instanceof Number) || !isRadius(((Number) radius).doubleValue())) {
            errors.add(FieldError.of(HOME, "not_checkable",
                    "ne peut être vérifié : la zone de livraison de cette opération n'est pas définie",
                    "cannot be checked: this operation's delivery area is not set"));
        } else if (!geo.isWithin(context.participantHome(), centre, ((Number) radius).doubleValue())) {
            errors.add(FieldError.of(HOME, "outside_delivery_area",
                    "votre domicile est hors de cette zone de livraison", OUTSIDE));
        }
    }

    private static boolean isRadius(double radiusKm) {
        return radiusKm >= SMALLEST_RADIUS_KM && radiusKm <= GeoRadiusService.HARD_MAX_RADIUS_KM;
    }

    private static boolean isWholeCents(double euros) {
        double cents = euros * 100;
        return Math.abs(cents - Math.rint(cents)) < 1e-6;
    }

    private static List<Choice> with(Choice first, List<Choice> others) {
        List<Choice> all = new ArrayList<>();
        all.add(first);
        all.addAll(others);
        return List.copyOf(all);
    }

}
