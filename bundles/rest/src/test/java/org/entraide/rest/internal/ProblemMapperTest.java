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

import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import com.fasterxml.jackson.databind.JsonNode;
import org.entraide.api.error.ConflictException;
import org.entraide.api.error.FieldError;
import org.entraide.api.error.ValidationException;
import org.entraide.api.error.RateLimitedException;
import org.junit.Test;

/** A failure written in several languages is answered in the caller's, French by default. */
public class ProblemMapperTest {

    private static final Map<String, String> TOLD = Map.of("fr", "Trop d'annonces.", "en", "Too many posts.");

    private static ProblemMapper mapper(Locale... accepted) throws ReflectiveOperationException {
        ProblemMapper mapper = new ProblemMapper();
        HttpHeaders headers = (HttpHeaders) Proxy.newProxyInstance(HttpHeaders.class.getClassLoader(),
                new Class<?>[] {HttpHeaders.class}, (proxy, method, args) -> {
                    if ("getAcceptableLanguages".equals(method.getName())) {
                        return List.of(accepted);
                    }
                    throw new AssertionError("unexpected call: " + method.getName());
                });
        Field field = ProblemMapper.class.getDeclaredField("headers");
        field.setAccessible(true);
        field.set(mapper, headers);
        return mapper;
    }

    private static String detail(Response response) {
        return ((Problem) response.getEntity()).getDetail();
    }

    @Test
    public void aRateLimitIsToldInTheCallersLanguageWithItsWait() throws ReflectiveOperationException {
        Response french = mapper().toResponse(new RateLimitedException(TOLD, 42));
        Response english = mapper(Locale.forLanguageTag("de"), Locale.ENGLISH)
                .toResponse(new RateLimitedException(TOLD, 42));

        assertEquals(429, french.getStatus());
        assertEquals("42", String.valueOf(french.getHeaderString(HttpHeaders.RETRY_AFTER)));
        assertEquals("Trop d'annonces.", detail(french));
        assertEquals("Too many posts.", detail(english));
        assertEquals("Too many attempts", ((Problem) english.getEntity()).getTitle());
    }

    @Test
    public void aConflictIsToo() throws ReflectiveOperationException {
        assertEquals(409, mapper(Locale.ENGLISH).toResponse(new ConflictException(TOLD)).getStatus());
        assertEquals("Trop d'annonces.", detail(mapper(Locale.FRENCH).toResponse(new ConflictException(TOLD))));
    }

    @Test
    public void aFailureWrittenOnceIsAnsweredAsWritten() throws ReflectiveOperationException {
        assertEquals("Only once.", detail(mapper(Locale.ENGLISH).toResponse(new ConflictException("Only once."))));
        assertEquals("Only once.", detail(mapper().toResponse(new ConflictException("Only once."))));
    }

    private static final ValidationException REFUSED = new ValidationException(List.of(
            FieldError.of("title", "too_long", "doit contenir au plus 120 caractères",
                    "must be at most 120 characters"),
            new FieldError("legacy", "is wrong")));

    private static JsonNode json(Response response) throws Exception {
        return JsonProvider.shared().readTree(JsonProvider.shared().writeValueAsBytes(response.getEntity()));
    }

    @Test
    public void fieldErrorsAreCodedAndInFrenchByDefault() throws Exception {
        JsonNode french = json(mapper().toResponse(REFUSED));

        assertEquals(2, french.path("errors").size());
        JsonNode title = french.path("errors").get(0);
        List<String> names = new ArrayList<>();
        title.fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("field", "code", "message"), names);
        assertEquals("title", title.path("field").asText());
        assertEquals("too_long", title.path("code").asText());
        assertEquals("doit contenir au plus 120 caractères", title.path("message").asText());
        assertEquals("title: doit contenir au plus 120 caractères", french.path("detail").asText());
        assertEquals("invalid", french.path("errors").get(1).path("code").asText());
        assertEquals("is wrong", french.path("errors").get(1).path("message").asText());
    }

    @Test
    public void fieldErrorsFollowAcceptLanguage() throws Exception {
        JsonNode english = json(mapper(Locale.ENGLISH).toResponse(REFUSED));

        JsonNode title = english.path("errors").get(0);
        assertEquals("too_long", title.path("code").asText());
        assertEquals("must be at most 120 characters", title.path("message").asText());
        assertEquals("title: must be at most 120 characters", english.path("detail").asText());
    }

    @Test
    public void longMessagesAreStillShortened() throws Exception {
        String french = "é".repeat(1000);
        JsonNode read = json(mapper().toResponse(new ValidationException(FieldError.of("t", "pattern", french, "x"))));

        assertEquals(Problem.MAX_TEXT + 1, read.path("errors").get(0).path("message").asText().length());
    }
}
