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

import java.time.Instant;
import org.apache.aries.jpa.template.TransactionType;
import org.entraide.services.identity.Caller;

/** Residents following the posts they may see, and each post's count of followers. */
final class Follows {

    private final PostsContext posts;

    Follows(PostsContext posts) {
        this.posts = posts;
    }

    void follow(Caller follower, String postId) {
        PostEntity followed = posts.visible(follower, postId);
        Instant now = posts.clock().instant();
        try {
            posts.jpa.tx(TransactionType.Required, em -> {
                if (em.find(FollowEntity.class, new FollowEntity.Key(postId, follower.accountId())) == null) {
                    FollowEntity follow = new FollowEntity();
                    follow.postId = postId;
                    follow.accountId = follower.accountId();
                    follow.createdAt = now;
                    em.persist(follow);
                    em.find(PostEntity.class, postId).followersCount++;
                }
            });
        } finally {
            PostsContext.changed(followed);
        }
    }

    boolean follows(Caller follower, String postId) {
        posts.visible(follower, postId);
        return posts.jpa.txExpr(TransactionType.Required,
                em -> em.find(FollowEntity.class, new FollowEntity.Key(postId, follower.accountId())) != null);
    }

    void unfollow(Caller follower, String postId) {
        PostEntity followed = posts.visible(follower, postId);
        try {
            posts.jpa.tx(TransactionType.Required, em -> {
                FollowEntity follow = em.find(FollowEntity.class,
                        new FollowEntity.Key(postId, follower.accountId()));
                if (follow != null) {
                    em.remove(follow);
                    PostEntity post = em.find(PostEntity.class, postId);
                    post.followersCount = Math.max(0, post.followersCount - 1);
                }
            });
        } finally {
            PostsContext.changed(followed);
        }
    }
}
