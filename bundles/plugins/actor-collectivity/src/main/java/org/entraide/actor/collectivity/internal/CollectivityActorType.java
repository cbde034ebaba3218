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
package org.entraide.actor.collectivity.internal;

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
 * Local authorities: communes, EPCIs (intercommunalities), départements and régions, with their
 * official code, population and the services they offer residents.
 *
 * <p>Beyond the schema: the code must fit the kind ({@link CollectivityCodes}): an INSEE code for a
 * commune, a SIREN for an EPCI, a département or region code otherwise; and a population is a whole
 * number.
 */
@Component(service = ActorType.class, property = ActorType.TYPE_PROPERTY + "=" + CollectivityActorType.KEY)
public class CollectivityActorType implements ActorType {

    /** The type's key. */
    static final String KEY = "collectivity";

    /** The forms a code may take, whatever the kind (grouped for HTML pattern); {@link #validate} checks the kind. */
    static final String CODE_PATTERN = "([0-9]{2,9}|2[AB][0-9]{0,3})";

    private static final List<FieldSpec> FIELDS = List.of(
            FieldSpec.of("kind", FieldKind.CHOICE, "Type de collectivité", "Kind of authority")
                    .asRequired()
                    .withChoices(List.of(
                            Choice.of(CollectivityCodes.COMMUNE, "Commune", "Municipality (commune)"),
                            Choice.of(CollectivityCodes.EPCI, "Intercommunalité (EPCI)",
                                    "Intercommunality (EPCI)"),
                            Choice.of(CollectivityCodes.DEPARTEMENT, "Département", "Département"),
                            Choice.of(CollectivityCodes.REGION, "Région", "Region"))),
            FieldSpec.of("code", FieldKind.TEXT, "Code officiel", "Official code")
                    .asRequired()
                    .withMaxLength(9)
                    .withPattern(CODE_PATTERN)
                    .withHelp("Commune : code Insee à 5 caractères (75056, 2A004, 97411), pas le code postal."
                            + " EPCI : numéro SIREN à 9 chiffres. Département : 01 à 95, 2A, 2B, 971 à 974 ou 976."
                            + " Région : code Insee à 2 chiffres (11 pour l'Île-de-France, 94 pour la Corse).",
                            "Commune: 5-character INSEE code (75056, 2A004, 97411), not the postcode."
                            + " EPCI: 9-digit SIREN. Département: 01 to 95, 2A, 2B, 971 to 974 or 976."
                            + " Region: 2-digit INSEE code (11 for Île-de-France, 94 for Corsica)."),
            FieldSpec.of("population", FieldKind.NUMBER, "Population", "Population")
                    .withBounds(0.0, 100_000_000.0)
                    .withHelp("Population municipale du dernier recensement de l'Insee.",
                            "Municipal population at INSEE's latest census."),
            FieldSpec.of("services", FieldKind.MULTI_CHOICE, "Services proposés", "Services offered")
                    .withChoices(List.of(
                            Choice.of("town-hall", "Mairie, accueil", "Town hall, front desk"),
                            Choice.of("ccas", "Action sociale (CCAS, CIAS)", "Social action (CCAS, CIAS)"),
                            Choice.of("library", "Médiathèque, bibliothèque", "Library"),
                            Choice.of("school", "École, restauration scolaire", "School, school meals"),
                            Choice.of("transport", "Transport, transport à la demande",
                                    "Transport, on-demand transport"),
                            Choice.of("waste", "Déchets, déchèterie", "Waste, recycling centre"),
                            Choice.of("other", "Autre", "Other"))));

    private static final Map<String, String> NAMES = Map.of("fr", "Collectivité", "en", "Local authority");

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
        // A kind or code the schema refused is missing here, and has its own error already.
        Object kind = attributes.get("kind");
        Object code = attributes.get("code");
        if (kind instanceof String && code instanceof String) {
            String problem = CollectivityCodes.problem((String) kind, (String) code);
            if (problem != null) {
                errors.add(FieldError.of("attributes.code", "pattern", CollectivityCodes.frenchProblem((String) kind),
                        problem));
            }
        }
        Object population = attributes.get("population");
        if (population instanceof Number) {
            double people = ((Number) population).doubleValue();
            if (people != Math.rint(people)) {
                errors.add(FieldError.of("attributes.population", "not_an_integer", "doit être un nombre entier",
                        "must be a whole number"));
            }
        }
    }
}
