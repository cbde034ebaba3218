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
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.Test;

/**
 * The edges of HTTP: bodies over the limit whatever their encoding, answers that would be larger than the question,
 * requests Jetty refuses by itself (bad path, long URI, huge headers) and the security headers. Requests the JDK
 * client will not send are written on a raw socket.
 */
public class EdgesIT extends EntraideTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MIB = 1024 * 1024;

    @Test
    public void aChunkedBodyOverTheLimitIsRefusedWith413WithoutBeingReadWhole() throws Exception {
        String token = Residents.signedIn(api, Residents.uniqueEmail("edges-chunked"), ActorsIT.VICO[0],
                ActorsIT.VICO[1]);
        String start = "{\"type\":\"association\",\"name\":\"Gros\",\"description\":\"x\",\"location\":"
                + "{\"lat\":42.1675,\"lon\":8.7967},\"attributes\":{\"fieldOfAction\":\"solidarity\"";
        try (Socket socket = new Socket("localhost", port())) {
            socket.setSoTimeout(60_000);
            CompletableFuture<Raw> answer = CompletableFuture.supplyAsync(() -> {
                try {
                    return Raw.read(socket.getInputStream());
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/actors HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            chunk(out, start.getBytes(StandardCharsets.UTF_8));
            // Whitespace is valid JSON between tokens: only the byte count can stop this body. Up to 30 MiB are
            // offered; the server is expected to answer long before, and may close the connection meanwhile.
            byte[] spaces = " ".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
            long sent = 0;
            try {
                while (sent < 30L * MIB && !answer.isDone()) {
                    chunk(out, spaces);
                    sent += spaces.length;
                }
                chunk(out, "}}".getBytes(StandardCharsets.US_ASCII));
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException closed) {
                // The server stopped reading: what it answered is read below.
            }
            Raw raw = answer.get(60, TimeUnit.SECONDS);
            assertEquals(raw.toString(), 413, raw.status);
            assertTrue(raw.toString(), raw.contentType().startsWith("application/problem+json"));
            assertEquals(413, JSON.readTree(raw.body).path("status").asInt());
            assertTrue("stopped before the end: " + sent, sent < 30L * MIB);
        }
        assertEquals("the server keeps serving", 200, api.get("/health").status());
    }

    @Test
    public void thousandsOfUnknownAttributesAreAnsweredWithTwentyErrorsAndACount() throws Exception {
        String token = Residents.signedIn(api, Residents.uniqueEmail("edges-keys"), ActorsIT.VICO[0],
                ActorsIT.VICO[1]);
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("fieldOfAction", "solidarity");
        for (int i = 0; i < 5000; i++) {
            attributes.put("inconnu" + i, "x");
        }
        String body = ActorsIT.actor("association", "Bavarde", ActorsIT.VICO[0], ActorsIT.VICO[1],
                JSON.writeValueAsString(attributes));

        Api.Reply refused = api.post("/actors", body, token);

        JsonNode problem = assertProblem(refused, 422);
        assertEquals(20, problem.path("errors").size());
        assertTrue(problem.toString(), problem.path("errorsOmitted").asInt() >= 5000 - 20);
        assertTrue("a small answer: " + refused.body().length(), refused.body().length() < 8 * 1024);
    }

    @Test
    public void aNulInThePathIsA400Problem() throws Exception {
        Raw raw = Raw.send("GET /api/v1/posts/%00 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertRawProblem(raw, 400);
    }

    @Test
    public void aTenKilobyteUriIsA414Problem() throws Exception {
        Raw raw = Raw.send("GET /api/v1/health?q=" + "a".repeat(10 * 1024)
                + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertRawProblem(raw, 414);
    }

    @Test
    public void aHugeHeaderIsA431Problem() throws Exception {
        Raw raw = Raw.send("GET /api/v1/health HTTP/1.1\r\nHost: localhost\r\nX-Huge: " + "b".repeat(64 * 1024)
                + "\r\nConnection: close\r\n\r\n");

        assertRawProblem(raw, 431);
    }

    @Test
    public void unknownPathsAndWrongMethodsAreProblems() throws Exception {
        assertProblem(api.get("/nothing-here"), 404);
        assertProblem(api.delete("/health", null), 405);
        assertRawProblem(Raw.send("GET /api/nothing HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"),
                404);
        // The web application's own paths answer the same way.
        assertRawProblem(Raw.send("GET /nothing-here.js HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"),
                404);
        Raw posted = Raw.send("POST / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        assertRawProblem(posted, 405);
    }

    @Test
    public void noAnswerNamesTheServerSoftwareNorLetsBrowsersSniff() throws Exception {
        Raw health = Raw.send("GET /api/v1/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        Raw missing = Raw.send("GET /api/v1/posts/%00 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        for (Raw raw : new Raw[] {health, missing}) {
            assertFalse(raw.toString(), raw.headers.containsKey("server"));
            assertFalse(raw.toString(), raw.headers.containsKey("x-powered-by"));
            assertEquals(raw.toString(), "nosniff", raw.headers.get("x-content-type-options"));
        }
        assertEquals("nosniff", api.get("/nothing-here").header("X-Content-Type-Options").orElse(""));
        assertFalse(health.headers.getOrDefault("cache-control", "").contains("no-store"));
    }

    @Test
    public void answersAreGzippedForClientsThatAcceptItAndRequestBodiesAreNeverInflated() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        String root = "http://localhost:" + port();
        for (String path : new String[] {"/api/v1/categories", "/js/app.js", "/i18n/fr.json"}) {
            HttpResponse<byte[]> plain = client.send(HttpRequest.newBuilder(URI.create(root + path)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            HttpResponse<byte[]> zipped = client.send(HttpRequest.newBuilder(URI.create(root + path))
                    .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());

            assertEquals(path, 200, zipped.statusCode());
            assertEquals(path, "gzip", zipped.headers().firstValue("Content-Encoding").orElse(""));
            assertEquals(path, "Accept-Encoding", zipped.headers().firstValue("Vary").orElse(""));
            assertFalse(path, plain.headers().firstValue("Content-Encoding").isPresent());
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
                assertArrayEquals(path, plain.body(), in.readAllBytes());
            }
            assertTrue(path + ": " + zipped.body().length + " of " + plain.body().length,
                    zipped.body().length < plain.body().length);
        }

        // A gzip body is not unpacked by the server (it could expand far beyond the body limit): it is not JSON.
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (OutputStream gzip = new GZIPOutputStream(packed)) {
            gzip.write("{\"email\":\"nobody@example.fr\",\"password\":\"whatever-it-is\"}"
                    .getBytes(StandardCharsets.UTF_8));
        }
        Api.Reply refused = api.send(api.request("/sessions", null).header("Content-Type", "application/json")
                .header("Content-Encoding", "gzip").POST(HttpRequest.BodyPublishers.ofByteArray(packed.toByteArray()))
                .build());
        assertProblem(refused, 400);
    }

    @Test
    public void authenticatedAnswersAreNotStored() throws Exception {
        String token = Residents.signedIn(api, Residents.uniqueEmail("edges-cache"), ActorsIT.VICO[0],
                ActorsIT.VICO[1]);

        Api.Reply me = api.get("/me", token);
        Api.Reply feed = api.get("/feed", token);
        Api.Reply anonymous = api.get("/me");

        assertEquals(200, me.status());
        assertEquals("no-store", me.header("Cache-Control").orElse(""));
        assertEquals("nosniff", me.header("X-Content-Type-Options").orElse(""));
        assertEquals(feed.toString(), "no-store", feed.header("Cache-Control").orElse(""));
        assertEquals(401, anonymous.status());
        assertEquals("no-store", anonymous.header("Cache-Control").orElse(""));
    }

    @Test
    public void swaggerUiIsNeitherFramedNorAllowedForeignScripts() throws Exception {
        Api.Reply page = api.get("/api-docs/?url=/api/v1/openapi.json");

        assertEquals(200, page.status());
        String policy = page.header("Content-Security-Policy").orElse("");
        assertTrue(policy, policy.contains("frame-ancestors 'none'"));
        assertTrue(policy, policy.contains("script-src 'self'"));
        assertEquals("DENY", page.header("X-Frame-Options").orElse(""));
    }

    private static void assertRawProblem(Raw raw, int status) throws IOException {
        assertEquals(raw.toString(), status, raw.status);
        assertTrue(raw.toString(), raw.contentType().startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(raw.body);
        assertEquals(raw.toString(), status, problem.path("status").asInt());
        assertFalse(problem.path("title").asText().isEmpty());
        assertFalse(raw.body, raw.body.contains("\tat ") || raw.body.contains("Exception")
                || raw.body.contains("<html") || raw.body.contains("Jetty"));
    }

    private static void chunk(OutputStream out, byte[] bytes) throws IOException {
        out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    private static int port() {
        return Integer.parseInt(System.getProperty(HTTP_PORT));
    }

    /** An HTTP/1.1 answer read off a raw socket: status, headers (lower-case names) and body. */
    private static final class Raw {
        int status;
        final Map<String, String> headers = new LinkedHashMap<>();
        String body = "";

        static Raw send(String request) throws IOException {
            try (Socket socket = new Socket("localhost", port())) {
                socket.setSoTimeout(30_000);
                socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
                socket.getOutputStream().flush();
                return read(socket.getInputStream());
            }
        }

        /** Reads one answer: up to its Content-Length, or its chunks, or the end of the stream. */
        static Raw read(InputStream in) throws IOException {
            Raw raw = new Raw();
            String statusLine = line(in);
            raw.status = Integer.parseInt(statusLine.split(" ")[1]);
            for (String line = line(in); !line.isEmpty(); line = line(in)) {
                int colon = line.indexOf(':');
                raw.headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        line.substring(colon + 1).trim());
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            if (raw.headers.containsKey("content-length")) {
                body.write(in.readNBytes(Integer.parseInt(raw.headers.get("content-length"))));
            } else if ("chunked".equalsIgnoreCase(raw.headers.get("transfer-encoding"))) {
                for (int size = Integer.parseInt(line(in).trim(), 16); size > 0;
                        size = Integer.parseInt(line(in).trim(), 16)) {
                    body.write(in.readNBytes(size));
                    line(in);
                }
            } else {
                body.write(in.readAllBytes());
            }
            raw.body = body.toString(StandardCharsets.UTF_8);
            return raw;
        }

        private static String line(InputStream in) throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
                if (b != '\r') {
                    line.write(b);
                }
            }
            return line.toString(StandardCharsets.ISO_8859_1);
        }

        String contentType() {
            return headers.getOrDefault("content-type", "");
        }

        @Override
        public String toString() {
            return status + " " + headers + " " + (body.length() > 500 ? body.substring(0, 500) : body);
        }
    }
}
