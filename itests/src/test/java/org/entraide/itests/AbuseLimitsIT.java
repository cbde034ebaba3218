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
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Abuse limits (issue 17): posts a day, responses an hour, messages a minute and reports a day per account, lower
 * for accounts younger than a day, accounts per client address an hour, and the same post twice within a day. Each
 * limit is counted exactly (N allowed, the next refused with 429, {@code Retry-After} and a detail in the caller's
 * language), and nothing is written on refusal. The suite runs with the limits far up ({@link
 * EntraideTestSupport#POSTS_LIMITS}); each test here sets the ones it tests through the live configuration, as an
 * operator editing etc/org.entraide.posts.cfg would, and puts the suite's back. Every test uses new accounts, so
 * no count of another test is in its way.
 */
public class AbuseLimitsIT extends EntraideTestSupport {

    private static final String POSTS = "org.entraide.posts";
    private static final String IDENTITY = "org.entraide.identity";
    private static final AtomicInteger AREAS = new AtomicInteger();
    private static final long DAY = Duration.ofDays(1).toSeconds();
    private static final long HOUR = Duration.ofHours(1).toSeconds();

    /** Somewhere no other test posts: the feed of its 5 km counts this test's posts. */
    private static double[] freshArea() {
        return new double[] {44.0 + AREAS.getAndIncrement() * 0.3, 6.3};
    }

    private static String post(String title, String body, double[] at) {
        return "{\"kind\":\"REQUEST\",\"category\":\"errands\",\"title\":\"" + title + "\",\"body\":\"" + body
                + "\",\"location\":{\"lat\":" + at[0] + ",\"lon\":" + at[1] + "}}";
    }

    private String created(Api.Reply reply) throws Exception {
        assertEquals(reply.toString(), 201, reply.status());
        return reply.json().path("id").asText();
    }

    private String publish(String token, String title, double[] at) throws Exception {
        return created(api.post("/posts", post(title, "Merci d'avance pour un coup de main.", at), token));
    }

    private int feedCount(String token, double[] at) throws Exception {
        Api.Reply feed = api.get("/feed?lat=" + at[0] + "&lon=" + at[1] + "&radiusKm=5&limit=100", token);
        assertEquals(feed.toString(), 200, feed.status());
        return feed.json().path("items").size();
    }

    private Api.Reply inEnglish(String path, String json, String token) throws Exception {
        return api.send(api.request(path, token).header("Content-Type", "application/json")
                .header("Accept-Language", "en").POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** A 429 problem with a {@code Retry-After} in this range, in seconds; its detail. */
    private static String assertLimited(Api.Reply reply, long from, long to) throws Exception {
        JsonNode problem = assertProblem(reply, 429);
        long retry = Long.parseLong(reply.header("Retry-After").orElse("0"));
        assertTrue(retry + " s, not in [" + from + ", " + to + "]: " + reply, retry >= from && retry <= to);
        return problem.path("detail").asText();
    }

    private static void assertContains(String text, String part) {
        assertTrue("«" + part + "» not in «" + text + "»", text.contains(part));
    }

    /**
     * Changes settings of one configuration as an operator editing its file would (it applies live, through
     * Configuration Admin; {@code null} removes a line, leaving the shipped default), waits until the API answers
     * again, and returns what was there before, for {@link #restore}.
     */
    private Dictionary<String, Object> change(String pid, Map<String, String> settings) throws Exception {
        BundleContext context = FrameworkUtil.getBundle(AbuseLimitsIT.class).getBundleContext();
        ServiceReference<ConfigurationAdmin> reference = context.getServiceReference(ConfigurationAdmin.class);
        Dictionary<String, Object> before = new Hashtable<>();
        try {
            Configuration configuration = context.getService(reference).getConfiguration(pid, null);
            Dictionary<String, Object> properties = configuration.getProperties();
            for (Enumeration<String> keys = properties.keys(); keys.hasMoreElements();) {
                String key = keys.nextElement();
                before.put(key, properties.get(key));
            }
            settings.forEach((key, value) -> {
                if (value == null) {
                    properties.remove(key);
                } else {
                    properties.put(key, value);
                }
            });
            configuration.update(properties);
        } finally {
            context.ungetService(reference);
        }
        awaitApplied();
        return before;
    }

    private void restore(String pid, Dictionary<String, Object> before) throws Exception {
        BundleContext context = FrameworkUtil.getBundle(AbuseLimitsIT.class).getBundleContext();
        ServiceReference<ConfigurationAdmin> reference = context.getServiceReference(ConfigurationAdmin.class);
        try {
            context.getService(reference).getConfiguration(pid, null).update(before);
        } finally {
            context.ungetService(reference);
        }
        awaitApplied();
    }

    /** The posts service starts again with its new settings, and the resources that use it with it. */
    private void awaitApplied() throws Exception {
        Thread.sleep(2000);
        Instant deadline = Instant.now().plusSeconds(60);
        while (api.get("/categories").status() != 200 && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        assertEquals(200, api.get("/categories").status());
    }

    private String resident(String name, double[] at) throws Exception {
        return Residents.signedIn(api, Residents.uniqueEmail(name), at[0], at[1]);
    }

    @Test
    public void theFourthPostOfTheDayIsRefusedEvenAfterADeletion() throws Exception {
        double[] area = freshArea();
        String author = resident("busy-author", area);
        Dictionary<String, Object> before = change(POSTS, Map.of("postsPerDay", "3"));
        try {
            List<String> ids = new ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                ids.add(publish(author, "Demande numéro " + i, area));
            }
            assertEquals(204, api.delete("/posts/" + ids.get(0), author).status());
            int count = feedCount(author, area);

            Api.Reply refused = api.post("/posts", post("Demande numéro 4", "Encore une.", area), author);
            String french = assertLimited(refused, DAY - 300, DAY);
            Api.Reply english = inEnglish("/posts", post("Demande numéro 5", "Encore une.", area), author);

            assertContains(french, "Vous avez atteint la limite de 3 annonces par jour");
            assertContains(french, "Réessayez dans 2");
            assertContains(assertLimited(english, DAY - 300, DAY), "You have reached the limit of 3 posts per day."
                    + " Try again in 2");
            assertEquals("nothing written", count, feedCount(author, area));
            assertEquals("another account is not held by the first one's count", 201,
                    api.post("/posts", post("Demande numéro 4", "Encore une.", area), resident("calm", area))
                            .status());
        } finally {
            restore(POSTS, before);
        }
    }

    @Test
    public void theThirdResponseOfTheHourIsRefused() throws Exception {
        double[] area = freshArea();
        String author = resident("asker", area);
        String helper = resident("eager-helper", area);
        List<String> posts = List.of(publish(author, "Porter un carton", area), publish(author, "Monter un meuble",
                area), publish(author, "Arroser les plantes", area));
        Dictionary<String, Object> before = change(POSTS, Map.of("responsesPerHour", "2"));
        try {
            Posting.answer(api, posts.get(0), helper);
            Posting.answer(api, posts.get(1), helper);

            Api.Reply refused = api.post("/posts/" + posts.get(2) + "/responses", "{\"message\":\"Moi aussi.\"}",
                    helper);

            assertContains(assertLimited(refused, HOUR - 120, HOUR), "2 réponses par heure");
            assertEquals("nothing written", 2, api.get("/conversations", helper).json().path("items").size());
            assertEquals(0, api.get("/posts/" + posts.get(2), author).json().path("responsesCount").asInt());
        } finally {
            restore(POSTS, before);
        }
    }

    @Test
    public void theFourthMessageOfTheMinuteIsRefusedAndAnsweringAgainIsAMessage() throws Exception {
        double[] area = freshArea();
        String author = resident("chatty-author", area);
        String helper = resident("chatty-helper", area);
        String postId = publish(author, "Réparer un vélo", area);
        String conversation = Posting.answer(api, postId, helper);
        Dictionary<String, Object> before = change(POSTS, Map.of("messagesPerMinute", "3"));
        try {
            for (int i = 1; i <= 3; i++) {
                assertEquals(201, api.post("/conversations/" + conversation + "/messages",
                        "{\"body\":\"Message " + i + "\"}", helper).status());
            }

            Api.Reply refused = api.post("/conversations/" + conversation + "/messages", "{\"body\":\"Et un 4e\"}",
                    helper);
            Api.Reply again = inEnglish("/posts/" + postId + "/responses", "{\"message\":\"Vous m'avez lu ?\"}",
                    helper);

            assertContains(assertLimited(refused, 1, 60), "3 messages par minute");
            assertContains(assertLimited(again, 1, 60), "3 messages per minute");
            assertEquals("the other side writes on", 201, api.post("/conversations/" + conversation + "/messages",
                    "{\"body\":\"Oui, je vous lis.\"}", author).status());
            assertEquals("the answer, 3 messages and the author's: nothing else written", 5,
                    api.get("/conversations/" + conversation, helper).json().path("messages").size());
        } finally {
            restore(POSTS, before);
        }
    }

    @Test
    public void theThirdReportOfTheDayIsRefused() throws Exception {
        double[] area = freshArea();
        String author = resident("reported", area);
        String reporter = resident("zealous-reporter", area);
        List<String> posts = List.of(publish(author, "Vends des montres", area), publish(author, "Vends des sacs",
                area), publish(author, "Vends des bijoux", area));
        Dictionary<String, Object> before = change(POSTS, Map.of("reportsPerDay", "2"));
        try {
            for (String id : posts.subList(0, 2)) {
                assertEquals(201, api.post("/reports", report(id), reporter).status());
            }

            Api.Reply refused = api.post("/reports", report(posts.get(2)), reporter);

            assertContains(assertLimited(refused, DAY - 300, DAY), "2 signalements par jour");
            String open = operator("entraide:reports --limit 1000");
            assertContains(open, posts.get(0));
            assertContains(open, posts.get(1));
            assertFalse("nothing written: " + open, open.contains(posts.get(2)));
        } finally {
            restore(POSTS, before);
        }
    }

    private static String report(String postId) {
        return "{\"targetType\":\"POST\",\"targetId\":\"" + postId + "\",\"reason\":\"Vente\"}";
    }

    @Test
    public void anAccountYoungerThanADayIsHeldToTheLowerLimit() throws Exception {
        double[] area = freshArea();
        String newcomer = resident("newcomer", area);
        Dictionary<String, Object> before = change(POSTS, Map.of("newAccountHours", "24", "postsPerDay", "4",
                "newAccountPostsPerDay", "2"));
        try {
            publish(newcomer, "Première demande", area);
            publish(newcomer, "Deuxième demande", area);

            Api.Reply refused = api.post("/posts", post("Troisième demande", "Encore.", area), newcomer);
            Api.Reply english = inEnglish("/posts", post("Troisième demande", "Encore.", area), newcomer);

            assertContains(assertLimited(refused, DAY - 300, DAY),
                    "la limite des comptes créés il y a moins de 24 h : 2 annonces par jour");
            assertContains(assertLimited(english, DAY - 300, DAY),
                    "the limit for accounts less than 24 h old: 2 posts per day");
            change(POSTS, Map.of("newAccountHours", "0"));
            publish(newcomer, "Troisième demande", area);
        } finally {
            restore(POSTS, before);
        }
    }

    @Test
    public void aResidentAtANormalPaceIsNeverRefusedUnderTheShippedLimits() throws Exception {
        double[] area = freshArea();
        String author = resident("regular-author", area);
        String helper = resident("regular-helper", area);
        String other = resident("regular-neighbour", area);
        Map<String, String> shipped = new HashMap<>();
        POSTS_LIMITS.keySet().forEach(key -> shipped.put(key, null));
        Dictionary<String, Object> before = change(POSTS, shipped);
        try {
            // Both accounts are minutes old: the new-account limits, the strictest, hold them.
            List<String> posts = List.of(publish(author, "Garder mon chien samedi", area),
                    publish(author, "Un trajet pour le marché", area), publish(other, "Prêter une perceuse", area));
            String first = Posting.answer(api, posts.get(0), helper);
            Posting.answer(api, posts.get(1), helper);
            Posting.answer(api, posts.get(2), helper);
            for (int i = 1; i <= 4; i++) {
                assertEquals(201, api.post("/conversations/" + first + "/messages", "{\"body\":\"Question " + i
                        + "\"}", author).status());
                Thread.sleep(1000);
                assertEquals(201, api.post("/conversations/" + first + "/messages", "{\"body\":\"Réponse " + i
                        + "\"}", helper).status());
                Thread.sleep(1000);
            }
            assertEquals(201, api.post("/reports", report(posts.get(2)), helper).status());
            publish(author, "Merci à tous, une dernière demande", area);
            assertEquals(9, api.get("/conversations/" + first, author).json().path("messages").size());
        } finally {
            restore(POSTS, before);
        }
    }

    @Test
    public void theSamePostTwiceWithinADayIsAConflictNamingTheFirst() throws Exception {
        double[] area = freshArea();
        String author = resident("repeating", area);
        String first = created(api.post("/posts", post("Tondre ma pelouse", "Samedi matin, si possible.", area),
                author));
        int count = feedCount(author, area);

        Api.Reply again = api.post("/posts", post("  tondre MA  pelouse ", "Samedi   matin,\\nsi possible.", area),
                author);
        Api.Reply english = inEnglish("/posts", post("Tondre ma pelouse", "Samedi matin, si possible.", area),
                author);

        JsonNode problem = assertProblem(again, 409);
        assertContains(problem.path("detail").asText(), "Vous avez déjà publié cette annonce");
        assertContains(problem.path("detail").asText(), first);
        assertContains(assertProblem(english, 409).path("detail").asText(), "You already published this post");
        assertEquals("nothing written", count, feedCount(author, area));
        created(api.post("/posts", post("Tondre ma pelouse", "Dimanche matin plutôt.", area), author));
        created(api.post("/posts", post("Tondre ma pelouse", "Samedi matin, si possible.", area),
                resident("neighbour", area)));
        assertEquals(count + 2, feedCount(author, area));
    }

    @Test
    public void theThirdAccountFromOneAddressInAnHourIsRefused() throws Exception {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String from = "198.19." + random.nextInt(256) + "." + (1 + random.nextInt(254));
        Dictionary<String, Object> before = change(IDENTITY, Map.of("registrationsPerAddressPerHour", "2"));
        try {
            for (int i = 0; i < 2; i++) {
                assertEquals(201, register(Residents.uniqueEmail("family"), from, "fr").status());
            }
            String refused = Residents.uniqueEmail("family");

            String french = assertLimited(register(refused, from, "fr"), HOUR - 120, HOUR);
            String english = assertLimited(register(refused, from, "en"), HOUR - 120, HOUR);

            assertContains(french, "Trop de comptes ont été créés depuis cette adresse (2 par heure au plus)");
            assertContains(english, "Too many accounts were created from this address (at most 2 an hour)");
            assertProblem(api.post("/sessions", Residents.credentials(refused, Residents.PASSWORD)), 401);
        } finally {
            restore(IDENTITY, before);
        }
    }

    private Api.Reply register(String email, String from, String language) throws Exception {
        return api.send(api.request("/accounts", null).header("Content-Type", "application/json")
                .header("X-Forwarded-For", from).header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofString(Residents.registration(email, "Lucie", 44.2, 6.3))).build());
    }
}
