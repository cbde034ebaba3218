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

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedHashMap;
import org.junit.Test;

public class RenderedAnswersTest {

    record Answer(List<String> items) {
    }

    private final AtomicInteger encodings = new AtomicInteger();

    private Map<String, Object> view(Answer answer) {
        encodings.incrementAndGet();
        return Map.of("items", answer.items());
    }

    @Test
    public void theSameAnswerIsEncodedOnce() {
        RenderedAnswers rendered = new RenderedAnswers(16);
        Answer answer = new Answer(List.of("Courses à Vico", "Prêt d'échelle"));
        byte[] first = rendered.json(answer, () -> view(answer));
        byte[] second = rendered.json(answer, () -> view(answer));
        assertSame(first, second);
        assertEquals(1, encodings.get());
        assertEquals("{\"items\":[\"Courses à Vico\",\"Prêt d'échelle\"]}", new String(first, StandardCharsets.UTF_8));
    }

    @Test
    public void anEqualButDifferentAnswerIsEncodedAgain() {
        RenderedAnswers rendered = new RenderedAnswers(16);
        Answer answer = new Answer(List.of("a"));
        Answer equal = new Answer(List.of("a"));
        byte[] first = rendered.json(answer, () -> view(answer));
        byte[] second = rendered.json(equal, () -> view(equal));
        assertEquals(2, encodings.get());
        assertNotSame(first, second);
        assertArrayEquals(first, second);
    }

    @Test
    public void manyAnswersAreEachEncodedOnceAndRightForThemselves() {
        RenderedAnswers rendered = new RenderedAnswers(2000);
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            answers.add(new Answer(List.of("post " + i)));
        }
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < answers.size(); i++) {
                Answer answer = answers.get(i);
                assertEquals("{\"items\":[\"post " + i + "\"]}",
                        new String(rendered.json(answer, () -> view(answer)), StandardCharsets.UTF_8));
            }
        }
        assertEquals(1000, encodings.get());
    }

    @Test
    public void beyondItsCapacityItStartsAgainAndStaysRight() {
        RenderedAnswers rendered = new RenderedAnswers(2);
        Answer one = new Answer(List.of("one"));
        Answer two = new Answer(List.of("two"));
        Answer three = new Answer(List.of("three"));
        rendered.json(one, () -> view(one));
        rendered.json(two, () -> view(two));
        rendered.json(three, () -> view(three));
        assertTrue(rendered.size() <= 2);
        assertEquals("{\"items\":[\"one\"]}", new String(rendered.json(one, () -> view(one)), StandardCharsets.UTF_8));
        assertEquals("{\"items\":[\"three\"]}",
                new String(rendered.json(three, () -> view(three)), StandardCharsets.UTF_8));
        assertEquals(4, encodings.get());
    }

    record Item(String id, String title, double distanceKm, Instant createdAt, String beneficiary) {
    }

    @Test
    public void theBytesAreThoseTheApisJsonProviderWrites() throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", List.of(new Item("p1", "Prêt d'une échelle \u2014 « vite »", 2.5,
                Instant.parse("2026-12-01T09:30:00.123456Z"), null)));
        body.put("nextCursor", null);
        ByteArrayOutputStream provided = new ByteArrayOutputStream();
        JsonProvider.provider().writeTo(body, Map.class, Map.class, new Annotation[0], MediaType.APPLICATION_JSON_TYPE,
                new MultivaluedHashMap<>(), provided);
        Answer answer = new Answer(List.of());
        assertArrayEquals(provided.toByteArray(), new RenderedAnswers(4).json(answer, () -> body));
    }

    @Test(expected = IllegalArgumentException.class)
    public void aCapacityBelowOneIsRefused() {
        new RenderedAnswers(0);
    }
}
