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
package org.entraide.geo.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Place names reduced for matching: no accents, lower case, words of letters and digits separated by one space,
 * and the usual abbreviations of complete words spelt out ({@code St-Malo} becomes {@code saint malo}).
 */
final class TextNormalizer {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

    private TextNormalizer() {
    }

    /**
     * Normalizes a complete name: every word is complete, so every abbreviation is spelt out.
     *
     * @param text a name
     * @return the normalized name, possibly empty
     */
    static String name(String text) {
        return expand(words(text), true);
    }

    /**
     * Normalizes what a person is typing: the last word may be unfinished ({@code st} may be the start of
     * {@code strasbourg}), so it is kept as typed.
     *
     * @param text the query
     * @return the normalized query, possibly empty
     */
    static String query(String text) {
        return expand(words(text), false);
    }

    private static String[] words(String text) {
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        plain = plain.toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae").replace("ß", "ss");
        String spaced = SEPARATORS.matcher(plain).replaceAll(" ").strip();
        return spaced.isEmpty() ? new String[0] : spaced.split(" ");
    }

    private static String expand(String[] words, boolean lastIsComplete) {
        StringBuilder result = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            boolean complete = lastIsComplete || i < words.length - 1;
            if (i > 0) {
                result.append(' ');
            }
            result.append(complete ? spelledOut(words[i]) : words[i]);
        }
        return result.toString();
    }

    private static String spelledOut(String word) {
        switch (word) {
            case "st":
                return "saint";
            case "ste":
                return "sainte";
            case "sts":
                return "saints";
            case "stes":
                return "saintes";
            default:
                return word;
        }
    }
}
