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
package org.entraide.api.error;

import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Base of the failures a service reports to its caller on purpose. Its message is meant for the
 * person who made the request: it never carries internal details. It may also be written in each language
 * Entraide speaks ({@link #message(String)}, since 1.2), for the REST layer to answer in the caller's.
 */
@ProviderType
public abstract class EntraideException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The message by language code ({@code fr}, {@code en}); empty when only {@link #getMessage()} exists. */
    private final Map<String, String> messages;

    protected EntraideException(String message) {
        super(message);
        this.messages = Map.of();
    }

    /**
     * A failure told in several languages (since 1.2). {@link #getMessage()}, what logs show, is the English one.
     *
     * @param messages the message by language code; must hold {@code en}
     */
    protected EntraideException(Map<String, String> messages) {
        super(messages.get("en"));
        this.messages = Map.copyOf(messages);
    }

    /**
     * The message in this language when the service wrote it in that language, else {@link #getMessage()}
     * (since 1.2).
     *
     * @param language a language code such as {@code fr}
     * @return the message for the person who made the request
     */
    public String message(String language) {
        return messages.getOrDefault(language, getMessage());
    }
}
