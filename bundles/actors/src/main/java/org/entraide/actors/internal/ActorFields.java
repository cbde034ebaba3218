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
package org.entraide.actors.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.entraide.services.actor.ActorChanges;
import org.entraide.services.actor.Contact;
import org.entraide.services.actor.NewActor;
import org.entraide.api.error.FieldError;
import org.entraide.api.geo.GeoPoint;
import org.entraide.api.plugin.ActorContext;
import org.entraide.api.plugin.ActorType;
import org.entraide.api.plugin.Schemas;
import org.entraide.api.text.Texts;
import org.entraide.support.json.Attributes;

/**
 * An actor's fields checked and set on its entity: its name, description and address, its place and the cells
 * that index it, its contact, and the attributes its type defines. Refusals go to the caller's {@code errors},
 * in the order they are checked; a refused value may still be set, since nothing is saved with a refusal.
 */
final class ActorFields {

    private static final int NAME_MAX = 120;
    private static final int DESCRIPTION_MAX = 4000;

    /** The keys of the cells containing a point, one per level. */
    private final Function<GeoPoint, List<Long>> cells;

    ActorFields(Function<GeoPoint, List<Long>> cells) {
        this.cells = cells;
    }

    /** The fields of a new actor, all but its type and attributes. */
    void fill(ActorEntity entity, NewActor actor, List<FieldError> errors) {
        fill(entity, actor.name(), actor.description(), actor.lat(), actor.lon(), actor.address(), actor.contact(),
                errors);
    }

    /**
     * The fields a change names, all but the attributes; the others keep their values. The place moves only
     * when the change gives a coordinate, and then it must give both; a contact replaces the whole contact.
     */
    void change(ActorEntity current, ActorChanges changes, List<FieldError> errors) {
        fill(current, changes.name() == null ? current.name : changes.name(),
                changes.description() == null ? current.description : changes.description(),
                changes.lat() == null && changes.lon() == null ? Double.valueOf(current.lat) : changes.lat(),
                changes.lat() == null && changes.lon() == null ? Double.valueOf(current.lon) : changes.lon(),
                changes.address() == null ? current.address : changes.address(),
                changes.contact() == null ? new Contact(current.phone, current.email, current.website)
                        : changes.contact(), errors);
    }

    private void fill(ActorEntity entity, String name, String description, Double lat, Double lon, String address,
            Contact contact, List<FieldError> errors) {
        entity.name = Texts.checkLine(name, "name", 2, NAME_MAX, true, errors);
        entity.description = Texts.check(description, "description", 1, DESCRIPTION_MAX, false, errors);
        entity.address = Texts.checkLine(address, "address", 3, 300, false, errors);
        if (lat == null || !Double.isFinite(lat) || lat < -90 || lat > 90) {
            errors.add(FieldError.of("location.lat", "out_of_range", "doit être un nombre de -90 à 90",
                    "must be a number from -90 to 90"));
        } else if (lon == null || !Double.isFinite(lon) || lon < -180 || lon > 180) {
            errors.add(FieldError.of("location.lon", "out_of_range", "doit être un nombre de -180 à 180",
                    "must be a number from -180 to 180"));
        } else {
            entity.lat = lat;
            entity.lon = lon;
            List<Long> keys = cells.apply(GeoPoint.of(lat, lon));
            entity.cell0 = keys.get(0);
            entity.cell1 = keys.get(1);
            entity.cell2 = keys.get(2);
            entity.cell3 = keys.get(3);
        }
        Contact given = contact == null ? new Contact(null, null, null) : contact;
        entity.phone = Texts.checkLine(given.phone(), "contact.phone", 4, 40, false, errors);
        if (entity.phone != null && !entity.phone.matches("[+0-9 .()-]{4,40}")) {
            errors.add(FieldError.of("contact.phone", "not_a_phone", "doit être un numéro de téléphone",
                    "must be a phone number"));
        }
        entity.email = Texts.checkLine(given.email(), "contact.email", 3, 254, false, errors);
        if (entity.email != null && !entity.email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.add(FieldError.of("contact.email", "not_an_email", "doit être une adresse e-mail",
                    "must be an email address"));
        }
        entity.website = Texts.checkLine(given.website(), "contact.website", 8, 300, false, errors);
        if (entity.website != null && !entity.website.matches("https?://\\S+")) {
            errors.add(FieldError.of("contact.website", "not_a_url", "doit commencer par https:// ou http://",
                    "must start with https:// or http://"));
        }
    }

    /**
     * The attributes as stored: checked by the type's schema, then, only if they pass it, by the type itself at
     * the entity's place; refused when their JSON is too large.
     */
    static String attributes(ActorType type, Map<String, Object> given, ActorEntity entity, boolean creating,
            List<FieldError> errors) {
        int before = errors.size();
        Map<String, Object> checked = Schemas.check(type.fields(), given, "attributes.", errors);
        if (errors.size() == before) {
            type.validate(checked, new ActorContext(GeoPoint.of(entity.lat, entity.lon), creating), errors);
        }
        String json = Attributes.write(checked);
        if (json.length() > Attributes.MAX_JSON) {
            errors.add(FieldError.of("attributes", "too_large", "sont trop volumineux", "are too large"));
        }
        return json;
    }
}
