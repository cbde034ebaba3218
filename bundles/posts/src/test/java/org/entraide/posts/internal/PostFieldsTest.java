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

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.entraide.api.error.FieldError;
import org.entraide.services.post.Category;
import org.entraide.services.post.PostStatus;
import org.junit.Test;

/** The rules of a post's fields and the errors that name them. */
public class PostFieldsTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final PostFields FIELDS = new PostFields(List.of(new Category("diy", Map.of("en", "DIY"))), 90);

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).collect(Collectors.toList());
    }

    private static PostEntity post(PostStatus status, Instant expiresAt) {
        PostEntity post = new PostEntity();
        post.status = status;
        post.expiresAt = expiresAt;
        return post;
    }

    @Test
    public void aCategoryMustBeAConfiguredKeyAndItsErrorsNameTheRuleNotARoute() {
        List<FieldError> errors = new ArrayList<>();
        assertEquals("diy", FIELDS.category("diy", errors));
        assertNull(FIELDS.category("cooking", errors));
        assertNull(FIELDS.category(null, errors));
        assertEquals(List.of("category", "category"), fields(errors));
        assertTrue(errors.stream().allMatch(e -> e.message().contains("configured category keys")
                && !e.message().contains("GET")));
    }

    @Test
    public void anExpiryMustBeMoreThanAnHourAndAtMostTheMaximumOfDaysAway() {
        List<FieldError> errors = new ArrayList<>();
        Instant anHour = NOW.plus(Duration.ofHours(1));
        Instant latest = NOW.plus(Duration.ofDays(90));
        assertNull(FIELDS.expiry(anHour, NOW, errors));
        assertEquals(anHour.plusNanos(1000), FIELDS.expiry(anHour.plusNanos(1000), NOW, errors));
        assertEquals(latest, FIELDS.expiry(latest, NOW, errors));
        assertNull(FIELDS.expiry(latest.plusNanos(1000), NOW, errors));
        assertEquals(List.of("expiresAt", "expiresAt"), fields(errors));
        assertEquals("must be between an hour and 90 days from now", errors.get(0).message());
    }

    @Test
    public void anAuthorMayNeitherExpireNorHideNorChangeAHiddenPost() {
        List<FieldError> errors = new ArrayList<>();
        PostEntity open = post(PostStatus.OPEN, NOW.plusSeconds(3600));
        assertNull(PostFields.authorStatus("EXPIRED", open, null, NOW, errors));
        assertNull(PostFields.authorStatus("HIDDEN", open, null, NOW, errors));
        assertNull(PostFields.authorStatus("DONE", open, null, NOW, errors));
        assertNull(PostFields.authorStatus("CLOSED", post(PostStatus.HIDDEN, NOW.plusSeconds(3600)), null, NOW,
                errors));
        assertEquals(List.of("status", "status", "status", "status"), fields(errors));
        assertEquals(PostStatus.FULFILLED, PostFields.authorStatus("FULFILLED", open, null, NOW, errors));
    }

    @Test
    public void reopeningAPostNeedsAnExpiryInTheFuture() {
        List<FieldError> errors = new ArrayList<>();
        PostEntity lapsed = post(PostStatus.EXPIRED, NOW);
        assertNull(PostFields.authorStatus("OPEN", lapsed, null, NOW, errors));
        assertEquals(List.of("expiresAt"), fields(errors));
        Instant later = NOW.plus(Duration.ofDays(3));
        assertEquals(PostStatus.OPEN, PostFields.authorStatus("OPEN", lapsed, later, NOW, new ArrayList<>()));
    }

    @Test
    public void aPostForSomeoneElseNeedsTheirConsent() {
        List<FieldError> errors = new ArrayList<>();
        assertNull(PostFields.beneficiary(null, null, errors));
        assertTrue(errors.isEmpty());
        assertEquals("Mme Martin", PostFields.beneficiary("Mme Martin", false, errors));
        assertEquals(List.of("onBehalfOf.consent"), fields(errors));
        assertEquals("Mme Martin", PostFields.beneficiary("Mme Martin", true, new ArrayList<>()));
    }

    @Test
    public void aLocationNamesEachCoordinateOutOfRange() {
        List<FieldError> errors = new ArrayList<>();
        assertNull(PostFields.location(91.0, Double.NaN, errors));
        assertEquals(List.of("location.lat", "location.lon"), fields(errors));
        List<FieldError> none = new ArrayList<>();
        assertEquals(90.0, PostFields.location(90.0, -180.0, none).lat(), 0);
        assertNull(PostFields.location(null, 2.0, new ArrayList<>()));
    }
}
