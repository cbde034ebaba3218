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

import static org.entraide.itests.PlatformIT.assertProblem;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Sign-in abuse (issue 16): an attacker is slowed without locking the owner out, a shared address has a budget,
 * the client address comes from {@code X-Forwarded-For} only through a trusted proxy (the test support trusts
 * 127.0.0.1, the peer of every request here), and registrations, sign-ins and sessions are limited. Each test
 * speaks from addresses of its own (random, in 198.18.0.0/15), so that no count of another test is in its way;
 * the counters are in the database. Where a limit is too high to reach quickly, the test lowers it through the
 * live configuration and puts it back.
 */
public class SignInAbuseIT extends EntraideTestSupport {

    private static final String IDENTITY = "org.entraide.identity";

    private static String address() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198." + (18 + random.nextInt(2)) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }

    private Api.Reply post(String path, String json, String forwardedFor) throws Exception {
        return api.send(api.request(path, null).header("Content-Type", "application/json")
                .header("X-Forwarded-For", forwardedFor).POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private String register(String email, String from) throws Exception {
        Api.Reply created = post("/accounts", Residents.registration(email, "Lucie", 41.92, 8.74), from);
        assertEquals(created.toString(), 201, created.status());
        return email;
    }

    /**
     * Changes one identity setting as an operator editing {@code etc/org.entraide.identity.cfg} would (it applies
     * live, through Configuration Admin), and waits for it to apply.
     */
    private static void identitySetting(String key, String value) throws Exception {
        BundleContext context = FrameworkUtil.getBundle(SignInAbuseIT.class).getBundleContext();
        ServiceReference<ConfigurationAdmin> reference = context.getServiceReference(ConfigurationAdmin.class);
        try {
            Configuration configuration = context.getService(reference).getConfiguration(IDENTITY, null);
            Dictionary<String, Object> properties = configuration.getProperties();
            properties.put(key, value);
            configuration.update(properties);
        } finally {
            context.ungetService(reference);
        }
        Thread.sleep(2000);
    }

    @Test
    public void theOwnerSignsInFromHerAddressAfterAnAttackersFailuresAndTheAttackerIsAnsweredAtOnce()
            throws Exception {
        String victim = register(Residents.uniqueEmail("victim"), address());
        String attacker = address();
        for (int attempt = 1; attempt <= 5; attempt++) {
            Api.Reply failed = post("/sessions", Residents.credentials(victim, "guess number " + attempt), attacker);
            assertProblem(failed, 401);
        }

        long started = System.nanoTime();
        Api.Reply slowed = post("/sessions", Residents.credentials(victim, "guess number 6"), attacker);
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertProblem(slowed, 429);
        assertTrue(slowed.toString(), Long.parseLong(slowed.header("Retry-After").orElse("0")) >= 1);
        assertTrue("answered at once, not slept on: " + millis + " ms", millis < 1000);
        Api.Reply owner = post("/sessions", Residents.credentials(victim, Residents.PASSWORD), address());
        assertEquals("the owner, from her own address: " + owner, 201, owner.status());
        assertProblem(post("/sessions", Residents.credentials(victim, Residents.PASSWORD), attacker), 429);
    }

    @Test
    public void aSharedAddressOverItsBudgetIsRefusedAndOnlyIt() throws Exception {
        String resident = register(Residents.uniqueEmail("shared"), address());
        String shared = address();
        identitySetting("loginMaxFailuresPerAddress", "12");
        try {
            for (int i = 0; i < 12; i++) {
                Api.Reply failed = post("/sessions",
                        Residents.credentials(Residents.uniqueEmail("typo"), "not the password"), shared);
                assertProblem(failed, 401);
            }

            Api.Reply refused = post("/sessions", Residents.credentials(resident, Residents.PASSWORD), shared);

            assertProblem(refused, 429);
            assertTrue(Long.parseLong(refused.header("Retry-After").orElse("0")) > 60);
            assertEquals(201, post("/sessions", Residents.credentials(resident, Residents.PASSWORD), address())
                    .status());
        } finally {
            identitySetting("loginMaxFailuresPerAddress", "300");
        }
    }

    @Test
    public void aTrustedProxysForwardedForIsTheClientAddress() throws Exception {
        String email = register(Residents.uniqueEmail("proxied"), address());
        String first = address();
        for (int attempt = 0; attempt < 5; attempt++) {
            // What the client wrote on the left is not believed: the proxy's right-most entry is.
            assertProblem(post("/sessions", Residents.credentials(email, "wrong " + attempt),
                    address() + ", " + first), 401);
        }

        assertProblem(post("/sessions", Residents.credentials(email, "wrong again"), first), 429);
        assertProblem(post("/sessions", Residents.credentials(email, "wrong again"), address()), 401);
    }

    @Test
    public void anUntrustedPeersForwardedForIsIgnored() throws Exception {
        String email = register(Residents.uniqueEmail("unproxied"), address());
        for (int attempt = 0; attempt < 5; attempt++) {
            assertEquals(401, fromUntrustedPeer(Residents.credentials(email, "wrong " + attempt), address()));
        }

        assertEquals("every attempt counted against the peer, whatever it claimed", 429,
                fromUntrustedPeer(Residents.credentials(email, "wrong again"), address()));
    }

    @Test
    public void theEleventhRegistrationFromOneAddressInAnHourIsRefused() throws Exception {
        String from = address();
        identitySetting("registrationsPerAddressPerHour", "10");
        try {
            for (int i = 0; i < 10; i++) {
                register(Residents.uniqueEmail("bulk"), from);
            }

            Api.Reply refused = post("/accounts", Residents.registration(Residents.uniqueEmail("bulk"), "Lucie",
                    41.92, 8.74), from);

            assertProblem(refused, 429);
            assertTrue(Long.parseLong(refused.header("Retry-After").orElse("0")) > 60);
            assertEquals(201, post("/accounts", Residents.registration(Residents.uniqueEmail("bulk"), "Lucie",
                    41.92, 8.74), address()).status());
        } finally {
            identitySetting("registrationsPerAddressPerHour", EntraideTestSupport.REGISTRATIONS_PER_HOUR);
        }
    }

    @Test
    public void theEleventhSignInToOneAccountWithinAMinuteIsRefused() throws Exception {
        String email = register(Residents.uniqueEmail("busy"), address());
        String from = address();
        for (int i = 0; i < 10; i++) {
            assertEquals(201, post("/sessions", Residents.credentials(email, Residents.PASSWORD), from).status());
        }

        Api.Reply refused = post("/sessions", Residents.credentials(email, Residents.PASSWORD), address());

        assertProblem(refused, 429);
        long retry = Long.parseLong(refused.header("Retry-After").orElse("0"));
        assertTrue(refused.toString(), retry >= 1 && retry <= 60);
    }

    @Test
    public void theTwentyFirstSessionRevokesTheOldest() throws Exception {
        String email = register(Residents.uniqueEmail("devices"), address());
        String from = address();
        identitySetting("signInsPerAccountPerMinute", "30");
        List<String> tokens = new ArrayList<>();
        try {
            for (int i = 0; i < 21; i++) {
                Api.Reply session = post("/sessions", Residents.credentials(email, Residents.PASSWORD), from);
                assertEquals(session.toString(), 201, session.status());
                tokens.add(session.json().path("token").asText());
            }
        } finally {
            identitySetting("signInsPerAccountPerMinute", "10");
        }

        assertProblem(api.get("/me", tokens.get(0)), 401);
        for (String token : tokens.subList(1, 21)) {
            assertEquals(200, api.get("/me", token).status());
        }
    }

    /** A sign-in from 127.0.0.2, a peer that is not a trusted proxy, claiming another address; its status. */
    private int fromUntrustedPeer(String json, String forwardedFor) throws Exception {
        URI uri = URI.create(api.base() + "/sessions");
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress("127.0.0.2", 0));
            socket.connect(new InetSocketAddress("127.0.0.1", uri.getPort()), 5000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + uri.getPath() + " HTTP/1.1\r\nHost: 127.0.0.1:" + uri.getPort()
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                    + "\r\nX-Forwarded-For: " + forwardedFor + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
                line.write(c);
            }
            String status = line.toString(StandardCharsets.US_ASCII);
            assertTrue(status, status.startsWith("HTTP/1.1 "));
            return Integer.parseInt(status.substring(9, 12));
        }
    }
}
