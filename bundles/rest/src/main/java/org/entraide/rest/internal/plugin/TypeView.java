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
package org.entraide.rest.internal.plugin;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.entraide.api.plugin.ActorType;
import org.entraide.api.plugin.Choice;
import org.entraide.api.plugin.FieldSpec;
import org.entraide.api.plugin.OperationType;

/**
 * A type and its field schemas as clients render them: each label in the caller's language, and all
 * labels beside it, so that a generic form needs nothing else.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TypeView(String key, String label, Map<String, String> labels, List<FieldView> fields,
        List<FieldView> participationFields) {

    /** One field of a schema. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldView(String name, String kind, boolean required, String label, Map<String, String> labels,
            String help, Double min, Double max, Integer maxLength, String pattern, List<ChoiceView> choices) {
    }

    /** One accepted value of a choice field. */
    public record ChoiceView(String key, String label, Map<String, String> labels) {
    }

    /** An actor type, labelled in {@code language}; actors have no participation fields. */
    public static TypeView of(ActorType type, String language) {
        return new TypeView(type.key(), label(type.names(), language, type.key()), type.names(),
                fields(type.fields(), language), null);
    }

    /** An operation type with its participation fields, labelled in {@code language}. */
    public static TypeView of(OperationType type, String language) {
        return new TypeView(type.key(), label(type.names(), language, type.key()), type.names(),
                fields(type.fields(), language), fields(type.participationFields(), language));
    }

    /**
     * A schema as clients render it, labelled in {@code language}.
     *
     * @param fields the schema
     * @param language {@code fr} or {@code en}
     * @return one view per field, in order
     */
    public static List<FieldView> fields(List<FieldSpec> fields, String language) {
        return fields.stream().map(f -> new FieldView(f.name(), f.kind().name(), f.required(),
                label(f.labels(), language, f.name()), f.labels(), f.help().isEmpty() ? null
                        : label(f.help(), language, null), f.min(), f.max(), f.maxLength(), f.pattern(),
                f.choices().isEmpty() ? null : f.choices().stream().map(c -> choice(c, language))
                        .collect(Collectors.toList()))).collect(Collectors.toList());
    }

    private static ChoiceView choice(Choice choice, String language) {
        return new ChoiceView(choice.key(), label(choice.labels(), language, choice.key()), choice.labels());
    }

    private static String label(Map<String, String> labels, String language, String fallback) {
        return labels.getOrDefault(language, labels.getOrDefault("fr", fallback));
    }
}
