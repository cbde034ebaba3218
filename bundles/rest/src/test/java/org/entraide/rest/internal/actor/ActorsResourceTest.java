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
package org.entraide.rest.internal.actor;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entraide.services.actor.Actor;
import org.entraide.api.geo.GeoPoint;
import org.entraide.services.identity.Caller;
import org.junit.Test;

public class ActorsResourceTest {

    private static final Instant AT = Instant.parse("2026-12-07T09:30:00Z");

    @Test
    public void aVisitorSeesAnActorsPublicDataButNotWhoManagesIt() {
        Actor actor = new Actor("a1", "association", true, "Les Restos", "Aide alimentaire",
                GeoPoint.of(41.92, 8.74), "1 cours Napoléon", null, Map.of("rna", "W2A0001"), "VERIFIED",
                List.of("manager-1"), 3, 2.5, AT, AT, List.of("errands"), null, false);
        Actor seen = ActorsResource.asSeenBy(actor, null);
        assertTrue(seen.managerIds().isEmpty());
        assertEquals(actor.name(), seen.name());
        assertEquals(actor.address(), seen.address());
        assertEquals(actor.attributes(), seen.attributes());
        assertEquals(actor.distanceKm(), seen.distanceKm());
        assertEquals(actor.helpsWith(), seen.helpsWith());
        assertSame(actor, ActorsResource.asSeenBy(actor, new Caller("r", Set.of(), "fr", "s")));
    }
}
