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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.entraide.api.error.FieldError;
import org.entraide.services.post.Category;
import org.junit.Test;

/** The categories of an alert as given and as stored. */
public class AlertsTest {

    private static final List<Category> CATEGORIES = List.of(new Category("errands", Map.of()),
            new Category("diy", Map.of()), new Category("gardening", Map.of()));

    private final Alerts alerts = new Alerts(null, null, CATEGORIES);

    @Test
    public void noCategoryOrAnEmptyListMeansEveryCategory() {
        List<FieldError> errors = new ArrayList<>();

        assertNull(alerts.categories(null, errors));
        assertNull(alerts.categories(List.of(), errors));
        assertEquals(List.of(), errors);
        assertEquals(List.of(), Alerts.split(null));
    }

    @Test
    public void categoriesAreKeptInTheConfiguredOrderWithoutRepeats() {
        List<FieldError> errors = new ArrayList<>();

        String stored = alerts.categories(List.of("gardening", "errands", "gardening"), errors);

        assertEquals(List.of(), errors);
        assertEquals("errands gardening", stored);
        assertEquals(List.of("errands", "gardening"), Alerts.split(stored));
    }

    @Test
    public void eachUnknownCategoryIsNamedByItsPlaceInTheList() {
        List<FieldError> errors = new ArrayList<>();

        alerts.categories(Arrays.asList("diy", "nope", null), errors);

        assertEquals(List.of("categories[1]", "categories[2]"), errors.stream().map(FieldError::field)
                .collect(Collectors.toList()));
    }
}
