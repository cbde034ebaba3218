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
package org.entraide.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.entraide.api.error.FieldError;
import org.junit.Test;

/** The body limit counted on the stream, the cap on listed errors, and Jetty's errors as problems. */
public class EdgesTest {

    /** A stream of {@code size} spaces that counts how many bytes were asked of it. */
    private static final class Spaces extends InputStream {
        private final long size;
        private long given;

        Spaces(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (given >= size) {
                return -1;
            }
            given++;
            return ' ';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (given >= size) {
                return -1;
            }
            int n = (int) Math.min(length, size - given);
            Arrays.fill(buffer, offset, offset + n, (byte) ' ');
            given += n;
            return n;
        }
    }

    @Test
    public void aBodyAtTheLimitIsReadWhole() throws IOException {
        Spaces body = new Spaces(BodySizeFilter.MAX_BODY_BYTES);
        try (InputStream bounded = new BodySizeFilter.Bounded(body, BodySizeFilter.MAX_BODY_BYTES, () -> { })) {
            assertEquals((long) BodySizeFilter.MAX_BODY_BYTES, bounded.transferTo(OutputStream.nullOutputStream()));
        }
    }

    @Test
    public void oneByteOverTheLimitStopsTheReadingThere() throws IOException {
        Spaces body = new Spaces(30L * 1024 * 1024);
        try (InputStream bounded = new BodySizeFilter.Bounded(body, BodySizeFilter.MAX_BODY_BYTES, () -> { })) {
            bounded.transferTo(OutputStream.nullOutputStream());
            fail("read past the limit");
        } catch (BodySizeFilter.TooLarge expected) {
            assertEquals(413, expected.getResponse().getStatus());
        }
        assertEquals("not one byte more than needed to know", BodySizeFilter.MAX_BODY_BYTES + 1L, body.given);
    }

    @Test
    public void singleByteReadsAreCountedToo() throws IOException {
        try (InputStream bounded = new BodySizeFilter.Bounded(new ByteArrayInputStream(new byte[4]), 3, () -> { })) {
            for (int i = 0; i < 3; i++) {
                assertEquals(0, bounded.read());
            }
            try {
                bounded.read();
                fail("read past the limit");
            } catch (BodySizeFilter.TooLarge expected) {
                assertEquals(413, expected.getResponse().getStatus());
            }
        }
    }

    @Test
    public void twentyErrorsAreListedThenACount() throws Exception {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < 350_047; i++) {
            errors.add(new FieldError("attributes.k" + i, "is not an attribute of this type"));
        }

        Problem problem = ProblemResponses.problem(Locale.FRENCH, ProblemType.VALIDATION, 422, "attributes.k0", errors);
        byte[] json = JsonProvider.shared().writeValueAsBytes(problem);

        JsonNode read = JsonProvider.shared().readTree(json);
        assertEquals(Problem.MAX_ERRORS, read.path("errors").size());
        assertEquals("attributes.k19", read.path("errors").get(19).path("field").asText());
        assertEquals(350_047 - Problem.MAX_ERRORS, read.path(Problem.ERRORS_OMITTED).asInt());
        assertTrue(json.length + " bytes", json.length < 4096);
    }

    @Test
    public void fewErrorsAreAllListedWithoutACount() throws Exception {
        Problem problem = ProblemResponses.problem(Locale.FRENCH, ProblemType.VALIDATION, 422, "d",
                List.of(new FieldError("title", "is required")));

        JsonNode read = JsonProvider.shared().readTree(JsonProvider.shared().writeValueAsBytes(problem));
        assertEquals(1, read.path("errors").size());
        assertFalse(read.has(Problem.ERRORS_OMITTED));
    }

    @Test
    public void aHugeKeyIsNotEchoedWhole() throws Exception {
        String key = "attributes." + "k".repeat(1_000_000);
        Problem problem = ProblemResponses.problem(Locale.FRENCH, ProblemType.VALIDATION, 422,
                key + ": is not an attribute of this type", List.of(new FieldError(key, "unknown")));

        byte[] json = JsonProvider.shared().writeValueAsBytes(problem);

        assertTrue(json.length + " bytes", json.length < 4096);
    }

    @Test
    public void jettysOwnErrorsAreProblems() throws Exception {
        for (int status : new int[] {400, 404, 405, 413, 414, 431, 500}) {
            JsonNode read = JsonProvider.shared().readTree(JettyProblems.body(status, "Bad URI"));
            assertEquals(status, read.path("status").asInt());
            assertTrue(read.path("type").asText().startsWith("urn:entraide:problem:"));
            assertFalse(read.path("title").asText().isEmpty());
        }
        JsonNode uri = JsonProvider.shared().readTree(JettyProblems.body(414, null));
        assertEquals("urn:entraide:problem:uri-too-long", uri.path("type").asText());
        assertEquals("Adresse trop longue", uri.path("title").asText());
        String trace = new String(JettyProblems.body(500, "java.lang.NullPointerException\n\tat x"),
                StandardCharsets.UTF_8);
        assertFalse(trace, trace.contains("NullPointer"));
    }

    @Test
    public void hstsOnlyForAnHttpsBaseUrl() {
        assertTrue(new SecurityHeadersFilter("https://entraide.example.org").hsts());
        assertTrue(new SecurityHeadersFilter(" HTTPS://Entraide.example.org ").hsts());
        assertFalse(new SecurityHeadersFilter("http://localhost:8181").hsts());
        assertFalse(new SecurityHeadersFilter("").hsts());
        assertTrue(SecurityHeadersFilter.SWAGGER_UI_CSP.contains("frame-ancestors 'none'"));
    }
}
