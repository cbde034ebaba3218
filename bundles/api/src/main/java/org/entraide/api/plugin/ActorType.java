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
 * A kind of local actor (association, producer, shop, collectivity...), contributed by a plugin bundle
 * as an OSGi service with the property {@value #TYPE_PROPERTY} equal to {@link #key()}.
 */
@ConsumerType
public interface ActorType {

    /** The service property carrying the type's key. */
    String TYPE_PROPERTY = "entraide.type";

    /** Stable key, lower case with dashes, such as {@code association}; stored with every actor. */
    String key();

    /** The type's name per language ({@code fr}, {@code en}). */
    Map<String, String> names();

    /** The attributes of actors of this type, in display order. */
    List<FieldSpec> fields();

    /**
     * Rules beyond the schema, called after core has checked {@link #fields()}: adds what is wrong to
     * {@code errors}, naming fields as {@code attributes.<name>}.
     *
     * @param attributes the checked attributes: TEXT as String, NUMBER as Double, BOOLEAN as Boolean,
     *        CHOICE as String, MULTI_CHOICE as List of String, DATE as String, WEEKLY_HOURS as Map, LOCATION
     *        as Map with lat and lon
     */
    default void validate(Map<String, Object> attributes, ActorContext context, List<FieldError> errors) {
    }
}
