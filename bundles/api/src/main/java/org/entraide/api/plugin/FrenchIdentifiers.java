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
package org.entraide.api.plugin;

/**
 * Checks of French business identifiers. A SIRET (an establishment's 14-digit INSEE number) is well
 * formed when its first nine digits, the SIREN of the company, end with a Luhn check digit, and so do
 * the fourteen.
 *
 * <p>La Poste is the exception. When it became a public limited company in 2010, all its post
 * offices were put under its one SIREN, 356 000 000, and there were too many of them for Luhn check
 * digits: only its head office's SIRET, 356 000 000 00048, passes Luhn; every other one is valid when
 * the sum of its fourteen digits is a multiple of 5 (French Wikipedia, "Système d'identification du
 * répertoire des établissements", section "Exceptions pour le groupe de La Poste").
 *
 * <p>Shared by every type that asks for a SIRET or a SIREN (producers, shops, EPCIs...), so that one rule
 * holds everywhere.
 */
public final class FrenchIdentifiers {

    /** The SIREN under which every establishment of La Poste is registered. */
    public static final String LA_POSTE_SIREN = "356000000";

    /** The SIRET of La Poste's head office, the only one of La Poste that has a Luhn check digit. */
    public static final String LA_POSTE_HEAD_OFFICE = "35600000000048";

    private FrenchIdentifiers() {
    }

    /** Whether {@code siren} is nine digits ending with a Luhn check digit (La Poste's included). */
    public static boolean isValidSiren(String siren) {
        return siren != null && siren.matches("[0-9]{9}") && luhn(siren);
    }

    /** Whether {@code siret} is fourteen digits that pass the check above. */
    public static boolean isValidSiret(String siret) {
        if (siret == null || !siret.matches("[0-9]{14}")) {
            return false;
        }
        if (siret.startsWith(LA_POSTE_SIREN)) {
            return LA_POSTE_HEAD_OFFICE.equals(siret) || digitSum(siret) % 5 == 0;
        }
        return luhn(siret.substring(0, 9)) && luhn(siret);
    }

    /**
     * The Luhn check: from the rightmost digit, every second digit is doubled (less 9 when over 9),
     * and the sum of all must be a multiple of 10.
     */
    public static boolean luhn(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    private static int digitSum(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += digits.charAt(i) - '0';
        }
        return sum;
    }
}
