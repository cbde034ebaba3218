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
package org.entraide.operations.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.entraide.api.error.ConflictException;
import org.entraide.api.error.FieldError;
import org.entraide.api.error.ValidationException;
import org.entraide.api.geo.GeoPoint;
import org.entraide.services.operation.OperationChanges;
import org.entraide.api.plugin.FieldSpec;
import org.entraide.api.plugin.OperationContext;
import org.entraide.api.plugin.OperationType;
import org.entraide.api.plugin.ParticipationContext;
import org.entraide.api.plugin.Schemas;
import org.entraide.api.plugin.TypeChecks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What {@link OperationServiceImpl} decides without the database: the statuses an operation may take, its
 * dates and place, who may see it, when its attributes and participations are judged and by whom, and who hears
 * of a change. Field refusals go to the caller's {@code errors}, in the order they are checked.
 */
final class OperationRules {

    private static final Logger LOG = LoggerFactory.getLogger(OperationRules.class);

    static final String DRAFT = "DRAFT";
    static final String PUBLISHED = "PUBLISHED";
    static final String CLOSED = "CLOSED";

    /** The notification kinds of the participants of an operation that ends or changes place or dates. */
    static final String CLOSED_NOTICE = "operation.closed";
    static final String CHANGED_NOTICE = "operation.changed";

    private static final String ATTRIBUTES = "attributes.";

    private OperationRules() {
    }

    /** A new operation is PUBLISHED unless it asks to be a DRAFT; it cannot start CLOSED. */
    static String initialStatus(String asked, List<FieldError> errors) {
        String status = asked == null ? PUBLISHED : asked;
        if (!List.of(DRAFT, PUBLISHED).contains(status)) {
            errors.add(FieldError.of("status", "not_a_choice", "doit valoir DRAFT ou PUBLISHED",
                    "must be DRAFT or PUBLISHED"));
        }
        return status;
    }

    /** A change keeps the status unless it names one of DRAFT, PUBLISHED or CLOSED. */
    static String nextStatus(String current, String asked, List<FieldError> errors) {
        String status = asked == null ? current : asked;
        if (!List.of(DRAFT, PUBLISHED, CLOSED).contains(status)) {
            errors.add(FieldError.of("status", "not_a_choice", "doit valoir DRAFT, PUBLISHED ou CLOSED",
                    "must be DRAFT, PUBLISHED or CLOSED"));
        }
        return status;
    }

    /** Dates are optional, but an operation given both ends after it starts. */
    static void checkDates(Instant startsAt, Instant endsAt, List<FieldError> errors) {
        if (startsAt != null && endsAt != null && !endsAt.isAfter(startsAt)) {
            errors.add(FieldError.of("endsAt", "before_start", "doit être après startsAt", "must be after startsAt"));
        }
    }

    /** Only {@link OperationChanges#CLEARABLE} fields may be removed; the others are refused by name, sorted. */
    static void checkCleared(Set<String> cleared, List<FieldError> errors) {
        cleared.stream().filter(field -> !OperationChanges.CLEARABLE.contains(field)).sorted()
                .forEach(field -> errors.add(FieldError.of(field, "not_removable", "ne peut pas être retiré",
                        "cannot be removed")));
    }

    /**
     * The place given, or {@code fallback} when neither coordinate is; {@code null} (and a refusal) when a
     * coordinate is missing or off the globe.
     */
    static GeoPoint location(Double lat, Double lon, GeoPoint fallback, List<FieldError> errors) {
        if (lat == null && lon == null) {
            return fallback;
        }
        if (lat == null || !Double.isFinite(lat) || lat < -90 || lat > 90) {
            errors.add(FieldError.of("location.lat", "out_of_range", "doit être un nombre de -90 à 90",
                    "must be a number from -90 to 90"));
            return null;
        }
        if (lon == null || !Double.isFinite(lon) || lon < -180 || lon > 180) {
            errors.add(FieldError.of("location.lon", "out_of_range", "doit être un nombre de -180 à 180",
                    "must be a number from -180 to 180"));
            return null;
        }
        return GeoPoint.of(lat, lon);
    }

