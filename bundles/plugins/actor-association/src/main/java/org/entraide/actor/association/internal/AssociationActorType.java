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
package org.entraide.actor.association.internal;

import java.util.List;
import java.util.Map;
import org.entraide.api.error.FieldError;
import org.entraide.api.plugin.ActorContext;
import org.entraide.api.plugin.ActorType;
import org.entraide.api.plugin.Choice;
import org.entraide.api.plugin.FieldKind;
import org.entraide.api.plugin.FieldSpec;
import org.osgi.service.component.annotations.Component;

/**
 * Associations (loi 1901 and alike): their RNA number, field of action, whether they look for
 * volunteers and for what, their website and membership fee.
 *
 * <p>The RNA number (Répertoire national des associations) is {@code W} followed by nine characters;
 * the first ones identify the prefecture that registered the association. They are digits, except
 * in Corsica, whose département codes {@code 2A} and {@code 2B} appear there, hence
 * {@code W2A1002345}. So this type accepts {@code W}, then two digits or {@code 2A} or {@code 2B},
 * then seven digits, in capitals. An association that only has an old prefecture number leaves the
 * field empty.
 *
 * <p>Beyond the schema: volunteer needs are only for an association looking for volunteers, and a
 * membership fee is an amount in euros and cents.
 */
@Component(service = ActorType.class, property = ActorType.TYPE_PROPERTY + "=" + AssociationActorType.KEY)
public class AssociationActorType implements ActorType {

    /** The type's key. */
    static final String KEY = "association";

    /** W, the registry (two digits or 2A/2B for Corsica, then a digit), a six-digit serial number. */
    static final String RNA_PATTERN = "W([0-9]{2}|2[AB])[0-9]{7}";

    /** An http or https address with a host holding a dot, no user part, no spaces. */
    static final String WEBSITE_PATTERN = "https?://[^\\s/?#:@]+\\.[^\\s/?#:@]+(:[0-9]{1,5})?([/?#]\\S*)?";

    private static final List<FieldSpec> FIELDS = List.of(
            FieldSpec.of("rna", FieldKind.TEXT, "Numéro RNA", "RNA number")
                    .withMaxLength(10)
                    .withPattern(RNA_PATTERN)
                    .withHelp("W suivi de 9 caractères, en majuscules, tel qu'il figure sur le récépissé de la"
                            + " préfecture ou au Journal officiel (ex. W751234567, W2A1002345 en Corse).",
                            "W followed by 9 characters, in capitals, as on the prefecture's receipt or in the"
                            + " Journal officiel (e.g. W751234567, W2A1002345 in Corsica)."),
            FieldSpec.of("fieldOfAction", FieldKind.CHOICE, "Domaine d'action", "Field of action")
                    .asRequired()
                    .withChoices(List.of(
                            Choice.of("social", "Social", "Social"),
                            Choice.of("health", "Santé", "Health"),
                            Choice.of("education", "Éducation", "Education"),
                            Choice.of("culture", "Culture", "Culture"),
                            Choice.of("sport", "Sport", "Sport"),
                            Choice.of("environment", "Environnement", "Environment"),
                            Choice.of("solidarity", "Solidarité, aide alimentaire", "Solidarity, food aid"),
                            Choice.of("elderly", "Personnes âgées", "Elderly people"),
                            Choice.of("youth", "Jeunesse", "Youth"),
                            Choice.of("other", "Autre", "Other"))),
            FieldSpec.of("lookingForVolunteers", FieldKind.BOOLEAN, "Recherche des bénévoles",
                    "Looking for volunteers")
                    .withHelp("Cochez si vous accueillez de nouveaux bénévoles.",
                            "Tick if you welcome new volunteers."),
            FieldSpec.of("volunteerNeeds", FieldKind.TEXT, "Besoins en bénévoles", "Volunteer needs")
                    .withMaxLength(1000)
                    .withHelp("Si vous recherchez des bénévoles : pour quoi, quand, combien de temps"
                            + " (ex. distribution le mardi de 14 h à 17 h).",
                            "If you are looking for volunteers: for what, when, for how long"
                            + " (e.g. food distribution on Tuesdays, 2 to 5 pm)."),
            FieldSpec.of("website", FieldKind.TEXT, "Site web", "Website")
                    .withMaxLength(300)
                    .withPattern(WEBSITE_PATTERN)
                    .withHelp("Adresse complète, commençant par https:// ou http://.",
                            "Full address, starting with https:// or http://."),
            FieldSpec.of("membershipFee", FieldKind.NUMBER, "Cotisation annuelle (€)", "Annual membership fee (€)")
                    .withBounds(0.0, 10_000.0)
                    .withHelp("En euros, 0 si l'adhésion est gratuite.", "In euros, 0 if membership is free."));

    private static final Map<String, String> NAMES = Map.of("fr", "Association", "en", "Association");

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public Map<String, String> names() {
        return NAMES;
    }

    @Override
    public List<FieldSpec> fields() {
        return FIELDS;
    }

    @Override
    public void validate(Map<String, Object> attributes, ActorContext context, List<FieldError> errors) {
        // A lookingForVolunteers the schema refused is missing here: it has its own error already.
        if (attributes.get("volunteerNeeds") instanceof String
                && !Boolean.TRUE.equals(attributes.get("lookingForVolunteers"))
                && !hasError(errors, "attributes.lookingForVolunteers")) {
            errors.add(FieldError.of("attributes.volunteerNeeds", "not_allowed",
                    "ne vaut que pour une association qui cherche des bénévoles : cochez lookingForVolunteers ou"
                            + " videz ce champ",
                    "is only for an association looking for volunteers: set lookingForVolunteers or clear it"));
        }
        if (attributes.get("membershipFee") instanceof Number) {
            double cents = ((Number) attributes.get("membershipFee")).doubleValue() * 100;
            if (Math.abs(cents - Math.rint(cents)) > 1e-6) {
                errors.add(FieldError.of("attributes.membershipFee", "not_an_amount",
                        "doit être en euros et centimes, comme 12.50", "must be in euros and cents, such as 12.50"));
            }
        }
    }

    private static boolean hasError(List<FieldError> errors, String field) {
        for (FieldError error : errors) {
            if (error.field().equals(field)) {
                return true;
            }
        }
        return false;
    }
}
