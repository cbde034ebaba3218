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
import org.entraide.api.error.FieldError;
import org.entraide.api.geo.GeoPoint;
import org.entraide.api.plugin.FieldSpec;
import org.entraide.api.plugin.OperationContext;
import org.entraide.api.plugin.OperationType;
import org.entraide.api.plugin.ParticipationContext;
import org.entraide.api.plugin.TypeChecks;

/**
 * Checks an operation type without a container, as core and the web app will use it:
 *
 * <pre>
 * OperationTypeCheck.of(new MyOperationType())
 *         .valid(Map.of("seats", 3))
 *         .invalid(Map.of("seats", 0), "seats", "out_of_range")
 *         .validParticipation(Map.of("seats", 3), Map.of("note", "Merci"), home)
 *         .invalidParticipation(Map.of("seats", 3), Map.of(), farAway, "home", "outside_area")
 *         .verify();
 * </pre>
 *
 * <p>{@link #of} checks the key, the names in French and English and both field schemas at once. An operation
 * sample goes through {@code Schemas.check} and the type's {@code validate}; a participation sample is checked
 * against the fields the type offers for that operation ({@code participationFieldsFor}, which must narrow as core
 * accepts), then by {@code validateParticipation}, with the operation {@linkplain #at placed} and the participant's
 * home given. {@link #verify()} fails with every problem found, each saying what to fix.
 */
public final class OperationTypeCheck extends TypeCheck<OperationTypeCheck> {

    private static final String ACTOR_TYPE = "association";

    private final OperationType type;

    private OperationTypeCheck(OperationType type) {
        super("Operation type " + SchemaRules.quoted(type.key()));
        this.type = type;
        SchemaRules.key(type.key(), problemList());
        SchemaRules.names(type.names(), problemList());
        SchemaRules.fields("fields()", type.fields(), problemList());
        SchemaRules.fields("participationFields()", type.participationFields(), problemList());
        registration(TypeChecks.faults(type));
    }

    /**
     * Starts checking a type: its key, names and schemas are checked at once.
     *
     * @param type the type, as its bundle would register it
     * @return the check
     */
    public static OperationTypeCheck of(OperationType type) {
        return new OperationTypeCheck(type);
    }

    /**
     * An operation's attributes the type must accept; the participation fields it offers for them are checked too.
     *
     * @param attributes as a client would send them
     * @return this check
     */
    public OperationTypeCheck valid(Map<String, Object> attributes) {
        String sample = sample("valid");
        Outcome outcome = operation(sample, attributes);
        if (expectAccepted(sample, outcome.errors())) {
            offered(sample, outcome.checked());
        }
        return this;
    }

    /**
     * An operation's attributes the type must refuse, with an error on that field and code.
     *
     * @param attributes as a client would send them
     * @param field the field refused, such as {@code seats} (or {@code attributes.seats})
     * @param code the error's code, such as {@code out_of_range}
     * @return this check
     */
    public OperationTypeCheck invalid(Map<String, Object> attributes, String field, String code) {
        String sample = sample("invalid");
        expectRefused(sample, operation(sample, attributes).errors(), field, code);
        return this;
    }

    /**
     * A participation the type must accept in an operation with these (valid) attributes.
     *
     * @param operation the operation's attributes
     * @param participation the participation's attributes, as a client would send them
     * @param home the participant's exact home, as core gives it to the type ({@code null} for none)
     * @return this check
     */
    public OperationTypeCheck validParticipation(Map<String, Object> operation, Map<String, Object> participation,
            GeoPoint home) {
        String sample = sample("validParticipation");
        List<FieldError> errors = participation(sample, operation, participation, home);
        if (errors != null) {
            expectAccepted(sample, errors);
        }
        return this;
    }

    /**
     * A participation the type must refuse, with an error on that field and code, in an operation with these
     * (valid) attributes.
     *
     * @param operation the operation's attributes
     * @param participation the participation's attributes, as a client would send them
     * @param home the participant's exact home, as core gives it to the type ({@code null} for none)
     * @param field the field refused, such as {@code home} or {@code seats}
     * @param code the error's code
     * @return this check
     */
    public OperationTypeCheck invalidParticipation(Map<String, Object> operation, Map<String, Object> participation,
            GeoPoint home, String field, String code) {
        String sample = sample("invalidParticipation");
        List<FieldError> errors = participation(sample, operation, participation, home);
        if (errors != null) {
            expectRefused(sample, errors, field, code);
        }
        return this;
    }

    private Outcome operation(String sample, Map<String, Object> attributes) {
        OperationContext context = new OperationContext(ACTOR_TYPE, location(), location());
        return run(sample, type.fields(), attributes, (checked, errors) -> type.validate(checked, context, errors));
    }

    /** The participation's errors, or null when the operation sample itself is refused (a problem then). */
    private List<FieldError> participation(String sample, Map<String, Object> operation,
            Map<String, Object> participation, GeoPoint home) {
        Outcome stored = operation(sample, operation);
        if (!stored.errors().isEmpty()) {
            problem(sample + ": its operation is refused: " + describe(stored.errors())
                    + ": give an operation the type accepts");
            return null;
        }
        List<FieldSpec> fields = offered(sample, stored.checked());
        ParticipationContext context = new ParticipationContext(stored.checked(), location(), location(), home);
        return run(sample, fields, participation,
                (checked, errors) -> type.validateParticipation(checked, context, errors)).errors();
    }

    /**
     * The participation fields offered for that operation; a narrowing core would refuse is a problem (core would
     * then offer every field, with a warning).
     */
    private List<FieldSpec> offered(String sample, Map<String, Object> operation) {
        List<FieldSpec> all = type.participationFields();
        List<FieldSpec> offered;
        try {
            offered = type.participationFieldsFor(operation);
        } catch (RuntimeException e) {
            problem(sample + ": participationFieldsFor threw " + e + ": return participationFields() when unsure");
            return all;
        }
        String fault = TypeChecks.narrowingFault(all, offered);
        if (fault != null) {
            problem(sample + ": participationFieldsFor(operation) " + fault
                    + ": narrow with field.restrictedTo(keys), keeping every field in order");
            return all;
        }
        return offered;
    }
}
