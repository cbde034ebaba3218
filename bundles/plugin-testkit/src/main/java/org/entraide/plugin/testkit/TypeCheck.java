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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.entraide.api.error.FieldError;
import org.entraide.api.geo.GeoPoint;
import org.entraide.api.plugin.FieldSpec;
import org.entraide.api.plugin.Schemas;

/**
 * What {@link ActorTypeCheck} and {@link OperationTypeCheck} share: the problems found so far, and how a sample of
 * attributes goes through {@link Schemas#check} and then the type's own rules, as core does.
 *
 * @param <C> the check itself, for chaining
 */
public abstract class TypeCheck<C extends TypeCheck<C>> {

    /** Where samples are placed unless {@link #at} says otherwise: Ajaccio. */
    public static final GeoPoint DEFAULT_LOCATION = GeoPoint.of(41.9192, 8.7386);

    /** The prefix core gives attribute errors, as in {@code attributes.seats}. */
    public static final String PREFIX = "attributes.";

    private final String subject;
    private final List<String> problems = new ArrayList<>();
    private GeoPoint location = DEFAULT_LOCATION;
    private int samples;

    TypeCheck(String subject) {
        this.subject = subject;
    }

    /** One rule call: the type's {@code validate} or {@code validateParticipation} on checked attributes. */
    interface Rule {
        void apply(Map<String, Object> checked, List<FieldError> errors);
    }

    /**
     * Places the samples that follow (the actor's and the operation's location in the rules' context).
     *
     * @param where the location
     * @return this check
     */
    public C at(GeoPoint where) {
        this.location = where;
        return self();
    }

    /**
     * Fails, with every problem found and what to fix, if there is any.
     *
     * @throws AssertionError listing the problems
     */
    public void verify() {
        if (!problems.isEmpty()) {
            String count = problems.size() + (problems.size() == 1 ? " problem" : " problems");
            throw new AssertionError(subject + ": " + count
                    + problems.stream().map(p -> "\n  - " + p).collect(Collectors.joining()));
        }
    }

    /**
     * The problems found so far, each saying what to fix; {@link #verify()} fails when there is one.
     *
     * @return the problems
     */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    @SuppressWarnings("unchecked")
    final C self() {
        return (C) this;
    }

    final GeoPoint location() {
        return location;
    }

    final void problem(String problem) {
        problems.add(problem);
    }

    /**
     * Core's own verdict at registration ({@link org.entraide.api.plugin.TypeChecks#faults}), so that a type this
     * kit passes is one core lists. The kit's checks above say more about what to fix; core's faults are added only
     * when they found nothing, so that one mistake is not reported twice.
     */
    final void registration(List<String> faults) {
        if (problems.isEmpty()) {
            faults.forEach(fault -> problem("core would refuse it at registration: " + fault));
        }
    }

    final List<String> problemList() {
        return problems;
    }

    /** A name for the next sample in messages, such as {@code sample 2 of valid(...)}. */
    final String sample(String method) {
        samples++;
        return "sample " + samples + " (" + method + ")";
    }

    /**
     * The sample through the schema then, if the schema accepts it, the rule: the errors of both, as core would
     * answer them; an exception from the rule is a problem. The rule's own errors must speak French and English.
     */
    final Outcome run(String sample, List<FieldSpec> fields, Map<String, Object> attributes, Rule rule) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Object> checked;
        try {
            checked = Schemas.check(fields, attributes, PREFIX, errors);
        } catch (RuntimeException e) {
            problem(sample + ": Schemas.check failed with " + e + ": fix the schema first");
            return new Outcome(Map.of(), errors);
        }
        if (!errors.isEmpty()) {
            return new Outcome(checked, errors);
        }
        try {
            rule.apply(checked, errors);
        } catch (RuntimeException e) {
            problem(sample + ": the type's rule threw " + e + ": a rule adds a FieldError to errors, it never throws"
                    + " (core would answer 500)");
            return new Outcome(checked, errors);
        }
        for (FieldError error : errors) {
            if (!error.messages().keySet().containsAll(SchemaRules.LANGUAGES)) {
                problem(sample + ": the rule's error on " + SchemaRules.quoted(error.field()) + " (\"" + error.message()
                        + "\") is not in French and English: build it with FieldError.of(field, code, french,"
                        + " english)");
            }
        }
        return new Outcome(checked, errors);
    }

    /** The attributes as core would store them, and the errors it would answer. */
    record Outcome(Map<String, Object> checked, List<FieldError> errors) {
    }

    /** Adds a problem unless there is no error. */
    final boolean expectAccepted(String sample, List<FieldError> errors) {
        if (!errors.isEmpty()) {
            problem(sample + " should be accepted but was refused: " + describe(errors)
                    + ": fix the sample, or the rule that refuses it");
            return false;
        }
        return true;
    }

    /** Adds a problem unless an error is on that field (with or without the prefix) with that code. */
    final void expectRefused(String sample, List<FieldError> errors, String field, String code) {
        boolean found = errors.stream().anyMatch(e -> (e.field().equals(field) || e.field().equals(PREFIX + field))
                && e.code().equals(code));
        if (!found) {
            problem(sample + " should be refused on " + SchemaRules.quoted(field) + " with the code "
                    + SchemaRules.quoted(code) + " but " + (errors.isEmpty() ? "was accepted"
                    : "got " + describe(errors)) + ": fix the sample, the expected field and code, or the rule");
        }
    }

    static String describe(List<FieldError> errors) {
        return errors.stream().map(e -> e.field() + " " + e.code() + " (\"" + e.message() + "\")")
                .collect(Collectors.joining(", ", "[", "]"));
    }
}
