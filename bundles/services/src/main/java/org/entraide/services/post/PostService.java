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
package org.entraide.services.post;

import java.time.Instant;
import java.util.List;
import org.entraide.api.geo.GeoPoint;
import org.entraide.services.identity.Caller;
import org.entraide.services.paging.Page;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Posts and everything that hangs on them. The caller is the authenticated resident; rules answer with
 * the exceptions of {@code org.entraide.api.error}: others' private things are {@code NotFoundException}.
 *
 * <p>Abuse limits: {@link #create}, {@link #respond}, {@link #send} and {@link #report} are counted per account
 * (posts a day, responses an hour, messages a minute, reports a day; lower for new accounts) and refused beyond
 * with a {@code RateLimitedException}; {@link #create} refuses with a {@code ConflictException} the same post (title
 * and text) that its author published within the last day. Nothing is written on refusal.
 */
@ProviderType
public interface PostService {

    /** The configured categories, in display order. */
    List<Category> categories();

    Post create(Caller author, NewPost post);

    /**
     * A post as this viewer may see it; a hidden post exists only for its author and moderators.
     *
     * @param viewer {@code null} for an anonymous visitor
     * @param centre where {@code distanceKm} is measured from; the viewer's home when {@code null}
     */
    Post get(Caller viewer, String postId, GeoPoint centre);

    /** The author's changes; anyone else is {@code ForbiddenException}. */
    Post update(Caller author, String postId, PostChanges changes);

    /** Deletes the post with its conversations and follows; the author only. */
    void delete(Caller author, String postId);

    /**
     * Every conversation on one of the author's posts, with its messages (those hidden by moderators left out),
     * oldest conversation first (since 1.3): what a relay prints on a post's sheet.
     *
     * @param author the post's author; anyone else gets {@code NotFoundException}, as for an unknown post
     * @param postId the post
     * @return the conversations
     */
    List<Conversation> conversationsOn(Caller author, String postId);

    /** Open posts whose public position lies within the radius of the centre, newest first. */
    Page<Post> feed(Caller viewer, FeedQuery query);

    void follow(Caller follower, String postId);

    void unfollow(Caller follower, String postId);

    /**
     * Whether the caller follows a post, so a client shows "follow" or "unfollow".
     *
     * @param follower who asks
     * @param postId the post
     * @return true when they follow it
     * @throws org.entraide.api.error.NotFoundException when there is no such post (or it is hidden from them)
     */
    boolean follows(Caller follower, String postId);

    /** Answers a post: opens (or continues) the responder's conversation with its author. */
    Conversation respond(Caller responder, String postId, String message);

    /** The caller's conversations, most recent activity first, without their messages. */
    Page<Conversation> conversations(Caller participant, String cursor, int limit);

    /** One of the caller's conversations, with its messages. */
    Conversation conversation(Caller participant, String conversationId);

    Message send(Caller participant, String conversationId, String body);

    /**
     * One message as this viewer may see it (since 1.2): the participants of its conversation, but a hidden message
     * only its sender; and the moderators of its territory (its post's). Anyone else gets {@code NotFoundException}.
     *
     * @param viewer who asks
     * @param messageId the message
     * @return the message, with its conversation and whether it is hidden
     */
    Message message(Caller viewer, String messageId);

    /**
     * Reports something that breaks the rules.
     *
     * @param reporter who reports
     * @param targetType {@code POST}, {@code MESSAGE}, {@code ACTOR}, {@code OPERATION}, or {@code ACCOUNT} (a
     *        profile, since 1.2)
     * @param targetId the target; a post or a message the reporter cannot see, or an account that does not exist,
     *        is {@code NotFoundException}
     * @param reason why, 1 to 1000 characters
     * @return the report
     */
    Report report(Caller reporter, String targetType, String targetId, String reason);

    /**
     * Open reports, oldest first; moderators only (a territory's moderators those on its posts). The moderation
     * queue groups them by target: {@code org.entraide.services.moderation.ModerationService#reportGroups}.
     */
    Page<Report> openReports(Caller moderator, String cursor, int limit);

    /**
     * Hides a post from everyone but its author and moderators, and resolves its reports. Not logged and without a
     * reason: since 1.2 clients go through {@code org.entraide.services.moderation.ModerationService#hide},
     * which checks
     * the same rights, asks for a reason, logs and tells the author and the reporters.
     */
    Post hide(Caller moderator, String postId);

    /**
     * Gives a hidden post back the status it had. Not logged: since 1.2 clients go through
     * {@code org.entraide.services.moderation.ModerationService#restore}.
     */
    Post restore(Caller moderator, String postId);

    /**
     * Expires the open posts whose expiry has passed at {@code now}, and tells authors of posts expiring
     * within a day. Run by a scheduled job; callable with another time by operators and tests.
     *
     * @return how many posts expired
     */
    int expireDue(Instant now);

    /**
     * Takes the escalation steps that are due at {@code now}: an open request with no response is shown, after its
     * territory's first delay, to the managers of nearby actors that help with its category, and after the second
     * to the territory's moderators. A step is never taken twice for a post (since 1.2).
     *
     * @param now the time the job runs as
     * @return how many steps were taken
     */
    default int escalateDue(Instant now) {
        return 0;
    }

    /**
     * The requests escalated to an actor, newest escalation first (since 1.2). The caller checks that the reader
     * manages the actor.
     *
     * @param viewer who reads
     * @param actorId the actor
     * @param cursor from a previous page, or {@code null}
     * @param limit the page size
     * @return a page of posts
     */
    default Page<Post> escalatedTo(Caller viewer, String actorId, String cursor, int limit) {
        return new Page<>(List.of(), null);
    }
}
