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
package org.entraide.posts.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.entraide.api.error.FieldError;
import org.entraide.api.geo.GeoPoint;
import org.entraide.services.post.Category;
import org.entraide.services.post.PostKind;
import org.entraide.services.post.PostStatus;
import org.entraide.api.text.Texts;

/**
 * The rules of a post's fields, as configured: each check adds to {@code errors} a {@link FieldError} naming the
 * field and the rule it breaks, and returns the value to keep, or {@code null}.
 */
final class PostFields {

    private final List<Category> categories;
    private final int maxExpiryDays;

    PostFields(List<Category> categories, int maxExpiryDays) {
        this.categories = categories;
        this.maxExpiryDays = maxExpiryDays;
    }

    boolean isCategory(String key) {
        return categories.stream().anyMatch(c -> c.key().equals(key));
    }

    String category(String value, List<FieldError> errors) {
        if (value == null) {
            errors.add(FieldError.of("category", "required",
                    "est obligatoire : l'une des clés de catégorie configurées",
                    "is required: one of the configured category keys"));
            return null;
        }
        if (!isCategory(value)) {
            errors.add(FieldError.of("category", "not_a_category",
                    "n'est pas une catégorie : doit être l'une des clés de catégorie configurées",
                    "is not a category: must be one of the configured category keys"));
            return null;
        }
        return value;
    }

    /** An expiry more than an hour and at most the configured maximum of days after {@code now}. */
    Instant expiry(Instant requested, Instant now, List<FieldError> errors) {
        if (requested == null) {
            return null;
        }
        Instant latest = now.plus(Duration.ofDays(maxExpiryDays));
        if (!requested.isAfter(now.plus(Duration.ofHours(1))) || requested.isAfter(latest)) {
            errors.add(FieldError.of("expiresAt", "out_of_range",
                    "doit être entre une heure et " + maxExpiryDays + " jours à partir de maintenant",
                    "must be between an hour and " + maxExpiryDays + " days from now"));
            return null;
        }
        return requested;
    }

    static PostKind kind(String value, List<FieldError> errors) {
        if (value == null) {
            errors.add(FieldError.of("kind", "required", "est obligatoire : REQUEST ou OFFER",
                    "is required: REQUEST or OFFER"));
            return null;
        }
        try {
            return PostKind.valueOf(value);
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.of("kind", "not_a_choice", "doit valoir REQUEST ou OFFER",
                    "must be REQUEST or OFFER"));
            return null;
        }
    }

    /** The point of these coordinates, or null when one is missing or out of range. */
    static GeoPoint location(Double lat, Double lon, List<FieldError> errors) {
        if (lat == null || !Double.isFinite(lat) || lat < -90 || lat > 90) {
            errors.add(FieldError.of("location.lat", "out_of_range", "doit être un nombre de -90 à 90",
                    "must be a number from -90 to 90"));
        }
        if (lon == null || !Double.isFinite(lon) || lon < -180 || lon > 180) {
            errors.add(FieldError.of("location.lon", "out_of_range", "doit être un nombre de -180 à 180",
                    "must be a number from -180 to 180"));
        }
        return errors.stream().anyMatch(e -> e.field().startsWith("location.")) ? null : GeoPoint.of(lat, lon);
    }

    /** A status its author may set: not EXPIRED nor HIDDEN, not on a hidden post, OPEN only with a future expiry. */
    static PostStatus authorStatus(String value, PostEntity post, Instant newExpiry, Instant now,
            List<FieldError> errors) {
        PostStatus status;
        try {
            status = PostStatus.valueOf(value);
        } catch (IllegalArgumentException e) {
            errors.add(notAStatus());
            return null;
        }
        if (status == PostStatus.EXPIRED || status == PostStatus.HIDDEN) {
            errors.add(notAStatus());
            return null;
        }
        if (post.status == PostStatus.HIDDEN) {
            errors.add(FieldError.of("status", "hidden",
                    "une annonce masquée garde son statut jusqu'à ce qu'un modérateur la rétablisse",
                    "a hidden post keeps its status until a moderator restores it"));
            return null;
        }
        Instant expiry = newExpiry != null ? newExpiry : post.expiresAt;
        if (status == PostStatus.OPEN && !expiry.isAfter(now)) {
            errors.add(FieldError.of("expiresAt", "in_the_past", "doit être dans le futur pour rouvrir l'annonce",
                    "must be in the future to reopen the post"));
            return null;
        }
        return status;
    }

    private static FieldError notAStatus() {
        return FieldError.of("status", "not_a_choice", "doit valoir OPEN, FULFILLED ou CLOSED",
                "must be OPEN, FULFILLED or CLOSED");
    }

    /** The person a post is written for, who must have agreed to it; null for a post of one's own. */
    static String beneficiary(String name, Boolean consent, List<FieldError> errors) {
        if (name == null && consent == null) {
            return null;
        }
        String beneficiary = Texts.checkLine(name, "onBehalfOf.beneficiary", 1, PostRules.BENEFICIARY_MAX, true,
                errors);
        if (!Boolean.TRUE.equals(consent)) {
            errors.add(FieldError.of("onBehalfOf.consent", "consent_required",
                    "doit valoir true : la personne a accepté que cette annonce soit écrite pour elle",
                    "must be true: the person agreed to this post being written for them"));
        }
        return beneficiary;
    }
}
