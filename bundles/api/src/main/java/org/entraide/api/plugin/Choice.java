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
package org.entraide.api.plugin;

import java.util.Map;

/**
 * One of the values a {@link FieldKind#CHOICE} or {@link FieldKind#MULTI_CHOICE} field accepts.
 *
 * @param key the stored value, stable
 * @param labels its label per language ({@code fr}, {@code en})
 */
public record Choice(String key, Map<String, String> labels) {

    public Choice {
        labels = Map.copyOf(labels);
    }

    public static Choice of(String key, String french, String english) {
        return new Choice(key, Map.of("fr", french, "en", english));
    }
}
