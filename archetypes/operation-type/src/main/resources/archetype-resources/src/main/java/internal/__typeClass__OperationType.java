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
package ${package}.internal;

import java.util.List;
import java.util.Map;
import org.entraide.api.error.FieldError;
import org.entraide.api.plugin.ActorType;
import org.entraide.api.plugin.Choice;
import org.entraide.api.plugin.FieldKind;
import org.entraide.api.plugin.FieldSpec;
import org.entraide.api.plugin.OperationContext;
import org.entraide.api.plugin.OperationType;
import org.entraide.api.plugin.ParticipationContext;
import org.osgi.service.component.annotations.Component;

/**
 * The operation type {@value #KEY}: an operation offers a number of places on some days of the week; a participation
 * asks for some of them.
 *
 * <p>Core checks attributes against {@link #fields()} (and participations against {@link #participationFields()})
 * with {@code Schemas.check}, then calls {@link #validate} (or {@link #validateParticipation}) for the rules a schema
 * cannot say. Errors name fields as {@code attributes.<name>} and come in French and English, with a stable code.
 */
@Component(service = OperationType.class, property = ActorType.TYPE_PROPERTY + "=" + ${typeClass}OperationType.KEY)
public final class ${typeClass}OperationType implements OperationType {

    /** The type's key, stored with every operation of this type: never change it once operations exist. */
    static final String KEY = "${typeKey}";

    static final String PLACES = "places";
    static final String DAYS = "days";
    static final String ACCESSIBLE = "accessible";
    static final String DETAILS = "details";
    static final String NOTE = "note";

    private static final String PREFIX = "attributes.";

    private static final List<Choice> DAY_CHOICES = List.of(
            Choice.of("mon", "Lundi", "Monday"),
            Choice.of("tue", "Mardi", "Tuesday"),
            Choice.of("wed", "Mercredi", "Wednesday"),
            Choice.of("thu", "Jeudi", "Thursday"),
            Choice.of("fri", "Vendredi", "Friday"),
            Choice.of("sat", "Samedi", "Saturday"),
            Choice.of("sun", "Dimanche", "Sunday"));

    private static final List<FieldSpec> FIELDS = List.of(
            FieldSpec.of(PLACES, FieldKind.NUMBER, "Places offertes", "Places offered")
                    .asRequired()
                    .withBounds(1.0, 50.0),
            FieldSpec.of(DAYS, FieldKind.MULTI_CHOICE, "Jours", "Days")
                    .asRequired()
                    .withBounds(1.0, null)
                    .withChoices(DAY_CHOICES),
            FieldSpec.of(ACCESSIBLE, FieldKind.BOOLEAN, "Accessible en fauteuil roulant", "Wheelchair accessible"),
            FieldSpec.of(DETAILS, FieldKind.TEXT, "Précisions", "Details")
                    .withMaxLength(500)
                    .withHelp("Où, quand, comment s'inscrire.", "Where, when, how to sign up."));

    private static final List<FieldSpec> PARTICIPATION_FIELDS = List.of(
            FieldSpec.of(PLACES, FieldKind.NUMBER, "Places demandées", "Places asked for")
                    .asRequired()
                    .withBounds(1.0, 10.0),
            FieldSpec.of(NOTE, FieldKind.TEXT, "Message", "Message")
                    .withMaxLength(300)
                    .withHelp("Votre adresse n'est jamais affichée.", "Your address is never shown."));

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public Map<String, String> names() {
        return Map.of("fr", "${nameFr}", "en", "${nameEn}");
    }

    @Override
    public List<FieldSpec> fields() {
        return FIELDS;
    }

    @Override
    public List<FieldSpec> participationFields() {
        return PARTICIPATION_FIELDS;
    }

    /** The places offered are a whole number. */
    @Override
    public void validate(Map<String, Object> attributes, OperationContext context, List<FieldError> errors) {
        Object places = attributes.get(PLACES);
        if (places instanceof Double && (Double) places % 1 != 0) {
            errors.add(FieldError.of(PREFIX + PLACES, "not_an_integer", "doit être un nombre entier",
                    "must be a whole number"));
        }
    }

    /** A participation asks for no more places than the operation offers. */
    @Override
    public void validateParticipation(Map<String, Object> attributes, ParticipationContext context,
            List<FieldError> errors) {
        Object asked = attributes.get(PLACES);
        Object offered = context.operationAttributes().get(PLACES);
        if (asked instanceof Double && offered instanceof Double && (Double) asked > (Double) offered) {
            errors.add(FieldError.of(PREFIX + PLACES, "too_many",
                    "dépasse les places offertes par cette opération",
                    "is more than this operation offers"));
        }
    }
}
