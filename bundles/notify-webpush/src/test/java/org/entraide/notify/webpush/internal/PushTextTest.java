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
package org.entraide.notify.webpush.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;
import org.entraide.services.notification.Delivery;
import org.junit.Test;

public class PushTextTest {

    @Test
    public void anAnswerIsToldInTheRecipientsLanguageWithTheScreenToOpen() throws Exception {
        PushText french = PushText.of(delivery("fr", "post.response", Map.of("title", "Porter des courses")));
        assertEquals("Quelqu'un répond à votre annonce", french.title());
        assertEquals("« Porter des courses » : lisez sa réponse.", french.body());
        assertEquals("#/conversations/c1", french.url());

        PushText english = PushText.of(delivery("en", "post.message", Map.of()));
        assertEquals("A new message for you", english.title());

        Map<String, Object> json = JSONObjectUtils.parse(new String(english.json("n1"), StandardCharsets.UTF_8));
        assertEquals(Map.of("title", "A new message for you", "body", "Read it and reply.",
                "url", "#/conversations/c1", "tag", "n1"), json);
    }

    @Test
    public void aResidentsValueLosesItsAddressesAndLength() {
        String shown = PushText.value("Appelez jean.dupont@example.org\npour " + "x".repeat(200));
        assertFalse(shown, shown.contains("@"));
        assertFalse(shown.contains("\n"));
        assertEquals(80, shown.length());
    }

    @Test
    public void theSubjectFollowsTheMailConfigurationWhenNoneIsSet() {
        Dictionary<String, Object> mail = new Hashtable<>();
        assertEquals(WebPushChannel.FALLBACK_SUBJECT, WebPushChannel.derivedSubject(mail));
        mail.put("baseUrl", "http://localhost:8181");
        assertEquals(WebPushChannel.FALLBACK_SUBJECT, WebPushChannel.derivedSubject(mail));
        mail.put("baseUrl", "https://entraide.example.org");
        assertEquals("https://entraide.example.org", WebPushChannel.derivedSubject(mail));
        mail.put("from", "Entraide <entraide@example.org>");
        assertEquals("mailto:entraide@example.org", WebPushChannel.derivedSubject(mail));
    }

    @Test
    public void whatPushServicesAnswerDecidesTheOutcome() {
        assertEquals(PushSender.Outcome.SENT, PushSender.outcome(201, "").outcome());
        assertEquals(PushSender.Outcome.SENT, PushSender.outcome(202, "").outcome());
        assertEquals(PushSender.Outcome.GONE, PushSender.outcome(410, "").outcome());
        assertEquals(PushSender.Outcome.GONE, PushSender.outcome(404, "").outcome());
        assertEquals(PushSender.Outcome.RETRY, PushSender.outcome(429, "").outcome());
        assertEquals(PushSender.Outcome.RETRY, PushSender.outcome(503, "").outcome());
        assertEquals(PushSender.Outcome.FAILED, PushSender.outcome(400, "bad").outcome());
        assertEquals(PushSender.Outcome.FAILED, PushSender.outcome(413, "").outcome());
    }

    static Delivery delivery(String language, String kind, Map<String, String> data) {
        return new Delivery("d1", "n1", "someone@example.org", language, kind, "conversation", "c1", data,
                "/conversations/c1", Instant.parse("2026-12-07T10:00:00Z"), "a1", "u1");
    }
}
