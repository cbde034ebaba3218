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

import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.entraide.api.error.ConflictException;
import org.entraide.api.error.RateLimitedException;
import org.entraide.support.text.Waits;

/**
 * How fast one account may write, and the same post twice (issue 17): settings of {@link PostsConfig}.
 *
 * <p><b>What is counted.</b> Each post published, each response (the first answer to a post, which opens the
 * conversation), each message (in a conversation, by either participant; answering a post again in one's existing
 * conversation is a message) and each report is an {@link ActivityEventEntity} row, written in the same transaction
 * as the write it counts. So the counts live in the database that every node shares (never in one node's memory),
 * a refused or failed write counts nothing, and a post deleted by its author still counts until a day after it was
 * published: deleting and publishing again does not get round the daily limit. Counting rows of the post,
 * conversation, message and report tables instead would forget deleted posts (their conversations and messages go
 * with them), and needs an index per table on the writer and time; one small table, kept a day at most, does all
 * four.
 *
 * <p><b>Windows.</b> Sliding: a write is refused when the account already has {@code max} counted writes of its
 * kind in the window that ends now, and {@code Retry-After} is the time until the oldest of them leaves the
 * window (at least a second). The N-th write is allowed, the N+1-th refused. Two writes of one account racing on
 * two nodes may both pass at N-1, one over the limit: a limit meant for people and scripts, not for a bank.
 *
 * <p><b>New accounts</b>, younger than {@code newAccountHours} (their {@code createdAt}), are held to the lower of
 * the two settings of each limit: the stricter {@code newAccount...} ones by default, as a fresh account is what a
 * spammer uses. A separate setting per limit rather than one divisor: an operator may then tighten only what is
 * abused on their territory, and a new resident still chats at a human pace (5 messages a minute) while posting
 * 5 times a day.
 *
 * <p><b>Nobody is exempt</b>, moderators and operators included: the limits are far above what a person does by
 * hand, moderation itself (hiding, restoring) is not counted, and a stolen moderator's account must not be a
 * free spam channel. An operator who must publish in bulk raises the setting for the time being.
 *
 * <p><b>The same post</b> by the same author within {@code duplicatePostHours} is refused with a
 * {@link ConflictException} naming the earlier post, whatever that post's status now (closed, expired or hidden by a
 * moderator: reopening or editing it is the way, and publishing a hidden post again must not undo moderation).
 * Two posts are the same when their titles and their texts are equal once each is normalised: Unicode
 * compatibility forms folded (NFKC), every run of spaces and line breaks made one space, both ends trimmed, case
 * folded. Accents and punctuation still count: those are other words. A deleted post no longer blocks its copy
 * (it is gone), but its publication still counts against the daily limit.
 */
final class AbuseLimits {

    /** What is counted, each over its window, with the words that name it in both languages. */
    enum Action {
        POST(Duration.ofDays(1), "annonce", "annonces", "par jour", "post", "posts", "per day"),
        RESPONSE(Duration.ofHours(1), "réponse", "réponses", "par heure", "response", "responses", "per hour"),
        MESSAGE(Duration.ofMinutes(1), "message", "messages", "par minute", "message", "messages", "per minute"),
        REPORT(Duration.ofDays(1), "signalement", "signalements", "par jour", "report", "reports", "per day");

        final Duration window;
        private final String frOne;
        private final String frMany;
        private final String frPer;
        private final String enOne;
        private final String enMany;
        private final String enPer;

        Action(Duration window, String frOne, String frMany, String frPer, String enOne, String enMany, String enPer) {
            this.window = window;
            this.frOne = frOne;
            this.frMany = frMany;
            this.frPer = frPer;
            this.enOne = enOne;
            this.enMany = enMany;
            this.enPer = enPer;
        }

        String french(int max) {
            return max + " " + (max == 1 ? frOne : frMany) + " " + frPer;
        }

        String english(int max) {
            return max + " " + (max == 1 ? enOne : enMany) + " " + enPer;
        }
    }

    /** A post published earlier by the same author. */
    record Earlier(String id, String title) {
    }

    /** What the limits read and prune: the database ({@link ActivityStore}), or a list in unit tests. */
    interface Store {

        /** The times of the account's counted writes of this kind after {@code since}, newest first, at most max. */
        List<Instant> newest(String accountId, Action action, Instant since, int max);

        /** Deletes the counted writes older than {@code before}. */
        void prune(Instant before);

        /** The author's posts published after {@code since}: id and title. */
        List<Earlier> recentTitles(String authorId, Instant since);

        /** A post's text, {@code null} when it is gone. */
        String body(String postId);
    }

    /** The longest window: rows older are never read again. */
    static final Duration RETENTION = Duration.ofDays(1);
    private static final Duration PRUNE_EVERY = Duration.ofMinutes(1);
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

    private final Store store;
    private final Function<String, Instant> accountCreatedAt;
    private final PostsConfig config;
    private final AtomicReference<Instant> lastPrune = new AtomicReference<>(Instant.EPOCH);

