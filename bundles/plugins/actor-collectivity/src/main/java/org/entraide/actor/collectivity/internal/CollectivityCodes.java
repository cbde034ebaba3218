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

import java.util.Set;
import java.util.regex.Pattern;
import org.entraide.api.plugin.FrenchIdentifiers;

/**
 * The official codes of French local authorities, and whether a code fits a kind of authority.
 *
 * <ul>
 * <li>A commune has its INSEE code (code officiel géographique): the département's two characters
 * (01 to 95 but 20, or 2A and 2B for Corsica) then the commune's three digits, 001 to 999; overseas,
 * the three digits of the département or collectivity (971 to 978, 984, 986 to 989) then two digits,
 * 01 to 99.</li>
 * <li>An EPCI (intercommunality) has its SIREN: nine digits ending with a Luhn check digit; as for
 * every public body, the first digit is 1 or 2.</li>
 * <li>A département has its code: 01 to 95 but 20, 2A, 2B, or 971 to 976 overseas except 975:
 * Saint-Pierre-et-Miquelon has been an overseas collectivity, not a département, since 1985 (its
 * communes keep codes 97501 and 97502).</li>
 * <li>A région has its INSEE code, one of the 18 regions since 2016 (2018 for Corsica's single
 * authority, which kept code 94).</li>
 * </ul>
 *
 * <p>Private to this bundle: each actor type bundle stands alone.
 */
final class CollectivityCodes {

    /** The kinds' keys, as stored in {@code kind}. */
    static final String COMMUNE = "commune";
    static final String EPCI = "epci";
    static final String DEPARTEMENT = "departement";
    static final String REGION = "region";

    /** The INSEE codes of the 18 current regions: 13 in mainland France and Corsica, 5 overseas. */
    static final Set<String> REGIONS = Set.of("01", "02", "03", "04", "06", "11", "24", "27", "28", "32", "44",
            "52", "53", "75", "76", "84", "93", "94");

    /** Mainland départements: 01 to 95 but 20, which became 2A and 2B in 1976. */
    private static final String MAINLAND = "(0[1-9]|1[0-9]|2[1-9AB]|[3-8][0-9]|9[0-5])";

    private static final Pattern DEPARTEMENT_CODE = Pattern.compile(MAINLAND + "|97[1-46]");

    private static final Pattern COMMUNE_CODE = Pattern.compile(
            MAINLAND + "(?!000)[0-9]{3}|(97[1-8]|98[46-9])(?!00)[0-9]{2}");

    private CollectivityCodes() {
    }

    /** What is wrong with {@code code} for an authority of {@code kind}, or {@code null} if it fits. */
    static String problem(String kind, String code) {
        switch (kind) {
            case COMMUNE:
                return COMMUNE_CODE.matcher(code).matches() ? null
                        : "must be the commune's INSEE code: 2 digits, 2A or 2B then 3 digits (75056, 2A004),"
                        + " or 3 digits then 2 overseas (97411)";
            case EPCI:
                return isPublicSiren(code) ? null
                        : "must be the EPCI's SIREN: 9 digits starting with 1 or 2, whose last digit checks the"
                        + " others";
            case DEPARTEMENT:
                return DEPARTEMENT_CODE.matcher(code).matches() ? null
                        : "must be a département code: 01 to 95 (2A and 2B for Corsica), 971 to 974 or 976";
            case REGION:
                return REGIONS.contains(code) ? null
                        : "must be the INSEE code of one of the 18 regions, such as 11 (Île-de-France)";
            default:
                return "cannot be checked for this kind";
        }
    }

    /** What {@link #problem} says for this kind, in French. */
    static String frenchProblem(String kind) {
        switch (kind) {
            case COMMUNE:
                return "doit être le code INSEE de la commune : 2 chiffres, 2A ou 2B puis 3 chiffres (75056, 2A004),"
                        + " ou 3 chiffres puis 2 outre-mer (97411)";
            case EPCI:
                return "doit être le SIREN de l'EPCI : 9 chiffres commençant par 1 ou 2, dont le dernier contrôle"
                        + " les autres";
            case DEPARTEMENT:
                return "doit être un code de département : 01 à 95 (2A et 2B pour la Corse), 971 à 974 ou 976";
            case REGION:
                return "doit être le code INSEE de l'une des 18 régions, tel que 11 (Île-de-France)";
            default:
                return "ne peut être vérifié pour cette sorte";
        }
    }

    /** Nine digits, the first 1 or 2 (public bodies), the last a Luhn check digit. */
    static boolean isPublicSiren(String code) {
        return code.matches("[12][0-9]{8}") && FrenchIdentifiers.luhn(code);
    }

}
