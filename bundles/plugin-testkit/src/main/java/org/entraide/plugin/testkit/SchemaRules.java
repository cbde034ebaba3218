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
package org.entraide.plugin.testkit;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.entraide.api.plugin.Choice;
import org.entraide.api.plugin.FieldKind;
import org.entraide.api.plugin.FieldSpec;

/** What a type must be for core to register it and for the web app to render it; each problem says what to fix. */
final class SchemaRules {

    /** A type key: lower case words joined by dashes, as stored with every actor or operation. */
    static final Pattern KEY = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    /** A field name: what follows {@code attributes.} in a request and in an error. */
    static final Pattern FIELD_NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9_]*");
    /** The languages every text shown to people comes in. */
    static final List<String> LANGUAGES = List.of("fr", "en");

    private SchemaRules() {
    }

    static void key(String key, List<String> problems) {
        if (key == null || !KEY.matcher(key).matches()) {
            problems.add("key() is " + quoted(key) + ": return lower case words joined by dashes, such as"
                    + " \"solidarity-transport\"");
        }
    }

    static void names(Map<String, String> names, List<String> problems) {
        texts("names()", names, problems, "return Map.of(\"fr\", \"Transport solidaire\", \"en\", \"Solidarity"
                + " transport\")");
    }

    /** Every field of one list: {@code what} is the method that returns it, such as {@code fields()}. */
    static void fields(String what, List<FieldSpec> fields, List<String> problems) {
        if (fields == null) {
            problems.add(what + " is null: return List.of() when there is no field");
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < fields.size(); i++) {
            FieldSpec field = fields.get(i);
            if (field == null) {
                problems.add(what + " has null at position " + i + ": remove it");
                continue;
            }
            String name = what + " field " + quoted(field.name());
            if (field.name() == null || !FIELD_NAME.matcher(field.name()).matches()) {
                problems.add(name + ": name it with letters and digits, starting with a letter, such as"
                        + " \"seats\"");
            } else if (!seen.add(field.name())) {
                problems.add(name + " appears twice: give each field its own name");
            }
            field(name, field, problems);
        }
    }

    private static void field(String name, FieldSpec field, List<String> problems) {
        texts(name + " labels", field.labels(), problems, "build it with FieldSpec.of(name, kind, french, english)");
        if (!field.help().isEmpty()) {
            texts(name + " help", field.help(), problems, "call withHelp(french, english)");
        }
        FieldKind kind = field.kind();
        if (kind == null) {
            problems.add(name + " has no kind: give one of " + List.of(FieldKind.values()));
            return;
        }
        boolean choosing = kind == FieldKind.CHOICE || kind == FieldKind.MULTI_CHOICE;
        if (choosing) {
            choices(name, field.choices(), problems);
        } else if (!field.choices().isEmpty()) {
            problems.add(name + " is " + kind + " but has choices, which only CHOICE and MULTI_CHOICE use:"
                    + " remove withChoices(...) or change its kind");
        }
        boolean bounded = kind == FieldKind.NUMBER || kind == FieldKind.MULTI_CHOICE;
        if (!bounded && (field.min() != null || field.max() != null)) {
            problems.add(name + " is " + kind + " but has bounds, which only NUMBER and MULTI_CHOICE use:"
                    + " remove withBounds(...)");
        }
        if (field.min() != null && field.max() != null && field.min() > field.max()) {
            problems.add(name + " has min " + field.min() + " above max " + field.max()
                    + ": swap them in withBounds(min, max)");
        }
        if (kind == FieldKind.MULTI_CHOICE && field.min() != null && field.min() > field.choices().size()) {
            problems.add(name + " asks for at least " + field.min() + " values among " + field.choices().size()
                    + " choices: lower its min or add choices");
        }
        if (field.maxLength() != null && (kind != FieldKind.TEXT || field.maxLength() <= 0)) {
            problems.add(name + " has maxLength " + field.maxLength() + ": only a TEXT field has one, above 0");
        }
        if (field.pattern() != null) {
            pattern(name, kind, field.pattern(), problems);
        }
    }

    private static void choices(String name, List<Choice> choices, List<String> problems) {
        if (choices.isEmpty()) {
            problems.add(name + " offers no choice: call withChoices(Choice.of(key, french, english), ...)");
            return;
        }
        Set<String> keys = new HashSet<>();
        for (Choice choice : choices) {
            if (choice.key() == null || choice.key().isBlank()) {
                problems.add(name + " has a choice without a key: give each Choice.of a key such as \"market\"");
            } else if (!keys.add(choice.key())) {
                problems.add(name + " offers the choice " + quoted(choice.key()) + " twice: keep one");
            }
            texts(name + " choice " + quoted(choice.key()), choice.labels(), problems,
                    "build it with Choice.of(key, french, english)");
        }
    }

    private static void pattern(String name, FieldKind kind, String pattern, List<String> problems) {
        if (kind != FieldKind.TEXT) {
            problems.add(name + " is " + kind + " but has a pattern, which only TEXT uses: remove withPattern(...)");
            return;
        }
        try {
            Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            problems.add(name + " has a pattern that is not a regular expression (" + e.getDescription()
                    + "): fix withPattern(...)");
        }
    }

    /** A text in French and English, neither blank. */
    static void texts(String what, Map<String, String> texts, List<String> problems, String fix) {
        for (String language : LANGUAGES) {
            String text = texts == null ? null : texts.get(language);
            if (text == null || text.isBlank()) {
                problems.add(what + " has no " + (language.equals("fr") ? "French" : "English") + " text (\""
                        + language + "\"): " + fix);
            }
        }
    }

    static String quoted(Object value) {
        return value == null ? "null" : "\"" + value + "\"";
    }
}
