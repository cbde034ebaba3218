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
package org.entraide.actors.internal;

import java.util.Map;
import java.util.regex.Pattern;
import org.entraide.services.actor.ActorIdentifier;

/**
 * An actor's public identifier, read from its attributes by their names in the actor types of Entraide, so that it
 * shows even while the type's plugin is not installed: {@code siret} (shops, producers), {@code rna}
 * (associations), {@code code} with {@code kind} (local authorities). A partner type that names its attributes
 * alike gets the same; values that cannot be such an identifier give none.
 *
 * <p>The registers are the public ones a moderator checks against: the Annuaire des entreprises of the French
 * State for a SIRET (its establishment page) and an RNA number (its search, which finds associations by RNA), and
 * INSEE's complete file of a commune, an intercommunality (by SIREN), a département or a region.
 */
final class Identifiers {

    static final String SIRET = "SIRET";
    static final String RNA = "RNA";
    static final String INSEE = "INSEE";

    private static final Pattern SIRET_FORM = Pattern.compile("[0-9]{14}");
    private static final Pattern RNA_FORM = Pattern.compile("W([0-9]{2}|2[AB])[0-9]{7}");
    private static final Pattern INSEE_FORM = Pattern.compile("[0-9AB]{2,9}");
    private static final String COMPANIES = "https://annuaire-entreprises.data.gouv.fr/";
    private static final String INSEE_FILE = "https://www.insee.fr/fr/statistiques/2011101?geo=";
    /** INSEE's prefix of the {@code geo} parameter for each kind of local authority. */
    private static final Map<String, String> INSEE_LEVELS = Map.of("commune", "COM-", "epci", "EPCI-",
            "departement", "DEP-", "region", "REG-");

    private Identifiers() {
    }

    /** The identifier in these attributes, or {@code null} when they hold none. */
    static ActorIdentifier of(Map<String, Object> attributes) {
        String siret = text(attributes.get("siret"));
        if (siret != null && SIRET_FORM.matcher(siret).matches()) {
            return new ActorIdentifier(SIRET, siret, COMPANIES + "etablissement/" + siret);
        }
        String rna = text(attributes.get("rna"));
        if (rna != null && RNA_FORM.matcher(rna).matches()) {
            return new ActorIdentifier(RNA, rna, COMPANIES + "rechercher?terme=" + rna);
        }
        String kind = text(attributes.get("kind"));
        String level = kind == null ? null : INSEE_LEVELS.get(kind);
        String code = text(attributes.get("code"));
        if (level != null && code != null && INSEE_FORM.matcher(code).matches()) {
            return new ActorIdentifier(INSEE, code, INSEE_FILE + level + code);
        }
        return null;
    }

    private static String text(Object value) {
        return value instanceof String ? ((String) value).strip() : null;
    }
}
