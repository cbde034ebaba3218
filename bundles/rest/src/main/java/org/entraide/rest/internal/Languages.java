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
import javax.ws.rs.core.HttpHeaders;

/** The languages Entraide speaks: French first, English too. */
public final class Languages {

    public static final Locale FRENCH = Locale.FRENCH;
    public static final Locale ENGLISH = Locale.ENGLISH;

    private Languages() {
    }

    /** The first of the caller's {@code Accept-Language} that Entraide speaks, else French. */
    public static Locale preferred(HttpHeaders headers) {
        if (headers == null) {
            return FRENCH;
        }
        List<Locale> accepted;
        try {
            accepted = headers.getAcceptableLanguages();
        } catch (RuntimeException unreadableHeader) {
            return FRENCH;
        }
        for (Locale locale : accepted) {
            String language = locale.getLanguage();
            if ("fr".equals(language)) {
                return FRENCH;
            }
            if ("en".equals(language)) {
                return ENGLISH;
            }
        }
        return FRENCH;
    }
}
