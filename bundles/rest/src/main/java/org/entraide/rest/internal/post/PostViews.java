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
package org.entraide.rest.internal.post;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.entraide.api.geo.GeoPoint;
import org.entraide.api.geo.PlaceDirectory;
import org.entraide.services.identity.Caller;
import org.entraide.services.post.Post;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Makes the {@link PostView}s a reader may see: the author only for a signed-in resident (a visitor without an
 * account sees what is asked and where, never who asks), and the commune of the post's public position.
 *
 * <p>The commune is the gazetteer's nearest commune of the <em>public</em> (fuzzed) position, never of the
 * location, so it tells nothing the map does not already show. It is memoised per public position rather than
 * stored in the {@code post} table: public positions are the centres of fuzzing cells, so the posts of a place
 * share a handful of them and the table below stays small and hot; a lookup is an in-memory search of a few
 * gazetteer buckets, done once per position and then a hash lookup; and the feed's JSON is already made once per
 * cached page ({@code RenderedAnswers}), so a warm feed does no lookup at all. Storing it would have meant a
 * migration, a back-fill of every existing post, and stale names whenever the gazetteer is updated, for no
 * measurable gain (docs/posts.md, "The commune of a post").
 *
 * <p>One instance, a component of this bundle, serves every resource that shows posts, so they share the memo.
 */
@Component(service = PostViews.class)
public final class PostViews {

    /** At most this many positions are remembered; beyond, the table is emptied and fills again. */
    static final int CAPACITY = 50_000;

    @Reference
    private PlaceDirectory places;

    private final Map<GeoPoint, Optional<PostView.CommuneView>> communes = new ConcurrentHashMap<>();

    /** The component, its gazetteer given by DS. */
    public PostViews() {
    }

    /**
     * @param places the gazetteer
     */
    PostViews(PlaceDirectory places) {
        this.places = places;
    }

    /**
     * The view of a post for a reader.
     *
     * @param post the post
     * @param reader the signed-in reader, or null for a visitor without an account
     * @return its view, without author for a visitor
     */
    public PostView of(Post post, Caller reader) {
        return PostView.of(post, commune(post.position()), reader != null);
    }

    /**
     * The commune of a public position, from the gazetteer, memoised.
     *
     * @param position a post's public position
     * @return its commune, or null where the gazetteer knows none
     */
    PostView.CommuneView commune(GeoPoint position) {
        if (position == null) {
            return null;
        }
        Optional<PostView.CommuneView> known = communes.get(position);
        if (known == null) {
            known = places.nearestCommune(position).map(p -> new PostView.CommuneView(p.inseeCode(),
                    p.communeName() == null ? p.name() : p.communeName()));
            if (communes.size() >= CAPACITY) {
                communes.clear();
            }
            communes.put(position, known);
        }
        return known.orElse(null);
    }

    int remembered() {
        return communes.size();
    }
}
