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
package org.entraide.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import javax.inject.Inject;
import org.apache.karaf.features.FeaturesService;
import org.junit.Test;

/** Operators install and remove features at run time; the platform must come back whole. */
public class FeatureLifecycleIT extends EntraideTestSupport {

    @Inject
    private FeaturesService features;

    @Test
    public void uninstallingAndReinstallingTheCoreLeavesThePlatformHealthy() throws Exception {
        EnumSet<FeaturesService.Option> quiet = EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles);

        features.uninstallFeature("entraide-core", quiet);
        assertTrue("the API goes away with the core", awaitGone("/health", Duration.ofSeconds(30)));

        features.installFeature("entraide-core", quiet);
        awaitHealthy(Duration.ofSeconds(60));

        Api.Reply health = api.get("/health");
        assertEquals(200, health.status());
        assertEquals("UP", health.json().path("database").asText());
    }

    /** Whether the path stops answering: a 404, or no HTTP server at all once nothing else needs one. */
    private boolean awaitGone(String path, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (api.get(path).status() == 404) {
                    return true;
                }
            } catch (IOException refused) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }
}
