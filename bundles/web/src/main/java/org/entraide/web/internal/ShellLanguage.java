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
package org.entraide.web.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The shell in the visitor's language: {@code index.html} and {@code manifest.json} are written in French; a
 * browser that prefers English (its {@code Accept-Language}) gets them with {@code lang="en"} and English texts,
 * before any script runs (the page's title, description and skip link, the installed app's description). The app
 * then starts in the page's language unless the visitor chose one.
 */
final class ShellLanguage {

    static final String MANIFEST = "/manifest.json";

    private static final List<String> SUPPORTED = List.of("fr", "en");

    /** French texts of the two files and their English versions, replaced as they are, in this order. */
    private static final Map<String, List<String[]>> ENGLISH = Map.of(
            StaticResources.INDEX, List.of(
                    new String[] {"<html lang=\"fr\">", "<html lang=\"en\">"},
                    new String[] {"Entraide : l'entraide entre voisins, près de chez vous.",
                        "Entraide: neighbours helping each other, close to home."},
                    new String[] {">Aller au contenu<", ">Skip to content<"},
                    new String[] {"aria-label=\"Menu principal\"", "aria-label=\"Main menu\""},
                    new String[] {"lang=\"en\">English</button>", "lang=\"fr\">Français</button>"},
                    new String[] {"Chargement…", "Loading…"},
                    new String[] {"Entraide a besoin de JavaScript pour fonctionner.", "Entraide needs JavaScript."},
                    new String[] {"logiciel libre (Apache 2.0)", "free software (Apache 2.0)"}),
            MANIFEST, List.of(
                    new String[] {"\"lang\": \"fr\"", "\"lang\": \"en\""},
                    new String[] {"L'entraide entre voisins, près de chez vous.",
                        "Neighbours helping each other, close to home."}));

    private ShellLanguage() {
    }

    /** Whether this file of the app changes with the visitor's language. */
    static boolean localized(String file) {
        return ENGLISH.containsKey(file);
    }

    /**
     * The language of the shell for this {@code Accept-Language} header: the supported one the browser ranks
     * highest (by q-value, then order), else the operator's default.
     */
    static String pick(String acceptLanguage, String fallback) {
        String best = null;
        double bestQ = 0;
        if (acceptLanguage != null) {
            for (String range : acceptLanguage.split(",", -1)) {
                String[] parts = range.trim().split(";", -1);
                String tag = parts[0].trim().toLowerCase(Locale.ROOT);
                String primary = tag.contains("-") ? tag.substring(0, tag.indexOf('-')) : tag;
                double q = quality(parts);
                if (SUPPORTED.contains(primary) && q > bestQ) {
                    best = primary;
                    bestQ = q;
                }
            }
        }
        if (best != null) {
            return best;
        }
        return SUPPORTED.contains(fallback) ? fallback : "fr";
    }

    private static double quality(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim();
            if (parameter.startsWith("q=")) {
                try {
                    double q = Double.parseDouble(parameter.substring(2));
                    return q >= 0 && q <= 1 ? q : 0;
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }

    /** The file's content in this language: French as it is stored, English with its texts replaced. */
    static byte[] translate(String file, byte[] content, String language) {
        List<String[]> pairs = ENGLISH.get(file);
        if (pairs == null || !"en".equals(language)) {
            return content;
        }
        String text = new String(content, StandardCharsets.UTF_8);
        for (String[] pair : pairs) {
            text = text.replace(pair[0], pair[1]);
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
