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
package org.entraide.identity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;
import me.gosimple.nbvcxz.scoring.Result;
import org.entraide.api.error.FieldError;

/**
 * What a password must be: long enough, not too long to hash cheaply, and hard to guess. Guessability
 * is estimated by nbvcxz (dictionaries of common passwords, names and words, keyboard patterns, leet
 * substitutions), with a few French favourites added and the person's own email and name counted as
 * known words, so "Marie-Dupont-2026" is refused for Marie Dupont.
 */
final class PasswordPolicy {

    static final int MAX_LENGTH = 256;

    /** The field a password's errors are reported under. */
    private static final String FIELD = "password";

    /** Common French passwords and words that the English-centred default dictionaries underrate. */
    private static final List<String> FRENCH_FAVOURITES = List.of("motdepasse", "azerty", "azertyuiop",
            "soleil", "bonjour", "doudou", "chouchou", "loulou", "marseille", "liberte", "jetaime", "coucou",
            "nicolas", "camille", "entraide", "voisin", "voisins", "quartier", "ajaccio", "corse", "bastia",
            "france", "paris", "motdepasse123", "caramel", "chocolat", "poulette", "cheval", "papillon");

    private final int minLength;
    private final double minEntropy;

    PasswordPolicy(int minLength, double minEntropyBits) {
        this.minLength = minLength;
        this.minEntropy = minEntropyBits;
    }

    /**
     * Why the password is refused, as the coded, bilingual error of the field {@code password}, or empty if it is
     * acceptable.
     */
    Optional<FieldError> problem(String password, String email, String displayName) {
        if (password == null || password.isEmpty()) {
            return Optional.of(FieldError.of(FIELD, "required", "est obligatoire", "is required"));
        }
        int length = password.codePointCount(0, password.length());
        if (length < minLength) {
            return Optional.of(FieldError.of(FIELD, "too_short", "doit contenir au moins " + minLength + " caractères",
                    "must be at least " + minLength + " characters"));
        }
        if (length > MAX_LENGTH) {
            return Optional.of(FieldError.of(FIELD, "too_long", "doit contenir au plus " + MAX_LENGTH + " caractères",
                    "must be at most " + MAX_LENGTH + " characters"));
        }
        Result result = estimator(email, displayName).estimate(password);
        if (result.getEntropy() < minEntropy) {
            return Optional.of(FieldError.of(FIELD, "too_easy", "est trop facile à deviner : choisissez une phrase"
                    + " plus longue faite de mots sans rapport entre eux",
                    "is too easy to guess: choose a longer phrase of unrelated words"));
        }
        return Optional.empty();
    }

    private Nbvcxz estimator(String email, String displayName) {
        List<Dictionary> dictionaries = new ArrayList<>(ConfigurationBuilder.getDefaultDictionaries());
        dictionaries.add(new DictionaryBuilder().setDictionaryName("french").addWords(FRENCH_FAVOURITES, 1)
                .createDictionary());
        List<String> personal = personalWords(email, displayName);
        if (!personal.isEmpty()) {
            dictionaries.add(new DictionaryBuilder().setDictionaryName("personal").addWords(personal, 1)
                    .createDictionary());
        }
        return new Nbvcxz(new ConfigurationBuilder().setDictionaries(dictionaries).setLocale(Locale.FRENCH)
                .setMinimumEntropy(minEntropy).createConfiguration());
    }

    private static List<String> personalWords(String email, String displayName) {
        List<String> words = new ArrayList<>();
        if (email != null) {
            for (String part : email.toLowerCase(Locale.ROOT).split("[@.+_-]", -1)) {
                if (part.length() >= 3 && part.length() <= 64) {
                    words.add(part);
                }
            }
        }
        if (displayName != null) {
            for (String part : displayName.toLowerCase(Locale.ROOT).split("[\\s.'-]+", -1)) {
                if (part.length() >= 3 && part.length() <= 64) {
                    words.add(part);
                }
            }
        }
        return words;
    }
}
