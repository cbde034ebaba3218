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
package org.entraide.operation.intergenerational.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.entraide.api.error.FieldError;
import org.entraide.api.plugin.ActorType;
import org.entraide.api.plugin.Choice;
import org.entraide.api.plugin.FieldKind;
import org.entraide.api.plugin.FieldSpec;
import org.entraide.api.plugin.OperationContext;
import org.entraide.api.plugin.OperationType;
import org.entraide.api.plugin.Schemas;
import org.entraide.api.plugin.ParticipationContext;
import org.osgi.service.component.annotations.Component;

/**
 * Intergenerational help ("aide intergénérationnelle"): an association, a commune or a social centre pairs
 * volunteers with beneficiaries, often young and old, for visits, phone calls, digital help, errands, walks...
 *
 * <p>An operation lists the activities it offers, its usual time slots, how many people it can take and the
 * minimum age of its volunteers. A participation is a volunteer or a beneficiary signing up, with the
 * activities they wish among those offered, their availability and, optionally, their age bracket.
 *
 * <p>The age rule: volunteers must be at least the operation's minimum age, {@value #DEFAULT_MINIMUM_AGE}
 * when the operation sets none. Only an age bracket is asked for, so a volunteer is refused when even the
 * oldest age of their bracket is below the minimum: {@code under-18} (up to 17) needs a minimum of 17 or
 * less, that is an operation that explicitly takes minors from 14 to 17; {@code 18-25} is refused only by a
 * minimum above 25. A bracket that straddles the minimum is accepted, since it cannot be decided from the
 * bracket, and so is a volunteer who gives no bracket: the organiser meets every volunteer before pairing.
 */
@Component(service = OperationType.class,
        property = ActorType.TYPE_PROPERTY + "=" + IntergenerationalHelpOperationType.KEY)
public final class IntergenerationalHelpOperationType implements OperationType {

    /** The type's key. */
    static final String KEY = "intergenerational-help";

    /** The minimum age of volunteers when the operation sets none. */
    static final int DEFAULT_MINIMUM_AGE = 18;

    static final String ACTIVITIES = "activities";
    static final String SCHEDULE = "schedule";
    static final String CAPACITY = "capacity";
    static final String MINIMUM_VOLUNTEER_AGE = "minimumVolunteerAge";
    static final String PAIRING_DESCRIPTION = "pairingDescription";

    static final String ROLE = "role";
    static final String AVAILABILITY = "availability";
    static final String AGE_BRACKET = "ageBracket";

    static final String VOLUNTEER = "volunteer";

    private static final String PREFIX = "attributes.";

    /** The oldest age of each bracket. */
    private static final Map<String, Integer> OLDEST_AGE = Map.of("under-18", 17, "18-25", 25, "26-59", 59,
            "60-74", 74, "75-plus", Integer.MAX_VALUE);

    private static final List<Choice> ACTIVITY_CHOICES = List.of(
            Choice.of("visits", "Visites de convivialité", "Friendly visits"),
            Choice.of("phone-calls", "Appels téléphoniques", "Phone calls"),
            Choice.of("digital-help", "Aide au numérique", "Digital help"),
            Choice.of("errands", "Petites courses", "Errands"),
            Choice.of("walks", "Promenades", "Walks"),
            Choice.of("reading", "Lecture", "Reading"),
            Choice.of("games", "Jeux", "Games"),
            Choice.of("meals-together", "Repas partagés", "Meals together"),
            Choice.of("other", "Autre", "Other"));

    private static final List<FieldSpec> FIELDS = List.of(
            FieldSpec.of(ACTIVITIES, FieldKind.MULTI_CHOICE, "Activités proposées", "Activities offered")
                    .asRequired()
                    .withBounds(1.0, null)
                    .withChoices(ACTIVITY_CHOICES),
            FieldSpec.of(SCHEDULE, FieldKind.WEEKLY_HOURS, "Créneaux habituels", "Usual time slots")
                    .withHelp("Quand les rencontres ont lieu d'habitude ; laissez vide si chaque binôme s'organise.",
                            "When meetings usually take place; leave empty when each pair arranges its own."),
            FieldSpec.of(CAPACITY, FieldKind.NUMBER, "Nombre de places", "Places")
                    .withBounds(1.0, 500.0)
                    .withHelp("Un nombre entier de 1 à 500, bénévoles et bénéficiaires confondus.",
                            "A whole number from 1 to 500, volunteers and beneficiaries together."),
            FieldSpec.of(MINIMUM_VOLUNTEER_AGE, FieldKind.NUMBER, "Âge minimum des bénévoles",
                    "Minimum age of volunteers")
                    .withBounds(14.0, 99.0)
                    .withHelp("18 ans si rien n'est indiqué ; de 14 à 17 pour accueillir des bénévoles mineurs.",
                            "18 when not given; 14 to 17 to welcome volunteers under 18."),
            FieldSpec.of(PAIRING_DESCRIPTION, FieldKind.TEXT, "Fonctionnement des binômes", "How pairs work")
                    .withMaxLength(1000)
                    .withHelp("Qui rencontre qui, où, à quel rythme, et comment les binômes sont accompagnés.",
                            "Who meets whom, where, how often, and how pairs are supported."));

