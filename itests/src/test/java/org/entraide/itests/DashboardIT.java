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

import static org.entraide.itests.PlatformIT.assertProblem;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.AfterClass;
import org.junit.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/**
 * The territory dashboard checked against a history built here, in a territory of its own (around Dijon, with
 * Chenôve, where no other test posts). Posts and responses cannot be back-dated through the API, so the test moves
 * the clock the posts bundle reads: it registers a {@link Clock} service with {@code entraide.clock=moved} (the
 * posts bundle and the dashboard follow it while it is there), sets it to chosen instants eight days ago while it
 * posts and answers, and unregisters it before reading the dashboard at the real time. Escalations are run with
 * {@code entraide:escalations-run --at}, as EscalationIT does.
 */
public class DashboardIT extends EntraideTestSupport {

    private static final String KEY = "itest-dijon";
    private static final double[] DIJON = {47.31667, 5.01667};
    private static final double[] CHENOVE = {47.29323, 5.00457};
    /** About 35 km south-west: outside the territory. */
    private static final double[] BEAUNE = {47.0260, 4.8400};
    private static final double[] STRASBOURG = {48.5734, 7.7521};
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A clock the test sets; the posts bundle reads it while it is registered. */
    static final class MovedClock extends Clock {
        private volatile Instant now;

        MovedClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @AfterClass
    public static void removeTerritory() throws Exception {
        Files.deleteIfExists(TerritoriesIT.territoryFile(KEY));
    }

