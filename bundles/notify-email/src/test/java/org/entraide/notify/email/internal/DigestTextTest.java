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
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import javax.mail.Session;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeMessage;
import org.entraide.services.notification.Delivery;
import org.junit.Test;

/** The digest mail, and the unsubscribe link and headers of optional mails. */
public class DigestTextTest {

    private static final String BASE = "https://entraide.example.org";

    @Test
    public void aDailyDigestListsEachItemWithItsLinkAndMasksAddresses() {
        Map<String, String> data = new HashMap<>(Map.of("count", "3", "items", "2",
                "item.1.kind", "post.status", "item.1.title", "Vélo <rouge>", "item.1.screen", "/posts/p1",
                "item.2.kind", "operation.closed", "item.2.title", "Écrivez à bob@example.org", "item.2.screen",
                "/operations/o1"));
        MailText text = DigestText.of(digest("fr", "digest.daily", data, "tok"), BASE);

        assertEquals("Votre résumé du jour sur Entraide : 3 nouveautés", text.subject());
        assertTrue(text.text(), text.text().contains("- Une annonce que vous suivez a changé « Vélo <rouge> »\n  "
                + BASE + "/#/posts/p1"));
        assertTrue(text.text(), text.text().contains(BASE + "/#/operations/o1"));
        assertTrue(text.text(), text.text().contains("et 1 de plus"));
        assertTrue(text.text(), text.text().contains(BASE + "/#/unsubscribe/tok"));
        assertTrue(text.html(), text.html().contains("<a href=\"" + BASE + "/#/posts/p1\">"));
        assertTrue(text.html(), text.html().contains("Vélo &lt;rouge&gt;"));
        assertFalse(text.html(), text.html().contains("<img"));
        assertFalse(text.text(), text.text().contains("bob@example.org"));
        assertFalse(text.html(), text.html().contains("bob@example.org"));
    }

    @Test
    public void aWeeklyDigestInEnglish() {
        MailText text = MailText.of(digest("en", "digest.weekly", Map.of("count", "1", "items", "1",
                "item.1.kind", "post.expiring", "item.1.screen", "/posts/p9"), "tok"), BASE);

        assertEquals("Your weekly Entraide digest: 1 update", text.subject());
        assertTrue(text.text(), text.text().contains("- Your post expires soon\n  " + BASE + "/#/posts/p9"));
        assertTrue(text.text(), text.text().contains("No longer receive this digest: " + BASE + "/#/unsubscribe/tok"));
    }

    @Test
    public void optionalMailsCarryTheOneClickHeadersAndTransactionalOnesNone() throws Exception {
        Delivery optional = digest("fr", "post.response", Map.of("title", "Soupe"), "tok");
        Delivery transactional = digest("fr", "account.verify", Map.of(), null);
        assertEquals(BASE + "/api/v1/unsubscribe/tok", MailText.oneClickAddress(optional, BASE));
        assertNull(MailText.oneClickAddress(transactional, BASE));
        assertTrue(MailText.of(optional, BASE).text().contains("Ne plus recevoir ces messages : " + BASE
                + "/#/unsubscribe/tok"));
        assertFalse(MailText.of(transactional, BASE).text().contains("unsubscribe"));

        Session session = Session.getInstance(new java.util.Properties());
        MimeMessage message = SmtpSender.message(session, new InternetAddress("entraide@example.org"),
                "alice@example.org", MailText.of(optional, BASE), "fr", "d1", MailText.oneClickAddress(optional, BASE));
        assertEquals("<" + BASE + "/api/v1/unsubscribe/tok>", message.getHeader("List-Unsubscribe")[0]);
        assertEquals("List-Unsubscribe=One-Click", message.getHeader("List-Unsubscribe-Post")[0]);
        MimeMessage plain = SmtpSender.message(session, new InternetAddress("entraide@example.org"),
                "alice@example.org", MailText.of(transactional, BASE), "fr", "d2", null);
        assertNull(plain.getHeader("List-Unsubscribe"));
    }

    private static Delivery digest(String language, String kind, Map<String, String> data, String token) {
        return new Delivery("d1", "n1", "alice@example.org", language, kind, "DIGEST", "daily-2026-12-08", data,
                "/notifications", Instant.parse("2026-12-08T17:00:00Z"), "a1", token);
    }
}
