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

import java.util.List;
import java.util.Map;
import org.entraide.api.plugin.ActorContext;
import org.entraide.api.plugin.ActorType;
import org.entraide.api.plugin.TypeChecks;

/**
 * Checks an actor type without a container, as core and the web app will use it:
 *
 * <pre>
 * ActorTypeCheck.of(new MyActorType())
 *         .valid(Map.of("seats", 3))
 *         .invalid(Map.of("seats", 0), "seats", "out_of_range")
 *         .verify();
 * </pre>
 *
 * <p>{@link #of} checks the key, the names in French and English and the field schema at once; each sample is
 * checked by {@code Schemas.check} and then by the type's {@code validate}, as on the creation of an actor.
 * {@link #verify()} fails with every problem found, each saying what to fix.
 */
public final class ActorTypeCheck extends TypeCheck<ActorTypeCheck> {

    private final ActorType type;

    private ActorTypeCheck(ActorType type) {
        super("Actor type " + SchemaRules.quoted(type.key()));
        this.type = type;
        SchemaRules.key(type.key(), problemList());
        SchemaRules.names(type.names(), problemList());
        SchemaRules.fields("fields()", type.fields(), problemList());
        registration(TypeChecks.faults(type));
    }

    /**
     * Starts checking a type: its key, names and schema are checked at once.
     *
     * @param type the type, as its bundle would register it
     * @return the check
     */
    public static ActorTypeCheck of(ActorType type) {
        return new ActorTypeCheck(type);
    }

    /**
     * An actor's attributes the type must accept.
     *
     * @param attributes as a client would send them
     * @return this check
     */
    public ActorTypeCheck valid(Map<String, Object> attributes) {
        String sample = sample("valid");
        expectAccepted(sample, errors(sample, attributes));
        return this;
    }

    /**
     * An actor's attributes the type must refuse, with an error on that field and code.
     *
     * @param attributes as a client would send them
     * @param field the field refused, such as {@code seats} (or {@code attributes.seats})
     * @param code the error's code, such as {@code out_of_range}
     * @return this check
     */
    public ActorTypeCheck invalid(Map<String, Object> attributes, String field, String code) {
        String sample = sample("invalid");
        expectRefused(sample, errors(sample, attributes), field, code);
        return this;
    }

    private List<org.entraide.api.error.FieldError> errors(String sample, Map<String, Object> attributes) {
        ActorContext context = new ActorContext(location(), true);
        return run(sample, type.fields(), attributes, (checked, errors) -> type.validate(checked, context, errors))
                .errors();
    }
}