    private static String week(Instant at) {
        LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
        return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
                day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private String post(String token, String kind, String title, double[] at) throws Exception {
        String body = "{\"kind\":\"" + kind + "\",\"category\":\"errands\",\"title\":\"" + title
                + "\",\"body\":\"Un coup de main serait le bienvenu.\",\"location\":{\"lat\":" + at[0]
                + ",\"lon\":" + at[1] + "}}";
        Api.Reply created = api.post("/posts", body, token);
        assertEquals(created.toString(), 201, created.status());
        return created.json().path("id").asText();
    }

    private String dashboard(String query, String token) throws Exception {
        Api.Reply reply = api.get("/territories/" + KEY + "/dashboard" + query, token);
        assertEquals(reply.toString(), 200, reply.status());
        assertTrue(reply.toString(), reply.contentType().startsWith("application/json"));
        return reply.body();
    }

    private String run(Instant at) throws Exception {
        String out = operator("entraide:escalations-run --at " + at);
        assertTrue(out, out.contains("escalation steps taken at"));
        return out;
    }

    @Test
    public void theDashboardCountsWhatHappenedInTheTerritory() throws Exception {
        String moderatorEmail = Residents.uniqueEmail("moderatrice-dijon");
        String moderator = Residents.signedIn(api, moderatorEmail, DIJON[0], DIJON[1]);
        TerritoriesIT.write(KEY, "name = Dijon metropole\nperimeter.lat = " + DIJON[0] + "\nperimeter.lon = "
                + DIJON[1] + "\nperimeter.radiusKm = 8\nmaxRadiusKm = 10\ndefaultRadiusKm = 5\n"
                + "moderators = " + moderatorEmail + "\n");
        TerritoriesIT.until(() -> KEY.equals(api.get("/radius-options?lat=" + DIJON[0] + "&lon=" + DIJON[1])
                .json().path("territory").path("key").asText("")));
        String a = Residents.signedIn(api, Residents.uniqueEmail("anne"), DIJON[0], DIJON[1]);
        String b = Residents.signedIn(api, Residents.uniqueEmail("bruno"), CHENOVE[0], CHENOVE[1]);
        String c = Residents.signedIn(api, Residents.uniqueEmail("chloe"), CHENOVE[0], CHENOVE[1]);
        String h = Residents.signedIn(api, Residents.uniqueEmail("hugo"), DIJON[0], DIJON[1]);
        String h2 = Residents.signedIn(api, Residents.uniqueEmail("hele"), DIJON[0], DIJON[1]);
        String outsider = Residents.signedIn(api, Residents.uniqueEmail("beaune"), BEAUNE[0], BEAUNE[1]);

        Api.Reply association = api.post("/actors", "{\"type\":\"association\",\"name\":\"Entraide dijonnaise\","
                + "\"description\":\"Solidarité\",\"location\":{\"lat\":" + DIJON[0] + ",\"lon\":" + DIJON[1]
                + "},\"attributes\":" + ActorsIT.ASSOCIATION + ",\"helpsWith\":[\"errands\"]}", a);
        assertEquals(association.toString(), 201, association.status());
        Api.Reply shop = api.post("/actors", ActorsIT.actor("shop", "Épicerie de Chenôve", CHENOVE[0], CHENOVE[1],
                ActorsIT.SHOP), b);
        assertEquals(shop.toString(), 201, shop.status());
        assertEquals(201, api.post("/actors", ActorsIT.actor("shop", "Épicerie de Beaune", BEAUNE[0], BEAUNE[1],
                ActorsIT.SHOP), outsider).status());
        Api.Reply delivery = api.post("/actors/" + shop.json().path("id").asText() + "/operations",
                OperationsIT.HOME_DELIVERY, b);
        assertEquals(delivery.toString(), 201, delivery.status());
        assertEquals(201, api.post("/operations/" + delivery.json().path("id").asText() + "/participations",
                OperationsIT.DELIVERY_REQUEST, h).status());

        Instant base = LocalDate.now(ZoneOffset.UTC).minusDays(8).atStartOfDay(ZoneOffset.UTC).toInstant()
                .plus(Duration.ofHours(8));
        MovedClock clock = new MovedClock(base);
        BundleContext context = FrameworkUtil.getBundle(DashboardIT.class).getBundleContext();
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put("entraide.clock", "moved");
        ServiceRegistration<Clock> moved = context.registerService(Clock.class, clock, properties);
        String r4;
        String r6;
        try {
            String r1 = post(a, "REQUEST", "Courses du lundi", DIJON);
            clock.set(base.plus(Duration.ofHours(1)));
            String r2 = post(b, "REQUEST", "Porter un colis", CHENOVE);
            clock.set(base.plus(Duration.ofMinutes(90)));
            Posting.answer(api, r2, h);
            clock.set(base.plus(Duration.ofHours(2)));
            Posting.answer(api, r1, h);
            post(outsider, "REQUEST", "Courses à Beaune", BEAUNE);
            clock.set(base.plus(Duration.ofHours(3)));
            String r3 = post(a, "REQUEST", "Changer une ampoule", DIJON);
            clock.set(base.plus(Duration.ofMinutes(210)));
            r4 = post(c, "REQUEST", "Sortir le chien", CHENOVE);
            clock.set(base.plus(Duration.ofHours(5)));
            post(a, "OFFER", "Je prête une perceuse", DIJON);
            clock.set(base.plus(Duration.ofHours(6)));
            post(b, "OFFER", "Je fais les courses le samedi", CHENOVE);
            clock.set(base.plus(Duration.ofHours(7)));
            String r8 = post(b, "REQUEST", "Arroser les plantes", CHENOVE);
            clock.set(base.plus(Duration.ofHours(11)));
            Posting.answer(api, r8, h);
            clock.set(base.plus(Duration.ofHours(28)));
            run(base.plus(Duration.ofHours(28)));
            clock.set(base.plus(Duration.ofHours(33)));
            Posting.answer(api, r3, h2);
            clock.set(Instant.now().minus(Duration.ofHours(30)).truncatedTo(ChronoUnit.SECONDS));
            r6 = post(c, "REQUEST", "Remplir un formulaire", CHENOVE);
        } finally {
            moved.unregister();
        }
        String r7 = post(a, "REQUEST", "Monter un meuble", DIJON);
        run(Instant.now());

        JsonNode served = JSON.readTree(dashboard("", moderator));
        System.out.println("DashboardIT: served " + served);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate from = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(11);
        assertEquals(KEY, served.path("territory").path("key").asText());
        assertEquals("Dijon metropole", served.path("territory").path("name").asText());
        assertEquals(from.toString(), served.path("from").asText());
        assertEquals(today.toString(), served.path("to").asText());
        assertEquals(JSON.readTree("{\"requests\":7,\"offers\":2}"), served.path("posts"));
        assertEquals(JSON.readTree("{\"count\":3,\"share\":" + (3 / 7d) + "}"), served.path("answeredWithin24h"));
        assertEquals("median of 0.5, 2, 4 and 30 h", 3.0, served.path("medianFirstResponseHours").asDouble(), 0);
        JsonNode unanswered = served.path("unanswered");
        assertEquals(3, unanswered.path("count").asInt());
        List<String> items = new ArrayList<>();
        for (JsonNode item : unanswered.path("items")) {
            items.add(item.path("id").asText() + ":" + item.path("escalationLevel").asText("none"));
            assertTrue(item.toString(), item.path("position").has("lat") && item.path("position").has("lon"));
            assertEquals("errands", item.path("category").asText());
        }
        assertEquals(List.of(r7 + ":none", r6 + ":ACTORS", r4 + ":MODERATORS"), items);
        assertTrue(unanswered.path("items").get(0).path("escalationLevel").isNull());
        assertEquals(JSON.readTree("{\"ACTORS\":{\"count\":3,\"answeredAfter\":1},"
                + "\"MODERATORS\":{\"count\":1,\"answeredAfter\":0}}"), served.path("escalations"));
        assertEquals(JSON.readTree("{\"total\":2,\"byType\":{\"association\":1,\"shop\":1}}"), served.path("actors"));
        assertEquals(JSON.readTree("{\"total\":1,\"byType\":{\"home-delivery\":1}}"), served.path("operations"));
        assertEquals(1, served.path("participations").asInt());
        assertEquals(6, served.path("residents").asInt());
        assertEquals(JSON.readTree("[{\"inseeCode\":\"21166\",\"name\":\"Chenôve\",\"requests\":4,\"offers\":1,"
                + "\"answeredWithin24h\":2,\"unanswered\":2,\"residents\":2},"
                + "{\"inseeCode\":\"21231\",\"name\":\"Dijon\",\"requests\":3,\"offers\":1,"
                + "\"answeredWithin24h\":1,\"unanswered\":1,\"residents\":4}]"), served.path("communes"));
        assertEquals(expectedWeeks(from, today, base, r6Created(served, r6), Instant.now()), served.path("weekly"));

        checkOnePeriod(moderator, base);
        checkCsv(moderator, served.path("weekly"));
        checkRights(a, base);
        checkShell(base);
    }

    /** When R6 was posted, as the dashboard lists it. */
    private static Instant r6Created(JsonNode served, String r6) {
        for (JsonNode item : served.path("unanswered").path("items")) {
            if (item.path("id").asText().equals(r6)) {
                return Instant.parse(item.path("createdAt").asText());
            }
        }
        throw new AssertionError("R6 is not listed");
    }

    /** The weeks: five requests, two offers and three answered within 24 h at the base, R6, R7 and a participation. */
    private static JsonNode expectedWeeks(LocalDate from, LocalDate today, Instant base, Instant r6, Instant now)
            throws Exception {
        Map<String, long[]> weeks = new TreeMap<>();
        for (LocalDate monday = from; !monday.isAfter(today); monday = monday.plusWeeks(1)) {
            weeks.put(monday.toString(), new long[4]);
        }
        Map<String, String> starts = new TreeMap<>();
        weeks.keySet().forEach(start -> starts.put(week(LocalDate.parse(start).atStartOfDay(ZoneOffset.UTC)
                .toInstant()), start));
        long[] atBase = weeks.get(starts.get(week(base)));
        atBase[0] += 5;
        atBase[1] += 2;
        atBase[2] += 3;
        weeks.get(starts.get(week(r6)))[0]++;
        weeks.get(starts.get(week(now)))[0]++;
        weeks.get(starts.get(week(now)))[3]++;
        ArrayNode rows = JSON.createArrayNode();
        weeks.forEach((start, n) -> {
            ObjectNode row = rows.addObject();
            row.put("week", week(LocalDate.parse(start).atStartOfDay(ZoneOffset.UTC).toInstant()));
            row.put("start", start);
            row.put("requests", n[0]);
            row.put("offers", n[1]);
            row.put("answeredWithin24h", n[2]);
            row.put("participations", n[3]);
        });
        assertEquals(12, rows.size());
        return JSON.readTree(rows.toString());
    }

    /** Only the base day: its posts and answers, none of the escalations (a day later) or participations. */
    private void checkOnePeriod(String moderator, Instant base) throws Exception {
        String day = LocalDate.ofInstant(base, ZoneOffset.UTC).toString();
        JsonNode served = JSON.readTree(dashboard("?from=" + day + "&to=" + day, moderator));
        assertEquals(day, served.path("from").asText());
        assertEquals(day, served.path("to").asText());
        assertEquals(JSON.readTree("{\"requests\":5,\"offers\":2}"), served.path("posts"));
        assertEquals(0.6, served.path("answeredWithin24h").path("share").asDouble(), 0);
        assertEquals(3.0, served.path("medianFirstResponseHours").asDouble(), 0);
        assertEquals("unanswered is now, whatever the period", 3, served.path("unanswered").path("count").asInt());
        assertEquals(0, served.path("escalations").path("ACTORS").path("count").asInt());
        assertEquals(0, served.path("participations").asInt());
        assertEquals(1, served.path("weekly").size());
        assertEquals(5, served.path("weekly").get(0).path("requests").asInt());
    }

    private void checkCsv(String moderator, JsonNode weekly) throws Exception {
        Api.Reply csv = api.send(api.request("/territories/" + KEY + "/dashboard", moderator)
                .header("Accept", "text/csv").GET().build());
        assertEquals(csv.toString(), 200, csv.status());
        assertEquals(csv.toString(), "text/csv;charset=utf-8",
                csv.contentType().toLowerCase(Locale.ROOT).replace(" ", ""));
        List<String> lines = csv.body().lines().toList();
        assertEquals("week,start,requests,offers,answered_within_24h,participations", lines.get(0));
        assertEquals(13, lines.size());
        for (int i = 0; i < 12; i++) {
            JsonNode w = weekly.get(i);
            assertEquals(w.path("week").asText() + "," + w.path("start").asText() + "," + w.path("requests").asInt()
                    + "," + w.path("offers").asInt() + "," + w.path("answeredWithin24h").asInt() + ","
                    + w.path("participations").asInt(), lines.get(i + 1));
        }
        assertProblem(api.send(api.request("/territories/" + KEY + "/dashboard?from=2026-02-30", moderator)
                .header("Accept", "text/csv").GET().build()), 400);
    }

    private void checkRights(String resident, Instant base) throws Exception {
        String email = Residents.uniqueEmail("plateforme");
        operator("entraide:account-create --name Plateforme --home " + STRASBOURG[0] + "," + STRASBOURG[1]
                + " --role MODERATOR --password \"" + Residents.PASSWORD + "\" " + email);
        String platform = Residents.token(api, email, Residents.PASSWORD);
        assertEquals(7, JSON.readTree(dashboard("", platform)).path("posts").path("requests").asInt());
        String path = "/territories/" + KEY + "/dashboard";
        assertProblem(api.get(path, resident), 403);
        assertProblem(api.get(path), 401);
        assertProblem(api.get("/territories/itest-nulle-part/dashboard", platform), 404);
        String day = LocalDate.ofInstant(base, ZoneOffset.UTC).toString();
        String before = LocalDate.ofInstant(base, ZoneOffset.UTC).minusDays(1).toString();
        JsonNode outOfOrder = assertProblem(api.get(path + "?from=" + day + "&to=" + before, platform), 400);
        assertEquals("from", outOfOrder.path("errors").path(0).path("field").asText());
        assertProblem(api.get(path + "?from=2026-13-01", platform), 400);
        assertProblem(api.get(path + "?to=hier", platform), 400);
        assertProblem(api.get(path + "?from=2024-01-01&to=2025-01-01", platform), 400);
        assertEquals(200, api.get(path + "?from=2025-01-01&to=2025-12-31", platform).status());
        assertProblem(api.get(path + "?from=" + day + "&to=" + before, resident), 403);
    }

    private void checkShell(Instant base) throws Exception {
        String stats = operator("entraide:territory-stats " + KEY);
        assertTrue(stats, stats.contains("Dashboard of Dijon metropole (" + KEY + "), "));
        assertTrue(stats, stats.matches("(?s).*Requests posted\\s+7\\R.*"));
        assertTrue(stats, stats.matches("(?s).*Offers posted\\s+2\\R.*"));
        assertTrue(stats, stats.matches("(?s).*Requests answered within 24 h\\s+3 \\(42\\.9 %\\).*"));
        assertTrue(stats, stats.matches("(?s).*Median time to first response\\s+3\\.00 h.*"));
        assertTrue(stats, stats.matches("(?s).*Requests unanswered now\\s+3\\R.*"));
        assertTrue(stats, stats.matches("(?s).*Escalations to ACTORS\\s+3 \\(answered after: 1\\).*"));
        assertTrue(stats, stats.matches("(?s).*Actors now\\s+2 \\(association 1, shop 1\\).*"));
        assertTrue(stats, stats.matches("(?s).*Residents now\\s+6\\R.*"));
        assertTrue(stats, stats.matches("(?s).*\\s21166\\s+4\\s+1\\s+2\\s+2\\s+2.*"));
        String day = LocalDate.ofInstant(base, ZoneOffset.UTC).toString();
        String one = operator("entraide:territory-stats --from " + day + " --to " + day + " " + KEY);
        assertTrue(one, one.matches("(?s).*Requests posted\\s+5\\R.*"));
        String refused = operator("entraide:territory-stats --from " + day + " --to 2020-01-01 " + KEY);
        assertTrue(refused, refused.contains("--from must not be after to"));
        assertFalse(refused, refused.contains("Requests posted"));
    }
}
