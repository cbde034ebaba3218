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

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One attribute of an actor, an operation or a participation: what core checks before storing it,
 * and what a generic form needs to render it.
 *
 * @param name the attribute's key in {@code attributes}, lower camel case
 * @param kind the kind of value
 * @param required whether it must be given
 * @param labels the field's label per language ({@code fr}, {@code en})
 * @param help an optional hint per language, shown under the field; may be empty
 * @param min the smallest number (NUMBER) or fewest choices (MULTI_CHOICE), or {@code null}
 * @param max the largest number (NUMBER) or most choices (MULTI_CHOICE), or {@code null}
 * @param maxLength the longest text (TEXT), or {@code null} for core's limit of 2000
 * @param pattern a regular expression a TEXT value must match entirely, or {@code null}
 * @param choices the accepted values of CHOICE and MULTI_CHOICE, empty for other kinds
 */
public record FieldSpec(String name, FieldKind kind, boolean required, Map<String, String> labels,
        Map<String, String> help, Double min, Double max, Integer maxLength, String pattern, List<Choice> choices) {

    public FieldSpec {
        labels = Map.copyOf(labels);
        help = help == null ? Map.of() : Map.copyOf(help);
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    /** An optional field of this kind, labelled in French and English; refine it with the {@code with} methods. */
    public static FieldSpec of(String name, FieldKind kind, String french, String english) {
        return new FieldSpec(name, kind, false, Map.of("fr", french, "en", english), Map.of(), null, null, null,
                null, List.of());
    }

    public FieldSpec asRequired() {
        return new FieldSpec(name, kind, true, labels, help, min, max, maxLength, pattern, choices);
    }

    public FieldSpec withBounds(Double lowest, Double highest) {
        return new FieldSpec(name, kind, required, labels, help, lowest, highest, maxLength, pattern, choices);
    }

    public FieldSpec withMaxLength(int length) {
        return new FieldSpec(name, kind, required, labels, help, min, max, length, pattern, choices);
    }

    public FieldSpec withPattern(String regex) {
        return new FieldSpec(name, kind, required, labels, help, min, max, maxLength, regex, choices);
    }

    public FieldSpec withChoices(List<Choice> values) {
        return new FieldSpec(name, kind, required, labels, help, min, max, maxLength, pattern, values);
    }

    /**
     * This choice field narrowed to the given choice keys, in the field's own order: what one operation allows
     * among all the type knows (see {@link OperationType#participationFieldsFor}). A key the field does not know
     * is ignored; when none of the keys is known (or there are none), the field is returned unchanged, so that a
     * form never offers an empty choice.
     *
     * @param keys the choice keys to keep
     * @return the narrowed field, or this one
     * @since 1.1
     */
    public FieldSpec restrictedTo(Collection<String> keys) {
        List<Choice> kept = choices.stream().filter(c -> keys != null && keys.contains(c.key()))
                .collect(Collectors.toList());
        return kept.isEmpty() || kept.size() == choices.size() ? this : withChoices(kept);
    }

    public FieldSpec withHelp(String french, String english) {
        return new FieldSpec(name, kind, required, labels, Map.of("fr", french, "en", english), min, max, maxLength,
                pattern, choices);
    }
}
