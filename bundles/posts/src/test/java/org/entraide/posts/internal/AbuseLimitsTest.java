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
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.entraide.api.error.ConflictException;
import org.entraide.api.error.RateLimitedException;
import org.entraide.posts.internal.AbuseLimits.Action;
import org.junit.Test;

/** The abuse limits over a store kept in a list: counted exactly, sliding, stricter for new accounts. */
public class AbuseLimitsTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final String OLD = "old-account";
    private static final String NEW = "new-account";

    /** Counted writes and posts in memory, answering as {@link ActivityStore} does. */
    private static final class Memory implements AbuseLimits.Store {
        final List<ActivityEventEntity> events = new ArrayList<>();
        final Map<String, String[]> posts = new HashMap<>();
        final List<Instant> prunes = new ArrayList<>();

        void wrote(String account, Action action, Instant at) {
            events.add(AbuseLimits.event(account, action, at));
        }

        @Override
        public List<Instant> newest(String accountId, Action action, Instant since, int max) {
            return events.stream().filter(e -> e.accountId.equals(accountId) && e.action == action
                    && e.happenedAt.isAfter(since)).map(e -> e.happenedAt).sorted(Comparator.reverseOrder())
                    .limit(max).collect(Collectors.toList());
        }

        @Override
        public void prune(Instant before) {
            prunes.add(before);
            events.removeIf(e -> e.happenedAt.isBefore(before));
        }

        @Override
        public List<AbuseLimits.Earlier> recentTitles(String authorId, Instant since) {
            return posts.entrySet().stream().filter(p -> p.getValue()[0].equals(authorId)
                    && Instant.parse(p.getValue()[3]).isAfter(since))
                    .map(p -> new AbuseLimits.Earlier(p.getKey(), p.getValue()[1])).collect(Collectors.toList());
        }

        @Override
        public String body(String postId) {
            String[] post = posts.get(postId);
            return post == null ? null : post[2];
        }
    }

    /** The shipped defaults of {@link PostsConfig}, but for the settings given. */
    static PostsConfig config(Map<String, Object> settings) {
        return (PostsConfig) Proxy.newProxyInstance(PostsConfig.class.getClassLoader(),
                new Class<?>[] {PostsConfig.class}, (proxy, method, args) -> settings.containsKey(method.getName())
                        ? settings.get(method.getName()) : method.getDefaultValue());
    }

    private final Memory store = new Memory();

    private AbuseLimits limits(Map<String, Object> settings) {
        return new AbuseLimits(store, id -> NEW.equals(id) ? NOW.minus(Duration.ofHours(23))
                : NOW.minus(Duration.ofDays(30)), config(settings));
    }

    private static RateLimitedException refused(AbuseLimits limits, String account, Action action, Instant at) {
        try {
            limits.check(account, action, at);
        } catch (RateLimitedException expected) {
            return expected;
        }
        throw new AssertionError("not refused");
    }

    @Test
    public void theNthWriteIsAllowedAndTheNextRefusedUntilTheOldestLeavesTheWindow() {
        AbuseLimits limits = limits(Map.of());
        for (int i = 0; i < 10; i++) {
            Instant at = NOW.minusSeconds(50 - i);
            limits.check(OLD, Action.MESSAGE, at);
            store.wrote(OLD, Action.MESSAGE, at);
        }

        RateLimitedException refused = refused(limits, OLD, Action.MESSAGE, NOW);

        assertEquals("the oldest, 50 s ago, leaves the minute in 10 s", 10, refused.retryAfterSeconds());
        assertEquals("Vous avez atteint la limite de 10 messages par minute. Réessayez dans 10 secondes.",
                refused.message("fr"));
        assertEquals("You have reached the limit of 10 messages per minute. Try again in 10 seconds.",
                refused.message("en"));
        limits.check(OLD, Action.MESSAGE, NOW.plusSeconds(10).plusMillis(1));
        limits.check(OLD, Action.RESPONSE, NOW);
        limits.check("someone-else", Action.MESSAGE, NOW);
    }

    @Test
    public void eachKindHasItsOwnWindow() {
        AbuseLimits limits = limits(Map.of("postsPerDay", 2, "responsesPerHour", 1, "reportsPerDay", 1));
        store.wrote(OLD, Action.POST, NOW.minus(Duration.ofHours(23)));
        store.wrote(OLD, Action.POST, NOW.minus(Duration.ofHours(1)));
        store.wrote(OLD, Action.RESPONSE, NOW.minus(Duration.ofMinutes(59)));
        store.wrote(OLD, Action.REPORT, NOW.minus(Duration.ofHours(25)));

        assertEquals(3600, refused(limits, OLD, Action.POST, NOW).retryAfterSeconds());
        assertEquals(60, refused(limits, OLD, Action.RESPONSE, NOW).retryAfterSeconds());
        limits.check(OLD, Action.REPORT, NOW);
        limits.check(OLD, Action.POST, NOW.plus(Duration.ofHours(1)));
    }

    @Test
    public void aNewAccountIsHeldToTheLowerOfItsTwoLimits() {
        AbuseLimits limits = limits(Map.of("postsPerDay", 3, "newAccountPostsPerDay", 1));
        store.wrote(NEW, Action.POST, NOW.minusSeconds(90));
        store.wrote(OLD, Action.POST, NOW.minusSeconds(90));

        RateLimitedException refused = refused(limits, NEW, Action.POST, NOW);

        assertEquals(86_310, refused.retryAfterSeconds());
        assertEquals("Vous avez atteint la limite des comptes créés il y a moins de 24 h : 1 annonce par jour."
                + " Réessayez dans 23 h 59.", refused.message("fr"));
        assertEquals("You have reached the limit for accounts less than 24 h old: 1 post per day."
                + " Try again in 23 h 59 min.", refused.message("en"));
        limits.check(OLD, Action.POST, NOW);
    }

    @Test
    public void aNewAccountSettingAboveTheUsualOneOrOffLeavesTheUsualOne() {
        store.wrote(NEW, Action.POST, NOW.minusSeconds(10));
        store.wrote(NEW, Action.POST, NOW.minusSeconds(5));

        RateLimitedException refused = refused(limits(Map.of("postsPerDay", 2, "newAccountPostsPerDay", 0)), NEW,
                Action.POST, NOW);
        assertEquals("You have reached the limit of 2 posts per day. Try again in 24 h.", refused.message("en"));
        refused(limits(Map.of("postsPerDay", 2, "newAccountPostsPerDay", 9)), NEW, Action.POST, NOW);
        limits(Map.of("postsPerDay", 9, "newAccountHours", 0, "newAccountPostsPerDay", 1)).check(NEW,
                Action.POST, NOW);
    }

    @Test
    public void zeroTurnsALimitOff() {
        for (int i = 0; i < 50; i++) {
            store.wrote(OLD, Action.REPORT, NOW.minusSeconds(i));
            store.wrote(NEW, Action.REPORT, NOW.minusSeconds(i));
        }
        limits(Map.of("reportsPerDay", 0)).check(OLD, Action.REPORT, NOW);
        refused(limits(Map.of("reportsPerDay", 0)), NEW, Action.REPORT, NOW);
        limits(Map.of("reportsPerDay", 0, "newAccountReportsPerDay", 0)).check(NEW, Action.REPORT, NOW);
    }

    @Test
    public void oldRowsArePrunedAtMostOnceAMinute() {
        AbuseLimits limits = limits(Map.of());
        store.wrote(OLD, Action.POST, NOW.minus(Duration.ofHours(25)));

        limits.check(OLD, Action.MESSAGE, NOW);
        limits.check(OLD, Action.MESSAGE, NOW.plusSeconds(30));
        limits.check(OLD, Action.MESSAGE, NOW.plusSeconds(61));

        assertEquals(List.of(NOW.minus(Duration.ofDays(1)), NOW.plusSeconds(61).minus(Duration.ofDays(1))),
                store.prunes);
        assertTrue(store.events.isEmpty());
    }

    @Test
    public void theSamePostIsRefusedNamingTheEarlierOne() {
        AbuseLimits limits = limits(Map.of());
        store.posts.put("p1", new String[] {OLD, "Tondre ma pelouse", "Samedi matin,\nsi possible.",
                NOW.minus(Duration.ofHours(23)).toString()});
        store.posts.put("p2", new String[] {OLD, "Garder mon chat", "Une semaine.",
                NOW.minus(Duration.ofHours(25)).toString()});

        try {
            limits.checkSamePost(OLD, "  TONDRE   ma pelouse ", "samedi  matin, si\u00a0possible.", NOW);
            fail("the same post twice");
        } catch (ConflictException expected) {
            assertTrue(expected.message("fr"), expected.message("fr").contains("annonce p1"));
            assertTrue(expected.message("en"), expected.message("en").contains("post p1"));
        }
        limits.checkSamePost(OLD, "Tondre ma pelouse", "Dimanche matin, si possible.", NOW);
        limits.checkSamePost(OLD, "Tondre ma pelouse.", "Samedi matin, si possible.", NOW);
        limits.checkSamePost(OLD, "Garder mon chat", "Une semaine.", NOW);
        limits.checkSamePost(NEW, "Tondre ma pelouse", "Samedi matin, si possible.", NOW);
        limits(Map.of("duplicatePostHours", 0)).checkSamePost(OLD, "Tondre ma pelouse", "Samedi matin, si possible.",
                NOW);
    }

    @Test
    public void textsAreComparedFoldedAndCollapsed() {
        assertEquals("aide au jardin", AbuseLimits.normalised(" Aide\tau\r\n JARDIN\u2003"));
        assertEquals("strasse fi", AbuseLimits.normalised("STRAßE \uFB01"));
        assertEquals("café", AbuseLimits.normalised("Caf\u0065\u0301"));
    }

    /** The file the feature ships says what the component defaults to, so that removing a line changes nothing. */
    @Test
    public void theShippedFileHoldsTheDefaults() throws IOException {
        Properties shipped = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("../../features/src/main/cfg/org.entraide.posts.cfg"),
                StandardCharsets.UTF_8)) {
            shipped.load(in);
        }
        for (Method setting : PostsConfig.class.getDeclaredMethods()) {
            if (setting.getReturnType() == int.class) {
                assertEquals(setting.getName(), String.valueOf(setting.getDefaultValue()),
                        shipped.getProperty(setting.getName()));
            }
        }
    }
}
