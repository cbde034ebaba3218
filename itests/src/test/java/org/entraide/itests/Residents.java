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
package org.entraide.itests;

import static org.junit.Assert.assertEquals;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import javax.mail.internet.MimeMessage;

/** Registers and signs in residents for tests, each with a unique email. */
final class Residents {

    static final String PASSWORD = "Lune bleue sur Vico, 7 chats";
    /** The subject of the mail registering sends, in French, the language of a new account. */
    static final String VERIFICATION_SUBJECT = "Confirmez votre adresse e-mail";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private Residents() {
    }

    static String uniqueEmail(String name) {
        return name + "." + System.nanoTime() + "." + SEQUENCE.incrementAndGet() + "@example.fr";
    }

    static String registration(String email, String displayName, double lat, double lon) {
        return "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"displayName\":\""
                + displayName + "\",\"home\":{\"lat\":" + lat + ",\"lon\":" + lon + "}}";
    }

    static String credentials(String email, String password) {
        return "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}";
    }

    /** Registers a resident at this home and returns a bearer token for them. */
    static String signedIn(Api api, String email, double lat, double lon) throws Exception {
        Api.Reply registered = api.post("/accounts", registration(email, "Voisine", lat, lon));
        assertEquals(registered.toString(), 201, registered.status());
        return token(api, email, PASSWORD);
    }

    /**
     * Registers a resident at this home, proves the address with the link mailed to it (the mailbox must be
     * running), and returns a bearer token for them.
     */
    static String verified(Api api, Mailbox mailbox, String email, double lat, double lon) throws Exception {
        String token = signedIn(api, email, lat, lon);
        MimeMessage mail = mailbox.awaitOne(email, VERIFICATION_SUBJECT, Duration.ofSeconds(90));
        Api.Reply verified = api.post("/accounts/email-verifications",
                "{\"token\":\"" + Mailbox.token(mail, "/#/verify-email/") + "\"}");
        assertEquals(verified.toString(), 204, verified.status());
        return token;
    }

    static String token(Api api, String email, String password) throws Exception {
        Api.Reply session = api.post("/sessions", credentials(email, password));
        assertEquals(session.toString(), 201, session.status());
        return session.json().path("token").asText();
    }
}
