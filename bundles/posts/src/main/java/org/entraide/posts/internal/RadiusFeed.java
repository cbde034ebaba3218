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

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.entraide.api.error.FieldError;
import org.entraide.api.error.InvalidRequestException;
import org.entraide.api.geo.CellCovering;
import org.entraide.api.geo.GeoPoint;
import org.entraide.services.identity.Caller;
import org.entraide.services.paging.Cursors;
import org.entraide.services.paging.Page;
import org.entraide.services.post.FeedQuery;
import org.entraide.services.post.Post;
import org.entraide.services.territory.TerritoryService;
import org.entraide.support.place.ListPlace;
import org.entraide.support.place.Reader;

/**
 * The feed: the open posts around a centre, newest first. The centre and radius are resolved (the viewer's home
 * and preferred radius, bounded by the territory), then the answer is served from {@link FeedCache} or read with
 * {@link FeedReader} from the cells covering the circle.
 *
 * <p>A signed-in viewer does not see the posts of the authors they mute or block, nor of those who block them
 * ({@code AccountRelations.hiddenAuthors}, one indexed query per call, made before the cache; an anonymous caller
 * makes none). Those authors are left out inside the reader's merge, so a page is still full and its cursor right.
 * The set is part of the cache's key rather than a reason to bypass the cache: an answer depends on the question
 * and that set only, so keying on both keeps every kept answer the one the database would give, with nothing to
 * invalidate (a new block or mute changes the set, hence the key, and the old entry ages out unused); viewers
 * without any share the answers as before (the empty set), and one who has some still gets their refresh from
 * memory.
 */
final class RadiusFeed {

    static final String CURSOR_KIND = "f1";

    private final PostsContext posts;
    private final TerritoryService territories;
    private final PostFields fields;
    private final FeedReader reader;
    private final FeedCache answers;

    RadiusFeed(PostsContext posts, TerritoryService territories, PostFields fields, FeedReader reader,
            FeedCache answers) {
        this.posts = posts;
        this.territories = territories;
        this.fields = fields;
        this.reader = reader;
        this.answers = answers;
    }

    Page<Post> feed(Caller viewer, FeedQuery query) {
        Reader who = Reader.of(viewer, posts.identity, "Sign in, or give lat and lon, to read the feed.");
        ListPlace place = ListPlace.around(query.centre(), query.radiusKm(), who, territories, posts.geo);
        if (query.category() != null && !fields.isCategory(query.category())) {
            throw new InvalidRequestException(FieldError.of("category", "not_a_category",
                    "n'est pas une catégorie : doit être l'une des clés de catégorie configurées",
                    "is not a category: must be one of the configured category keys"));
        }
        Cursors.Position after = Cursors.decode(CURSOR_KIND, query.cursor());
        GeoPoint centre = place.centre();
        double radiusKm = place.radiusKm();
        CellCovering covering = place.covering();
        Instant now = posts.clock().instant();
        String kind = query.kind() == null ? null : query.kind().name();
        Set<String> hidden = viewer == null ? Set.of() : posts.relations.hiddenAuthors(viewer.accountId());
        FeedCache.Key key = new FeedCache.Key(centre.lat(), centre.lon(), radiusKm, kind, query.category(),
                query.limit(), after == null ? null : query.cursor(), hidden);
        Page<Post> kept = answers.get(key, now);
        if (kept != null) {
            return kept;
        }
        FeedChanges.Snapshot before = FeedChanges.snapshot(covering.keys());
        FeedReader.Query read = new FeedReader.Query(covering.level(), covering.keys(), kind, query.category(), now,
                after);
        List<FeedReader.Candidate> found;
        Map<String, PostEntity> rows;
        try {
            found = reader.newest(read, c -> !hidden.contains(c.authorId())
                    && place.contains(GeoPoint.of(c.lat(), c.lon())), query.limit() + 1);
            rows = reader.load(ids(found, query.limit()));
        } catch (SQLException e) {
            throw new IllegalStateException("The feed could not be read", e);
        }
        Map<String, String> names = posts.names(rows.values().stream().map(p -> p.authorId)
                .collect(Collectors.toList()));
        Page<Post> answer = page(found, query.limit(), rows, p -> posts.view(p, names, centre));
        answers.put(key, before, answer, validBefore(found), now);
        return answer;
    }

    /** Forgets the answers kept (the clock was replaced). */
    void forgetAnswers() {
        answers.clear();
    }

    /** The ids of the page's posts, among what the reader found (one more than a page when there is a next). */
    static List<String> ids(List<FeedReader.Candidate> found, int limit) {
        return found.stream().limit(limit).map(FeedReader.Candidate::id).collect(Collectors.toList());
    }

    /**
     * The page of the feed, in the reader's order. A post deleted since the reader found it is left out, and the
     * cursor still follows the last post found for the page, so the next page goes on from there.
     */
    static Page<Post> page(List<FeedReader.Candidate> found, int limit, Map<String, PostEntity> rows,
            Function<PostEntity, Post> view) {
        boolean more = found.size() > limit;
        List<FeedReader.Candidate> page = more ? found.subList(0, limit) : found;
        List<Post> items = page.stream().map(c -> rows.get(c.id())).filter(Objects::nonNull).map(view)
                .collect(Collectors.toList());
        FeedReader.Candidate last = page.isEmpty() ? null : page.get(page.size() - 1);
        return new Page<>(items, more ? Cursors.encode(CURSOR_KIND, last.createdAt(), last.id()) : null);
    }

    /**
     * Until when an answer stays the one the database would give: the first expiry among the posts found, the one
     * after the page included, since its expiry changes the cursor.
     */
    static Instant validBefore(List<FeedReader.Candidate> found) {
        return found.stream().map(FeedReader.Candidate::expiresAt).min(Instant::compareTo).orElse(Instant.MAX);
    }
}
