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
package org.entraide.services.post;

import java.util.Map;

/**
 * A category of help, from {@code etc/org.entraide.posts.cfg}.
 *
 * @param key stable identifier, such as {@code errands}
 * @param labels the label per language ({@code fr}, {@code en})
 */
public record Category(String key, Map<String, String> labels) {

    public Category {
        labels = Map.copyOf(labels);
    }

    /** The label in this language, French when there is none. */
    public String label(String language) {
        return labels.getOrDefault(language, labels.getOrDefault("fr", key));
    }
}
