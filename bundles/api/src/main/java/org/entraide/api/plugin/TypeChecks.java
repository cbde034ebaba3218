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

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What core checks when a type registers, before it lists it: a type with a fault is refused (logged, and named by
 * {@code GET /health} under {@code plugins.refused}) and the platform goes on without it. Partners may call it in
 * their tests: an empty list means core will accept the type.
 *
 * <p>A type needs a key of lower-case letters and digits in dash-separated words ({@code home-delivery}), names
 * in French and English, and fields that a form can render: each with a unique lower-camel-case name, a kind,
 * labels in French and English (and its help, when it has one), bounds with {@code min} not above {@code max}, a
 * positive {@code maxLength}, a {@code pattern} that compiles, and, for CHOICE and MULTI_CHOICE, at least one choice,
 * each with a unique key and labels in both languages.
 */
public final class TypeChecks {

    /** The languages every name, label and help must be given in. */
    public static final List<String> LANGUAGES = List.of("fr", "en");

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final int KEY_MAX = 40;
    private static final Pattern FIELD_NAME = Pattern.compile("[a-z][a-zA-Z0-9]*");

    private TypeChecks() {
    }

    /**
     * The faults of an actor type, in English, each naming what to fix; empty when core accepts it.
     *
     * @param type the type as its plugin registers it
     * @return the faults, in the order found
     */
    public static List<String> faults(ActorType type) {
        List<String> faults = new ArrayList<>();
        try {
            common(type.key(), type.names(), faults);
            fields("fields", type.fields(), faults);
        } catch (RuntimeException e) {
            faults.add("the type fails when asked for its definition: " + e);
        }
        return faults;
    }

    /**
     * The faults of an operation type, its participation fields included; empty when core accepts it.
     *
     * @param type the type as its plugin registers it
     * @return the faults, in the order found
     */
    public static List<String> faults(OperationType type) {
        List<String> faults = new ArrayList<>();
        try {
            common(type.key(), type.names(), faults);
            fields("fields", type.fields(), faults);
            fields("participationFields", type.participationFields(), faults);
        } catch (RuntimeException e) {
            faults.add("the type fails when asked for its definition: " + e);
        }
        return faults;
    }

    /**
     * The faults of a list of fields, each prefixed with {@code where} and the field's name.
     *
     * @param where what the list is, such as {@code fields}
     * @param fields the fields, which may be {@code null}
     * @param faults where the faults are added
     */
    public static void fields(String where, List<FieldSpec> fields, List<String> faults) {
        if (fields == null) {
            faults.add(where + " is null: give an empty list for none");
            return;
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < fields.size(); i++) {
            FieldSpec field = fields.get(i);
            if (field == null) {
                faults.add(where + "[" + i + "] is null");
                continue;
            }
            String at = where + " '" + field.name() + "'";
            if (field.name() == null || !FIELD_NAME.matcher(field.name()).matches()) {
                faults.add(at + ": the name must be lower camel case, such as openingHours");
            } else if (!names.add(field.name())) {
                faults.add(at + ": the name is given twice");
            }
            if (field.kind() == null) {
                faults.add(at + ": unknown kind (none given); one of " + List.of(FieldKind.values()));
            }
            languages(at + ": labels", field.labels(), faults);
            if (!field.help().isEmpty()) {
                languages(at + ": help", field.help(), faults);
            }
            bounds(at, field, faults);
            choices(at, field, faults);
        }
    }

    /**
     * Why the participation fields a type offers for one operation ({@link OperationType#participationFieldsFor}) are
     * not its participation fields narrowed, or {@code null} when they are: the same fields in the same order, with
     * the same names, kinds and required flags, each field's choices a non-empty part of the type's (and none where
     * the type has none). Core offers all the participation fields instead of a narrowing with a fault, so that a
     * plugin's mistake never offers a choice the type does not know, nor hides a field.
     *
     * @param all the type's participation fields
     * @param offered what the type offers for the operation, which may be {@code null}
     * @return the fault, in English, or {@code null}
     */
    public static String narrowingFault(List<FieldSpec> all, List<FieldSpec> offered) {
        if (offered == null || offered.size() != all.size()) {
            return "does not return the same fields as participationFields()";
        }
        for (int i = 0; i < all.size(); i++) {
            FieldSpec field = all.get(i);
            FieldSpec narrowed = offered.get(i);
            if (narrowed == null || !field.name().equals(narrowed.name()) || field.kind() != narrowed.kind()
                    || field.required() != narrowed.required()) {
                return "changes the field \"" + field.name() + "\" (name, kind or required)";
            }
            List<String> known = field.choices().stream().map(Choice::key).toList();
            List<String> kept = narrowed.choices().stream().map(Choice::key).toList();
            if (known.isEmpty() != kept.isEmpty() || !known.containsAll(kept)) {
                return "offers " + kept + " for \"" + field.name() + "\", not a non-empty part of " + known;
            }
        }
        return null;
    }

    private static void common(String key, Map<String, String> names, List<String> faults) {
        if (key == null || key.length() > KEY_MAX || !KEY.matcher(key).matches()) {
            faults.add("key '" + key + "': lower-case letters and digits in dash-separated words, at most " + KEY_MAX
                    + " characters, such as home-delivery");
        }
        languages("names", names, faults);
    }

    private static void languages(String what, Map<String, String> texts, List<String> faults) {
        for (String language : LANGUAGES) {
            String text = texts == null ? null : texts.get(language);
            if (text == null || text.isBlank()) {
                faults.add(what + " missing the language '" + language + "' (both " + LANGUAGES + " are required)");
            }
        }
    }

    private static void bounds(String at, FieldSpec field, List<String> faults) {
        if (field.min() != null && field.max() != null && field.min() > field.max()) {
            faults.add(at + ": min " + field.min() + " is above max " + field.max());
        }
        if (field.maxLength() != null && field.maxLength() <= 0) {
            faults.add(at + ": maxLength " + field.maxLength() + " must be above 0");
        }
        if (field.pattern() != null) {
            try {
                Pattern.compile(field.pattern());
            } catch (PatternSyntaxException e) {
                faults.add(at + ": the pattern does not compile: " + e.getDescription());
            }
        }
    }

    private static void choices(String at, FieldSpec field, List<String> faults) {
        boolean choice = field.kind() == FieldKind.CHOICE || field.kind() == FieldKind.MULTI_CHOICE;
        if (choice && field.choices().isEmpty()) {
            faults.add(at + ": a " + field.kind() + " field needs at least one choice");
        }
        Set<String> keys = new HashSet<>();
        for (Choice c : field.choices()) {
            if (c == null || c.key() == null || c.key().isBlank()) {
                faults.add(at + ": a choice has no key");
                continue;
            }
            if (!keys.add(c.key())) {
                faults.add(at + ": the choice '" + c.key() + "' is given twice");
            }
            languages(at + ": choice '" + c.key() + "' labels", c.labels(), faults);
        }
    }
}
