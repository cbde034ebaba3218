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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import org.entraide.api.error.ConflictException;
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
}
