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
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * Web push end to end, against a push service played by this test: an HTTP server on the loopback, which the
 * endpoint validation allows over plain http. The test is the browser too: it makes a real P-256 key pair and auth
 * secret, subscribes through the REST API, and decrypts what the platform pushes (RFC 8291) with its private key;
 * it checks the VAPID header (RFC 8292) against {@code GET /push/vapid-public-key}. Then the push service answers
 * 410, and the subscription is forgotten.
 */
public class WebPushIT extends EntraideTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger AREAS = new AtomicInteger();
    private static final Pattern VAPID = Pattern.compile("vapid t=([A-Za-z0-9_-]+)\\.([A-Za-z0-9_-]+)\\."
            + "([A-Za-z0-9_-]+), k=([A-Za-z0-9_-]+)");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** One POST the push service received. */
    private record Pushed(String path, Map<String, List<String>> headers, byte[] body) {
        String header(String name) {
            for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
                if (entry.getKey() != null && entry.getKey().equalsIgnoreCase(name)) {
                    return entry.getValue().get(0);
                }
            }
            return null;
        }
    }

    private final BlockingQueue<Pushed> pushed = new LinkedBlockingQueue<>();
    private final AtomicInteger answer = new AtomicInteger(201);
    private HttpServer pushService;
    private String origin;

    @Before
    public void startPushService() throws Exception {
        pushService = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        pushService.createContext("/push/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            pushed.add(new Pushed(exchange.getRequestURI().getPath(), Map.copyOf(exchange.getRequestHeaders()),
                    body));
            exchange.sendResponseHeaders(answer.get(), -1);
            exchange.close();
        });
        pushService.start();
        origin = "http://127.0.0.1:" + pushService.getAddress().getPort();
    }

    @After
    public void stopPushService() {
        if (pushService != null) {
            pushService.stop(0);
        }
    }

    @Test
    public void anAnswerIsPushedEncryptedForTheBrowserAndSignedByThePlatformThenA410ForgetsTheSubscription()
            throws Exception {
        Api.Reply key = api.get("/push/vapid-public-key");
        assertEquals(key.toString(), 200, key.status());
        String vapidKey = key.json().path("publicKey").asText();
        PublicKey platform = publicKey(base64Url(vapidKey));
        assertEquals("the same key at every call", vapidKey, api.get("/push/vapid-public-key").json()
                .path("publicKey").asText());

        double[] at = freshArea();
        String author = Residents.signedIn(api, Residents.uniqueEmail("push.author"), at[0], at[1]);
        String helper = Residents.signedIn(api, Residents.uniqueEmail("push.helper"), at[0], at[1]);
        Browser browser = new Browser(origin + "/push/" + System.nanoTime());
        Api.Reply subscribed = api.post("/me/push-subscriptions", browser.subscription(), author);
        assertEquals(subscribed.toString(), 201, subscribed.status());
        Api.Reply again = api.post("/me/push-subscriptions", browser.subscription(), author);
        assertEquals("idempotent: " + again, 201, again.status());
        assertEquals(1, api.get("/me/export", author).json().path("pushSubscriptions").size());

        String post = Posting.request(api, author, "Monter un meuble", at);
        String conversation = Posting.answer(api, post, helper);

        Pushed push = awaitPush(Duration.ofSeconds(60));
        assertEquals(browser.path(), push.path());
        assertEquals("aes128gcm", push.header("Content-Encoding"));
        assertEquals("high", push.header("Urgency"));
        assertTrue(push.header("TTL"), Integer.parseInt(push.header("TTL")) > 0);
        Matcher vapid = VAPID.matcher(push.header("Authorization"));
        assertTrue(push.header("Authorization"), vapid.matches());
        assertEquals("k is the published key", vapidKey, vapid.group(4));
        JsonNode header = JSON.readTree(base64Url(vapid.group(1)));
        assertEquals("ES256", header.path("alg").asText());
        Signature es256 = Signature.getInstance("SHA256withECDSAinP1363Format");
        es256.initVerify(platform);
        es256.update((vapid.group(1) + "." + vapid.group(2)).getBytes(StandardCharsets.US_ASCII));
        assertTrue("signed by the published key", es256.verify(base64Url(vapid.group(3))));
        JsonNode claims = JSON.readTree(base64Url(vapid.group(2)));
        assertEquals(origin, claims.path("aud").asText());
        long expiry = claims.path("exp").asLong();
        long now = Instant.now().getEpochSecond();
        assertTrue("exp " + expiry, expiry > now && expiry <= now + 24 * 3600);
        String subject = claims.path("sub").asText();
        assertTrue(subject, subject.startsWith("mailto:") || subject.startsWith("https://"));

        JsonNode message = JSON.readTree(browser.decrypt(push.body()));
        assertEquals("Quelqu'un répond à votre annonce", message.path("title").asText());
        assertTrue(message.toString(), message.path("body").asText().contains("Monter un meuble"));
        assertEquals("#/conversations/" + conversation, message.path("url").asText());
        assertFalse(message.path("tag").asText().isEmpty());
        // Nothing for the helper, who subscribed no browser; nothing twice for the author.
        assertNull(pushed.poll(12, TimeUnit.SECONDS));

        answer.set(410);
        write(conversation, helper, "Je peux venir samedi.");
        Pushed refused = awaitPush(Duration.ofSeconds(60));
        assertEquals(browser.path(), refused.path());
        Instant deadline = Instant.now().plusSeconds(30);
        while (api.get("/me/export", author).json().path("pushSubscriptions").size() > 0
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
        assertEquals("forgotten after 410", 0,
                api.get("/me/export", author).json().path("pushSubscriptions").size());

        answer.set(201);
        write(conversation, helper, "Ou dimanche, si vous préférez.");
        assertNull("a forgotten subscription is not pushed to again", pushed.poll(15, TimeUnit.SECONDS));
    }

    @Test
    public void aBadSubscriptionIsRefusedNamingTheFieldAndNothingIsStored() throws Exception {
        double[] at = freshArea();
        String resident = Residents.signedIn(api, Residents.uniqueEmail("push.bad"), at[0], at[1]);
        Browser browser = new Browser("http://push.example.net/push/1");

        Api.Reply plainHttp = api.post("/me/push-subscriptions", browser.subscription(), resident);
        assertProblem(plainHttp, Set.of("endpoint"));

        String shortKeys = "{\"endpoint\":\"https://push.example.net/push/2\",\"keys\":{\"p256dh\":\""
                + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(browser.publicKey, 64))
                + "\",\"auth\":\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[8]) + "\"}}";
        assertProblem(api.post("/me/push-subscriptions", shortKeys, resident), Set.of("keys.p256dh", "keys.auth"));

        String tooLong = new Browser("https://push.example.net/" + "x".repeat(1000)).subscription();
        assertProblem(api.post("/me/push-subscriptions", tooLong, resident), Set.of("endpoint"));
        assertProblem(api.post("/me/push-subscriptions", "{\"endpoint\":\"https://push.example.net/3\"}", resident),
                Set.of("keys.p256dh", "keys.auth"));

        assertEquals(0, api.get("/me/export", resident).json().path("pushSubscriptions").size());
        assertEquals(401, api.post("/me/push-subscriptions",
                new Browser("https://push.example.net/4").subscription()).status());
        Api.Reply noEndpoint = api.delete("/me/push-subscriptions", resident);
        assertEquals(noEndpoint.toString(), 400, noEndpoint.status());
    }

    @Test
    public void anEndpointMovesToTheAccountThatSubscribesItLastAndIsForgottenOnDelete() throws Exception {
        double[] at = freshArea();
        String first = Residents.signedIn(api, Residents.uniqueEmail("push.first"), at[0], at[1]);
        String second = Residents.signedIn(api, Residents.uniqueEmail("push.second"), at[0], at[1]);
        Browser browser = new Browser("https://push.example.net/shared/" + System.nanoTime());

        assertEquals(201, api.post("/me/push-subscriptions", browser.subscription(), first).status());
        assertEquals(201, api.post("/me/push-subscriptions", browser.subscription(), second).status());
        assertEquals(0, api.get("/me/export", first).json().path("pushSubscriptions").size());
        JsonNode theirs = api.get("/me/export", second).json().path("pushSubscriptions");
        assertEquals(1, theirs.size());
        assertEquals(browser.endpoint, theirs.get(0).path("endpoint").asText());

        String query = "/me/push-subscriptions?endpoint=" + URLEncoder.encode(browser.endpoint, StandardCharsets.UTF_8);
        assertEquals("not theirs: nothing happens", 204, api.delete(query, first).status());
        assertEquals(1, api.get("/me/export", second).json().path("pushSubscriptions").size());
        assertEquals(204, api.delete(query, second).status());
        assertEquals(0, api.get("/me/export", second).json().path("pushSubscriptions").size());
    }

    private static void assertProblem(Api.Reply reply, Set<String> fields) throws Exception {
        assertTrue(reply.toString(), reply.status() == 400 || reply.status() == 422);
        assertTrue(reply.toString(), reply.contentType().startsWith("application/problem+json"));
        Set<String> named = new HashSet<>();
        for (JsonNode error : reply.json().path("errors")) {
            named.add(error.path("field").asText());
        }
        assertEquals(reply.toString(), fields, named);
    }

    private Pushed awaitPush(Duration timeout) throws InterruptedException {
        Pushed push = pushed.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        assertNotNull("Nothing pushed within " + timeout, push);
        return push;
    }

    private void write(String conversation, String token, String text) throws Exception {
        Api.Reply sent = api.post("/conversations/" + conversation + "/messages", "{\"body\":\"" + text + "\"}",
                token);
        assertEquals(sent.toString(), 201, sent.status());
    }

    /** An area of its own in the Massif central, away from the other classes' posts. */
    private static double[] freshArea() {
        int slot = AREAS.getAndIncrement();
        return new double[] {45.0 + slot * 0.5, 2.5};
    }

    private static byte[] base64Url(String text) {
        return Base64.getUrlDecoder().decode(text);
    }

    private static ECParameterSpec p256() throws Exception {
        AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
        parameters.init(new ECGenParameterSpec("secp256r1"));
        return parameters.getParameterSpec(ECParameterSpec.class);
    }

    private static PublicKey publicKey(byte[] point) throws Exception {
        assertEquals(65, point.length);
        assertEquals(4, point[0]);
        ECPoint w = new ECPoint(new BigInteger(1, Arrays.copyOfRange(point, 1, 33)),
                new BigInteger(1, Arrays.copyOfRange(point, 33, 65)));
        return KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(w, p256()));
    }

    private static byte[] point(ECPublicKey key) {
        byte[] point = new byte[65];
        point[0] = 4;
        byte[] x = key.getW().getAffineX().toByteArray();
        byte[] y = key.getW().getAffineY().toByteArray();
        int xl = Math.min(x.length, 32);
        int yl = Math.min(y.length, 32);
        System.arraycopy(x, x.length - xl, point, 33 - xl, xl);
        System.arraycopy(y, y.length - yl, point, 65 - yl, yl);
        return point;
    }

    private static byte[] hkdf(byte[] salt, byte[] ikm, byte[] info, int length) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(salt, "HmacSHA256"));
        byte[] prk = mac.doFinal(ikm);
        mac.init(new SecretKeySpec(prk, "HmacSHA256"));
        mac.update(info);
        return Arrays.copyOf(mac.doFinal(new byte[] {1}), length);
    }

    /** A browser's push subscription: its own P-256 key pair and auth secret, and the push service's endpoint. */
    private static final class Browser {
        final String endpoint;
        final PrivateKey privateKey;
        final byte[] publicKey;
        final byte[] auth = new byte[16];

        Browser(String endpoint) throws Exception {
            this.endpoint = endpoint;
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(p256());
            KeyPair pair = generator.generateKeyPair();
            privateKey = pair.getPrivate();
            publicKey = point((ECPublicKey) pair.getPublic());
            RANDOM.nextBytes(auth);
        }

        String path() {
            return endpoint.substring(endpoint.indexOf("/push/"));
        }

        String subscription() {
            Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
            return "{\"endpoint\":\"" + endpoint + "\",\"expirationTime\":null,\"keys\":{\"p256dh\":\""
                    + encoder.encodeToString(publicKey) + "\",\"auth\":\"" + encoder.encodeToString(auth) + "\"}}";
        }

        /** RFC 8291 as a browser does it: the aes128gcm header, ECDH with the server's key, HKDF, AES-GCM. */
        byte[] decrypt(byte[] body) throws Exception {
            ByteBuffer in = ByteBuffer.wrap(body);
            byte[] salt = new byte[16];
            in.get(salt);
            int recordSize = in.getInt();
            byte[] serverKey = new byte[in.get() & 0xff];
            in.get(serverKey);
            byte[] record = new byte[in.remaining()];
            in.get(record);
            assertTrue("one record", record.length <= recordSize);
            KeyAgreement agreement = KeyAgreement.getInstance("ECDH");
            agreement.init(privateKey);
            agreement.doPhase(publicKey(serverKey), true);
            byte[] secret = agreement.generateSecret();
            byte[] label = "WebPush: info\0".getBytes(StandardCharsets.US_ASCII);
            byte[] info = ByteBuffer.allocate(label.length + 130).put(label).put(publicKey).put(serverKey).array();
            byte[] ikm = hkdf(auth, secret, info, 32);
            byte[] cek = hkdf(salt, ikm, "Content-Encoding: aes128gcm\0".getBytes(StandardCharsets.US_ASCII), 16);
            byte[] nonce = hkdf(salt, ikm, "Content-Encoding: nonce\0".getBytes(StandardCharsets.US_ASCII), 12);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(cek, "AES"), new GCMParameterSpec(128, nonce));
            byte[] padded = cipher.doFinal(record);
            int end = padded.length - 1;
            while (end > 0 && padded[end] == 0) {
                end--;
            }
            assertEquals("the last record's delimiter", 2, padded[end]);
            return Arrays.copyOf(padded, end);
        }
    }
}
