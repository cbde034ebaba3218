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

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.entraide.api.error.FieldError;
import org.junit.Test;

public class HelpsTest {

    private static Helps helps(Set<String> categories) {
        ActorsContext context = new ActorsContext(() -> null, () -> null, () -> null, () -> null, () -> null, Map.of());
        context.categoryKeys(() -> categories);
        return new Helps(context);
    }

    @Test
    public void knownCategoriesAreKeptInTheirOrderWithoutDuplicates() {
        List<FieldError> errors = new ArrayList<>();
        List<String> kept = helps(Set.of("errands", "diy", "pets")).check(Arrays.asList("pets", "errands", "pets"),
                errors);
        assertEquals(List.of(), errors);
        assertEquals(List.of("pets", "errands"), kept);
    }

    @Test
    public void nothingGivenChangesNothing() {
        List<FieldError> errors = new ArrayList<>();
        assertNull(helps(Set.of("errands")).check(null, errors));
        assertEquals(List.of(), helps(Set.of("errands")).check(List.of(), errors));
        assertTrue(errors.isEmpty());
    }

    @Test
    public void anUnknownOrMissingKeyIsRefusedNamingItsEntry() {
        List<FieldError> errors = new ArrayList<>();
        helps(Set.of("errands")).check(Arrays.asList("errands", "spaceships", null), errors);
        assertEquals(List.of("helpsWith[1]", "helpsWith[2]"),
                errors.stream().map(FieldError::field).collect(Collectors.toList()));
    }

    @Test
    public void withoutThePostsServiceNoCategoryIsKnown() {
        List<FieldError> errors = new ArrayList<>();
        helps(Set.of()).check(List.of("errands"), errors);
        assertEquals("helpsWith[0]", errors.get(0).field());
    }

    @Test
    public void atMostTwentyCategories() {
        Set<String> many = IntStream.range(0, 25).mapToObj(i -> "c" + i).collect(Collectors.toSet());
        List<FieldError> errors = new ArrayList<>();
        helps(many).check(List.copyOf(many), errors);
        assertEquals("helpsWith", errors.get(0).field());
    }
}