    private static final List<FieldSpec> PARTICIPATION_FIELDS = List.of(
            FieldSpec.of(ROLE, FieldKind.CHOICE, "Je participe comme", "I take part as")
                    .asRequired()
                    .withChoices(List.of(
                            Choice.of(VOLUNTEER, "Bénévole", "Volunteer"),
                            Choice.of("beneficiary", "Bénéficiaire", "Beneficiary"))),
            FieldSpec.of(ACTIVITIES, FieldKind.MULTI_CHOICE, "Activités souhaitées", "Activities wished")
                    .withChoices(ACTIVITY_CHOICES)
                    .withHelp("Parmi celles que propose l'opération.", "Among those the operation offers."),
            FieldSpec.of(AVAILABILITY, FieldKind.TEXT, "Disponibilités", "Availability")
                    .withMaxLength(300)
                    .withHelp("Par exemple : le mercredi après-midi, un samedi sur deux.",
                            "For instance: Wednesday afternoons, every other Saturday."),
            FieldSpec.of(AGE_BRACKET, FieldKind.CHOICE, "Tranche d'âge", "Age bracket")
                    .withChoices(List.of(
                            Choice.of("under-18", "Moins de 18 ans", "Under 18"),
                            Choice.of("18-25", "18 à 25 ans", "18 to 25"),
                            Choice.of("26-59", "26 à 59 ans", "26 to 59"),
                            Choice.of("60-74", "60 à 74 ans", "60 to 74"),
                            Choice.of("75-plus", "75 ans et plus", "75 and over")))
                    .withHelp("Facultatif ; pour un bénévole, elle sert à vérifier l'âge minimum.",
                            "Optional; for a volunteer, it is checked against the minimum age."));

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public Map<String, String> names() {
        return Map.of("fr", "Aide intergénérationnelle", "en", "Intergenerational help");
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
     * The participation form offers only what this operation allows: the activities wished, among those the
     * operation offers.
     */
    @Override
    public List<FieldSpec> participationFieldsFor(Map<String, Object> operation) {
        return PARTICIPATION_FIELDS.stream().map(field -> offered(field, operation)).collect(Collectors.toList());
    }

    private static FieldSpec offered(FieldSpec field, Map<String, Object> operation) {
        switch (field.name()) {
            case ACTIVITIES:
                return field.restrictedTo(Schemas.strings(operation.get(ACTIVITIES)));
            default:
                return field;
        }
    }

    /** The capacity and the minimum age are whole numbers. */
    @Override
    public void validate(Map<String, Object> attributes, OperationContext context, List<FieldError> errors) {
        for (String name : List.of(CAPACITY, MINIMUM_VOLUNTEER_AGE)) {
            Object value = attributes.get(name);
            if (value instanceof Number && !isWhole(((Number) value).doubleValue())) {
                errors.add(FieldError.of(PREFIX + name, "not_an_integer", "doit être un nombre entier",
                        "must be a whole number"));
            }
        }
    }

    /**
     * The activities wished are among those the operation offers (any, when the stored operation lists none),
     * and a volunteer's age bracket meets the minimum age as the class explains.
     */
    @Override
    public void validateParticipation(Map<String, Object> attributes, ParticipationContext context,
            List<FieldError> errors) {
        Map<String, Object> operation = context.operationAttributes();
        Object offered = operation.get(ACTIVITIES);
        if (offered != null && !Schemas.strings(offered).containsAll(Schemas.strings(attributes.get(ACTIVITIES)))) {
            String activities = String.join(", ", Schemas.strings(offered));
            errors.add(FieldError.of(PREFIX + ACTIVITIES, "not_accepted",
                    "doit être parmi les activités que propose cette opération : " + activities,
                    "must be among the activities this operation offers: " + activities));
        }
        Object bracket = attributes.get(AGE_BRACKET);
        int minimum = minimumAge(operation.get(MINIMUM_VOLUNTEER_AGE));
        if (VOLUNTEER.equals(attributes.get(ROLE)) && bracket != null
                && OLDEST_AGE.getOrDefault(bracket, Integer.MAX_VALUE) < minimum) {
            errors.add(FieldError.of(PREFIX + AGE_BRACKET, "too_young",
                    "les bénévoles doivent avoir au moins " + minimum + " ans pour cette opération",
                    "volunteers must be at least " + minimum + " years old for this operation"));
        }
    }

    private static boolean isWhole(double number) {
        return number == Math.rint(number);
    }

    private static int minimumAge(Object stored) {
        if (stored instanceof Number) {
            return (int) Math.ceil(((Number) stored).doubleValue());
        }
        return DEFAULT_MINIMUM_AGE;
    }

}
