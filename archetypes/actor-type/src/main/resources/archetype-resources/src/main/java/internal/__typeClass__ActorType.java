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
import org.entraide.api.plugin.ActorContext;
import org.entraide.api.plugin.ActorType;
import org.entraide.api.plugin.Choice;
import org.entraide.api.plugin.FieldKind;
import org.entraide.api.plugin.FieldSpec;
import org.osgi.service.component.annotations.Component;

/**
 * The actor type {@value #KEY}: who acts on a territory, what it does, when it is open and how many volunteers it
 * counts.
 *
 * <p>Core checks attributes against {@link #fields()} with {@code Schemas.check}, then calls {@link #validate} for the
 * rules a schema cannot say. Errors name fields as {@code attributes.<name>} and come in French and English, with a
 * stable code.
 */
@Component(service = ActorType.class, property = ActorType.TYPE_PROPERTY + "=" + ${typeClass}ActorType.KEY)
public final class ${typeClass}ActorType implements ActorType {

    /** The type's key, stored with every actor of this type: never change it once actors exist. */
    static final String KEY = "${typeKey}";

    static final String ACTIVITIES = "activities";
    static final String OPENING_HOURS = "openingHours";
    static final String VOLUNTEERS = "volunteers";
    static final String WEBSITE = "website";

    private static final String PREFIX = "attributes.";

    private static final List<FieldSpec> FIELDS = List.of(
            FieldSpec.of(ACTIVITIES, FieldKind.MULTI_CHOICE, "Activités", "Activities")
                    .asRequired()
                    .withBounds(1.0, null)
                    .withChoices(List.of(
                            Choice.of("food", "Alimentation", "Food"),
                            Choice.of("mobility", "Mobilité", "Mobility"),
                            Choice.of("repair", "Réparation", "Repair"),
                            Choice.of("company", "Compagnie et visites", "Company and visits"),
                            Choice.of("other", "Autre", "Other"))),
            FieldSpec.of(OPENING_HOURS, FieldKind.WEEKLY_HOURS, "Horaires d'accueil", "Opening hours"),
            FieldSpec.of(VOLUNTEERS, FieldKind.NUMBER, "Bénévoles", "Volunteers")
                    .withBounds(0.0, 10_000.0),
            FieldSpec.of(WEBSITE, FieldKind.TEXT, "Site web", "Website")
                    .withMaxLength(200)
                    .withPattern("https?://\\S+")
                    .withHelp("Commençant par https://", "Starting with https://"));

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

    /** The volunteers are counted in whole people. */
    @Override
    public void validate(Map<String, Object> attributes, ActorContext context, List<FieldError> errors) {
        Object volunteers = attributes.get(VOLUNTEERS);
        if (volunteers instanceof Double && (Double) volunteers % 1 != 0) {
            errors.add(FieldError.of(PREFIX + VOLUNTEERS, "not_an_integer", "doit être un nombre entier",
                    "must be a whole number"));
        }
    }
}
