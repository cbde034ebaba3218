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

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.Test;

public class ShellLanguageTest {

    private final StaticResources resources = new StaticResources(ShellLanguageTest.class.getClassLoader());

    @Test
    public void theBrowsersPreferredSupportedLanguageWinsElseTheOperatorsDefault() {
        assertEquals("en", ShellLanguage.pick("en-GB,en;q=0.9", "fr"));
        assertEquals("fr", ShellLanguage.pick("fr-FR,fr;q=0.9,en;q=0.8", "en"));
        assertEquals("en", ShellLanguage.pick("de-DE,de;q=0.9,en;q=0.7,fr;q=0.5", "fr"));
        assertEquals("fr", ShellLanguage.pick("en;q=0.3, FR-ca;q=0.8", "en"));
        assertEquals("en", ShellLanguage.pick("de, it;q=0.5", "en"));
        assertEquals("fr", ShellLanguage.pick(null, "fr"));
        assertEquals("fr", ShellLanguage.pick("en;q=0, es", "fr"));
        assertEquals("fr", ShellLanguage.pick("en;q=x", "xx"));
    }

    @Test
    public void theShellInEnglishHasAnEnglishLangTitleDescriptionAndSkipLink() throws IOException {
        String french = read(StaticResources.INDEX, "fr");
        assertTrue(french.contains("<html lang=\"fr\">"));
        assertTrue(french.contains(">Aller au contenu<"));
        String english = read(StaticResources.INDEX, "en");
        assertTrue(english.contains("<html lang=\"en\">"));
        assertTrue(english.contains(">Skip to content<"));
        assertTrue(english.contains("content=\"Entraide: neighbours helping each other, close to home.\""));
        assertTrue(english.contains("<title>Entraide</title>"));
        assertFalse("nothing French is left in the English shell", english.contains("Chargement")
                || english.contains("voisins") || english.contains("<html lang=\"fr\""));
    }

    @Test
    public void theManifestFollowsTheLanguageToo() throws IOException {
        assertTrue(read(ShellLanguage.MANIFEST, "fr").contains("\"lang\": \"fr\""));
        String english = read(ShellLanguage.MANIFEST, "en");
        assertTrue(english.contains("\"lang\": \"en\""));
        assertTrue(english.contains("Neighbours helping each other"));
        assertFalse(english.contains("voisins"));
        assertFalse(ShellLanguage.localized("/js/app.js"));
        assertTrue(ShellLanguage.localized(StaticResources.INDEX));
    }

    private String read(String file, String language) throws IOException {
        try (InputStream in = resources.find(file).orElseThrow().openStream()) {
            return new String(ShellLanguage.translate(file, in.readAllBytes(), language), StandardCharsets.UTF_8);
        }
    }
}
