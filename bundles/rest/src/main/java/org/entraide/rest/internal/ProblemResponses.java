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

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import javax.ws.rs.core.Response;
import org.entraide.api.error.FieldError;

/** Builds problem+json responses with titles in the caller's language. */
public final class ProblemResponses {

    private static final String BUNDLE = "org.entraide.rest.internal.problems";

    private ProblemResponses() {
    }

    public static Response of(Locale locale, ProblemType type, int status, String detail, List<FieldError> errors) {
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(problem(locale, type, status, detail, errors)).build();
    }

    public static Problem problem(Locale locale, ProblemType type, int status, String detail,
            List<FieldError> errors) {
        return new Problem(type.uri(), title(locale, type), status, detail, errors, locale.getLanguage());
    }

    static String title(Locale locale, ProblemType type) {
        return text(locale, type.titleKey());
    }

    /** A text of the problem message bundle in this language; its key when there is none. */
    static String text(Locale locale, String key) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale, ProblemResponses.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
