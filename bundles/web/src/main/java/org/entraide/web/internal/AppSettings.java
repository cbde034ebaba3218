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

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The web application's settings, checked: what {@code /app-config.json} tells the browser and what the
 * Content-Security-Policy allows. A value that does not make sense falls back to its default.
 */
final class AppSettings {

    private static final Pattern ORIGIN = Pattern.compile("^(https?)://([^/?#]+)");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*\\}");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.*-]+(:[0-9]{1,5})?");

    private final String tileUrl;
    private final String tileAttribution;
    private final int tileMaxZoom;
    private final String defaultLanguage;
    private final double centreLat;
    private final double centreLon;
    private final int mapZoom;

    private AppSettings(String tileUrl, String tileAttribution, int tileMaxZoom, String defaultLanguage,
            double centreLat, double centreLon, int mapZoom) {
        this.tileUrl = tileUrl;
        this.tileAttribution = tileAttribution;
        this.tileMaxZoom = tileMaxZoom;
        this.defaultLanguage = defaultLanguage;
        this.centreLat = centreLat;
        this.centreLon = centreLon;
        this.mapZoom = mapZoom;
    }

    /** The interface language of a visitor whose browser states no language the app speaks: fr or en. */
    String defaultLanguage() {
        return defaultLanguage;
    }

    static AppSettings of(WebConfig config) {
        String tiles = config.tileUrl() == null ? "" : config.tileUrl().trim();
        if (tileOrigin(tiles) == null) {
            tiles = "";
        }
        String language = config.defaultLanguage() == null ? "fr"
                : config.defaultLanguage().trim().toLowerCase(Locale.ROOT);
        if (!"en".equals(language)) {
            language = "fr";
        }
        double lat = 46.6;
        double lon = 2.5;
        String[] centre = config.mapCentre() == null ? new String[0] : config.mapCentre().split(",");
        if (centre.length == 2) {
            try {
                double parsedLat = Double.parseDouble(centre[0].trim());
                double parsedLon = Double.parseDouble(centre[1].trim());
                if (Math.abs(parsedLat) <= 90 && Math.abs(parsedLon) <= 180) {
                    lat = parsedLat;
                    lon = parsedLon;
                }
            } catch (NumberFormatException ignored) {
                // the default centre stays
            }
        }
        int maxZoom = clamp(config.tileMaxZoom(), 1, 22, 19);
        return new AppSettings(tiles, config.tileAttribution() == null ? "" : config.tileAttribution().trim(),
                maxZoom, language, lat, lon, clamp(config.mapZoom(), 1, maxZoom, 5));
    }

    private static int clamp(int value, int lowest, int highest, int fallback) {
        return value < lowest || value > highest ? fallback : value;
    }

    /**
     * The CSP source of the tile server: scheme and host of the template, a {@code {s}} subdomain as a wildcard.
     *
     * @return {@code https://tile.example.org}, or {@code null} if the template is not an http(s) URL
     */
    static String tileOrigin(String template) {
        Matcher matcher = ORIGIN.matcher(template == null ? "" : template);
        if (!matcher.find()) {
            return null;
        }
        String host = PLACEHOLDER.matcher(matcher.group(2)).replaceAll("*");
        if (!HOST.matcher(host).matches() || host.indexOf('*', 1) >= 0) {
            return null;
        }
        return matcher.group(1) + "://" + host;
    }

    /** The policy of every response of the application: scripts and styles from the bundle only, no inline code. */
    String contentSecurityPolicy() {
        String tiles = tileOrigin(tileUrl);
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:"
                + (tiles == null ? "" : " " + tiles)
                + "; connect-src 'self'; font-src 'self'; manifest-src 'self'; worker-src 'self'; object-src 'none'; "
                + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    }

    /** What the browser needs, as JSON; nothing secret. */
    String toJson() {
        return "{\"tileUrl\":" + Json.string(tileUrl) + ",\"tileAttribution\":" + Json.string(tileAttribution)
                + ",\"tileMaxZoom\":" + tileMaxZoom + ",\"defaultLanguage\":" + Json.string(defaultLanguage)
                + ",\"languages\":[\"fr\",\"en\"],\"mapCentre\":{\"lat\":" + centreLat + ",\"lon\":" + centreLon
                + "},\"mapZoom\":" + mapZoom + ",\"apiBase\":\"/api/v1\"}";
    }
}