    /** A draft is seen by its actor's managers only, who are asked about only for a draft. */
    static boolean shown(String status, BooleanSupplier viewerManagesIt) {
        return !DRAFT.equals(status) || viewerManagesIt.getAsBoolean();
    }

    /** The operation's type, when it is installed; without it, the operation is read-only. */
    static OperationType installed(OperationType type) {
        if (type == null) {
            throw new ConflictException("This operation's type is not installed: it is read-only until it comes back.");
        }
        return type;
    }

    /** Participations are received by published operations only. */
    static void checkOpen(String status) {
        if (!PUBLISHED.equals(status)) {
            throw new ConflictException("This operation is not open to participations.");
        }
    }

    /** A manager accepts or declines a participation, nothing else. */
    static void checkDecision(String status) {
        if (!List.of("ACCEPTED", "DECLINED").contains(status)) {
            throw new ValidationException(FieldError.of("status", "not_a_choice", "doit valoir ACCEPTED ou DECLINED",
                    "must be ACCEPTED or DECLINED"));
        }
    }

    /**
     * Whether a change has the type judge the attributes again: when the operation moves (the type may judge
     * them by the place) or when they are replaced, never when the new place is refused.
     */
    static boolean rechecksAttributes(GeoPoint place, boolean moved, boolean attributesReplaced) {
        return place != null && (moved || attributesReplaced);
    }

    /** An operation's attributes checked by its type's schema, then, only if they pass it, by the type itself. */
    static Map<String, Object> checkedAttributes(OperationType type, Map<String, Object> attributes,
            OperationContext context, List<FieldError> errors) {
        int before = errors.size();
        Map<String, Object> checked = Schemas.check(type.fields(), attributes, ATTRIBUTES, errors);
        if (errors.size() == before) {
            type.validate(checked, context, errors);
        }
        return checked;
    }

    /**
     * A participation's attributes checked by the type's participation schema, then, only if they pass it, by
     * the type itself in a context that is only then looked up.
     */
    static Map<String, Object> checkedParticipation(OperationType type, Map<String, Object> operation,
            Map<String, Object> attributes, Supplier<ParticipationContext> context, List<FieldError> errors) {
        int before = errors.size();
        Map<String, Object> checked = Schemas.check(offeredParticipationFields(type, operation), attributes,
                ATTRIBUTES, errors);
        if (errors.size() == before) {
            type.validateParticipation(checked, context.get(), errors);
        }
        return checked;
    }

    /**
     * The participation fields one operation offers: the type's {@link OperationType#participationFieldsFor}, if
     * they are its participation fields narrowed ({@link TypeChecks#narrowingFault}); else, or if the type fails, all
     * of them, with a warning naming the type.
     */
    static List<FieldSpec> offeredParticipationFields(OperationType type, Map<String, Object> operation) {
        List<FieldSpec> all = type.participationFields();
        List<FieldSpec> offered;
        try {
            offered = type.participationFieldsFor(operation);
        } catch (RuntimeException e) {
            LOG.warn("Operation type {}: participationFieldsFor failed; all participation fields are offered",
                    type.key(), e);
            return all;
        }
        String fault = TypeChecks.narrowingFault(all, offered);
        if (fault != null) {
            LOG.warn("Operation type {}: participationFieldsFor {}; all participation fields are offered",
                    type.key(), fault);
            return all;
        }
        return offered;
    }

    /** The actor's followers hear of an operation when it becomes published, at its creation or later. */
    static boolean announced(String before, String after) {
        return PUBLISHED.equals(after) && !PUBLISHED.equals(before);
    }

    /**
     * What the participants hear of a change: that the operation closed; else, unless it is a draft, that it
     * moved or was rescheduled; else nothing ({@code null}).
     */
    static String participantNotice(String before, String after, boolean moved, boolean rescheduled) {
        if (CLOSED.equals(after) && !CLOSED.equals(before)) {
            return CLOSED_NOTICE;
        }
        return (moved || rescheduled) && !DRAFT.equals(after) ? CHANGED_NOTICE : null;
    }
}
