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

import org.entraide.services.post.PostStatus;

/**
 * How a suspended author's posts leave the feeds and come back, and how a moderator's hiding composes with it.
 *
 * <p>Withholding a post makes it {@link PostStatus#HIDDEN} and keeps the status it had in {@code withheld_status}.
 * That is the cheapest mechanism that keeps the feed fast: the feed index is read on {@code status = 'OPEN'} alone
 * and needs no join with accounts nor another predicate, alerts match only open posts, and {@code GET /posts/{id}}
 * already answers 404 about a hidden post to everyone but its author and its moderators. It costs one write per post
 * of the author at suspension and at reinstatement, which are rare, against a read per feed call that a check of
 * every author's state would cost. Reinstatement gives back exactly the posts that have a withheld status.
 *
 * <p>The withheld status is the post's status as the author's suspension leaves it aside: a moderator who hides or
 * restores a withheld post changes that one, and the post stays HIDDEN while the suspension lasts. So a post that
 * a moderator hid, before or during the suspension, is still hidden after reinstatement, and one a moderator
 * restored during it comes back with the others.
 */
final class Withholding {

    private Withholding() {
    }

    /** Withholds the post of a suspended author; whether it changed (a withheld post is left as it is). */
    static boolean withhold(PostEntity post) {
        if (post.withheldStatus != null) {
            return false;
        }
        post.withheldStatus = post.status;
        post.status = PostStatus.HIDDEN;
        return true;
    }

    /** Gives a withheld post back the status it had, or that a moderator gave it since; whether it changed. */
    static boolean giveBack(PostEntity post) {
        if (post.withheldStatus == null) {
            return false;
        }
        post.status = post.withheldStatus;
        post.withheldStatus = null;
        return true;
    }

    /** A moderator hides the post (a withheld one stays hidden once given back); whether it changed. */
    static boolean hide(PostEntity post) {
        PostStatus current = post.withheldStatus != null ? post.withheldStatus : post.status;
        if (current == PostStatus.HIDDEN) {
            return false;
        }
        post.statusBeforeHide = current;
        set(post, PostStatus.HIDDEN);
        return true;
    }

    /** A moderator restores the post (a withheld one is given back with it); whether it changed. */
    static boolean restore(PostEntity post) {
        PostStatus current = post.withheldStatus != null ? post.withheldStatus : post.status;
        if (current != PostStatus.HIDDEN) {
            return false;
        }
        set(post, post.statusBeforeHide == null ? PostStatus.OPEN : post.statusBeforeHide);
        post.statusBeforeHide = null;
        return true;
    }

    /** Sets the status a moderator decides: the withheld one while the author is suspended. */
    private static void set(PostEntity post, PostStatus status) {
        if (post.withheldStatus != null) {
            post.withheldStatus = status;
        } else {
            post.status = status;
        }
    }
}