    AbuseLimits(Store store, Function<String, Instant> accountCreatedAt, PostsConfig config) {
        this.store = store;
        this.accountCreatedAt = accountCreatedAt;
        this.config = config;
    }

    /**
     * Refuses, with a {@link RateLimitedException} telling in French and in English what limit was reached and when
     * to try again, a write of this kind when the account has used up its limit; else returns, and the caller writes
     * {@link #event} with it.
     */
    void check(String accountId, Action action, Instant now) {
        int normal = normalMax(action);
        int young = isNew(accountId, now) ? youngMax(action) : 0;
        boolean youngBinds = young > 0 && (normal <= 0 || young < normal);
        int max = youngBinds ? young : normal;
        if (max <= 0) {
            return;
        }
        List<Instant> newest = store.newest(accountId, action, now.minus(action.window), max);
        if (newest.size() >= max) {
            long wait = secondsUntil(now, Collections.min(newest).plus(action.window));
            throw new RateLimitedException(reached(action, max, youngBinds ? config.newAccountHours() : 0, wait),
                    wait);
        }
        pruneIfDue(now);
    }

    /** The row that counts this write, to persist in the write's own transaction. */
    static ActivityEventEntity event(String accountId, Action action, Instant at) {
        ActivityEventEntity event = new ActivityEventEntity();
        event.id = UUID.randomUUID().toString();
        event.accountId = accountId;
        event.action = action;
        event.happenedAt = at;
        return event;
    }

    /** Refuses with a {@link ConflictException} a post its author already published within the setting's hours. */
    void checkSamePost(String authorId, String title, String body, Instant now) {
        int hours = config.duplicatePostHours();
        if (hours <= 0) {
            return;
        }
        String wantedTitle = normalised(title);
        String wantedBody = null;
        for (Earlier earlier : store.recentTitles(authorId, now.minus(Duration.ofHours(hours)))) {
            if (!wantedTitle.equals(normalised(earlier.title()))) {
                continue;
            }
            String earlierBody = store.body(earlier.id());
            wantedBody = wantedBody == null ? normalised(body) : wantedBody;
            if (earlierBody != null && wantedBody.equals(normalised(earlierBody))) {
                throw new ConflictException(Map.of(
                        "fr", "Vous avez déjà publié cette annonce (même titre et même texte) il y a moins de " + hours
                                + " h : c'est l'annonce " + earlier.id()
                                + ". Modifiez-la ou rouvrez-la plutôt que de la publier à nouveau.",
                        "en", "You already published this post (same title and text) less than " + hours
                                + " h ago: it is post " + earlier.id()
                                + ". Change or reopen it rather than publishing it again."));
            }
        }
    }

    /** A text as the same-post check compares it: NFKC, spaces collapsed, trimmed, case folded. */
    static String normalised(String text) {
        String folded = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC);
        folded = SPACES.matcher(folded).replaceAll(" ").strip();
        return folded.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    private boolean isNew(String accountId, Instant now) {
        int hours = config.newAccountHours();
        if (hours <= 0) {
            return false;
        }
        Instant createdAt = accountCreatedAt.apply(accountId);
        return createdAt != null && createdAt.isAfter(now.minus(Duration.ofHours(hours)));
    }

    private int normalMax(Action action) {
        switch (action) {
            case POST:
                return config.postsPerDay();
            case RESPONSE:
                return config.responsesPerHour();
            case MESSAGE:
                return config.messagesPerMinute();
            default:
                return config.reportsPerDay();
        }
    }

    private int youngMax(Action action) {
        switch (action) {
            case POST:
                return config.newAccountPostsPerDay();
            case RESPONSE:
                return config.newAccountResponsesPerHour();
            case MESSAGE:
                return config.newAccountMessagesPerMinute();
            default:
                return config.newAccountReportsPerDay();
        }
    }

    /** What was reached and when to try again, in French and in English; {@code newHours} 0 for the usual limit. */
    static Map<String, String> reached(Action action, int max, int newHours, long wait) {
        String frLimit = action.french(max);
        String enLimit = action.english(max);
        String fr = (newHours > 0 ? "Vous avez atteint la limite des comptes créés il y a moins de " + newHours
                + " h : " : "Vous avez atteint la limite de ") + frLimit + ". Réessayez dans " + Waits.french(wait)
                + ".";
        String en = (newHours > 0 ? "You have reached the limit for accounts less than " + newHours + " h old: "
                : "You have reached the limit of ") + enLimit + ". Try again in " + Waits.english(wait) + ".";
        return Map.of("fr", fr, "en", en);
    }

    /** Deletes the rows no window reads any more, at most once a minute per node. */
    private void pruneIfDue(Instant now) {
        Instant previous = lastPrune.get();
        if (previous.plus(PRUNE_EVERY).isBefore(now) && lastPrune.compareAndSet(previous, now)) {
            store.prune(now.minus(RETENTION));
        }
    }

    private static long secondsUntil(Instant now, Instant freedAt) {
        long millis = Duration.between(now, freedAt).toMillis();
        return Math.max(1, (millis + 999) / 1000);
    }
}
