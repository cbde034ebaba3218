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

import java.util.List;
import java.util.Map;
import org.entraide.api.error.FieldError;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A kind of operation an actor proposes to all (donation box, home delivery, intergenerational help...),
 * contributed by a plugin bundle as an OSGi service with the property {@value ActorType#TYPE_PROPERTY}
 * equal to {@link #key()}.
 */
@ConsumerType
public interface OperationType {

    /** Stable key, lower case with dashes, such as {@code home-delivery}; stored with every operation. */
    String key();

    /** The type's name per language ({@code fr}, {@code en}). */
    Map<String, String> names();

    /** The attributes of operations of this type, in display order. */
    List<FieldSpec> fields();

    /** The attributes of a participation in an operation of this type, in display order. */
    List<FieldSpec> participationFields();

    /**
     * The participation fields as offered for one operation: the type narrows their choices to what this
     * operation allows (only its delivery days, only the goods it delivers), so that a participation form offers
     * nothing the operation would then refuse. Core shows these with the operation and checks a participation
     * against them before {@link #validateParticipation}. They must be {@link #participationFields()} with the same
     * names, kinds and order, each choice list a non-empty subset of the type's (see
     * {@link FieldSpec#restrictedTo}); core falls back to {@link #participationFields()} otherwise, with a warning.
     * The default offers them unchanged.
     *
     * @param operationAttributes the operation's attributes, as checked and stored
     * @return the participation fields for that operation, in display order
     * @since 1.1
     */
    default List<FieldSpec> participationFieldsFor(Map<String, Object> operationAttributes) {
        return participationFields();
    }

    /** Rules beyond the schema for an operation; see {@link ActorType#validate}. */
    default void validate(Map<String, Object> attributes, OperationContext context, List<FieldError> errors) {
    }

    /**
     * Rules beyond the schema for a participation, such as a delivery radius the participant's home must
     * lie in. A refusal must not reveal private data: say "your home is outside the delivery area", never
     * by how much.
     */
    default void validateParticipation(Map<String, Object> attributes, ParticipationContext context,
            List<FieldError> errors) {
    }
}
