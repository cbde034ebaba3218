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
package org.entraide.web.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.lang.annotation.Annotation;
import org.junit.Test;

public class AppSettingsTest {

    private static WebConfig config(String tileUrl, String attribution, String language, String centre) {
        return new WebConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return WebConfig.class;
            }

            @Override
            public String tileUrl() {
                return tileUrl;
            }

            @Override
            public String tileAttribution() {
                return attribution;
            }

            @Override
            public int tileMaxZoom() {
                return 19;
            }

            @Override
            public String defaultLanguage() {
                return language;
            }

            @Override
            public String mapCentre() {
                return centre;
            }

            @Override
            public int mapZoom() {
                return 5;
            }
        };
    }

    @Test
    public void thePolicyAllowsImagesFromTheTileHostAndNoInlineCode() {
        String csp = AppSettings.of(config("https://tile.openstreetmap.org/{z}/{x}/{y}.png", "OSM", "fr", "46,2"))
                .contentSecurityPolicy();

        assertTrue(csp, csp.contains("img-src 'self' data: https://tile.openstreetmap.org;"));
        assertTrue(csp, csp.contains("script-src 'self';"));
        assertTrue(csp, csp.contains("frame-ancestors 'none'"));
        assertFalse(csp, csp.contains("unsafe-inline"));
    }

    @Test
    public void aSubdomainPlaceholderBecomesAWildcard() {
        assertEquals("https://*.tile.example.org", AppSettings.tileOrigin("https://{s}.tile.example.org/{z}/{x}/{y}.png"));
        assertEquals("http://localhost:8080", AppSettings.tileOrigin("http://localhost:8080/tiles/{z}/{x}/{y}.png"));
        assertNull(AppSettings.tileOrigin("javascript:alert(1)"));
        assertNull(AppSettings.tileOrigin("https://a.{s}.example.org/{z}"));
        assertNull(AppSettings.tileOrigin("https://evil.org; script-src *"));
    }

    @Test
    public void theBrowserGetsEscapedJsonAndSaneDefaults() {
        String json = AppSettings.of(config("nonsense", "</script><b>\"x\"", "de", "abc")).toJson();

        assertTrue(json, json.contains("\"tileUrl\":\"\""));
        assertTrue(json, json.contains("\"tileAttribution\":\"\\u003c/script\\u003e\\u003cb\\u003e\\\"x\\\"\""));
        assertTrue(json, json.contains("\"defaultLanguage\":\"fr\""));
        assertTrue(json, json.contains("\"mapCentre\":{\"lat\":46.6,\"lon\":2.5}"));
    }
}
