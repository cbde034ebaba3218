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
package org.entraide.notify.email.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.Map;
import org.entraide.services.notification.Delivery;
import org.junit.Test;

/** The words of mails: language, link, escaping, and never an address other than the recipient's. */
public class MailTextTest {

    private static final String BASE = "https://entraide.example.org";

    @Test
    public void anAnswerInFrenchNamesThePostAndLinksToTheConversation() {
        MailText text = MailText.of(delivery("fr", "post.response", Map.of("title", "Soupe pour Mme Luciani")), BASE);
        assertEquals("Quelqu'un répond à votre annonce", text.subject());
        assertTrue(text.text(), text.text().startsWith("Bonjour,"));
        assertTrue(text.text(), text.text().contains("« Soupe pour Mme Luciani »"));
        assertTrue(text.text(),
                text.text().contains("Lire sa réponse et lui écrire : " + BASE + "/#/conversations/c1"));
        assertTrue(text.html(), text.html().contains("<html lang=\"fr\">"));
        assertTrue(text.html(), text.html().contains("<a href=\"" + BASE + "/#/conversations/c1\">"));
    }

    @Test
    public void aMessageInEnglish() {
        MailText text = MailText.of(delivery("en", "post.message", Map.of("postId", "p1")), BASE);
        assertEquals("A new message for you", text.subject());
        assertTrue(text.text(), text.text().startsWith("Hello,"));
        assertTrue(text.text(), text.text().contains("Read it and reply: " + BASE + "/#/conversations/c1"));
        assertTrue(text.html(), text.html().contains("<html lang=\"en\">"));
        assertEquals("en", MailText.languageTag(delivery("en", "post.message", Map.of())));
        assertEquals("fr", MailText.languageTag(delivery("fr", "post.message", Map.of())));
    }

    @Test
    public void anUnknownKindStillGivesAMailWithTheLink() {
        MailText text = MailText.of(delivery("fr", "operation.decision", Map.of()), BASE);
        assertEquals("Du nouveau pour vous sur Entraide", text.subject());
        assertTrue(text.text(), text.text().contains(BASE + "/#/conversations/c1"));
    }

    @Test
    public void valuesAreEscapedInHtmlAndKeptOnOneLine() {
        MailText text = MailText.of(delivery("en", "post.response",
                Map.of("title", "<script>alert(1)</script> &\nmore")), BASE);
        assertFalse(text.html(), text.html().contains("<script>"));
        assertTrue(text.html(), text.html().contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more"));
        assertFalse(text.subject().contains("\n"));
    }

    @Test
    public void noEmailAddressOfAnyoneElseIsEverWritten() {
        MailText text = MailText.of(delivery("fr", "post.response",
                Map.of("title", "Écrivez à jean.dupont@example.org ou bob@test.fr")), BASE);
        for (String part : new String[] {text.subject(), text.text(), text.html()}) {
            assertFalse(part, part.contains("@"));
        }
        assertTrue(text.text(), text.text().contains("Écrivez à […] ou […]"));
    }

    @Test
    public void noImageNorExternalResource() {
        MailText text = MailText.of(delivery("fr", "post.response", Map.of("title", "Soupe")), BASE);
        assertFalse(text.html().contains("<img"));
        assertFalse(text.html().contains("src="));
        assertFalse(text.html().contains("<link"));
    }

    @Test
    public void accountMailsLinkToTheirScreenWithTheToken() {
        MailText verify = MailText.of(delivery("fr", "account.email-verification", Map.of("token", "Ab-_9")), BASE);
        assertEquals("Confirmez votre adresse e-mail", verify.subject());
        assertTrue(verify.text(), verify.text().contains("Confirmer mon adresse : " + BASE + "/#/verify-email/Ab-_9"));
        MailText reset = MailText.of(delivery("en", "account.password-reset", Map.of("token", "Ab-_9")), BASE);
        assertEquals("Choose a new password", reset.subject());
        assertTrue(reset.html(), reset.html().contains("<a href=\"" + BASE + "/#/reset-password/Ab-_9\">"));
        assertTrue(reset.text(), reset.text().contains("valid for one hour"));
    }

    @Test
    public void aTokenIsNeverAnythingButLettersDigitsAndDashes() {
        MailText reset = MailText.of(delivery("en", "account.password-reset",
                Map.of("token", "x\"><script>y")), BASE);
        assertTrue(reset.text(), reset.text().contains("/#/reset-password/xscripty\n"));
    }

    @Test
    public void aLongValueIsShortened() {
        assertEquals(120, MailText.value("x".repeat(500)).length());
        assertEquals("", MailText.value(null));
    }

    static Delivery delivery(String language, String kind, Map<String, String> data) {
        return new Delivery("d1", "n1", "alice@example.org", language, kind, "CONVERSATION", "c1", data,
                "/conversations/c1", Instant.parse("2026-12-01T08:00:00Z"));
    }
}
