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
package org.entraide.services.identity;

import java.util.List;
import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Blocks and mutes between residents (since 1.3). Identity only keeps them; the bundles that let one resident
 * reach another enforce them, each where it decides:
 * <ul>
 * <li>Someone an account <em>blocks</em> cannot answer its posts, write to it in any conversation (existing ones
 * included), nor join the operations of an actor it alone manages; the same holds the other way round while the
 * block lasts; and neither sees the other's posts in the feed. The blocked person is never told: nothing is
 * notified, and what they are refused says only that the action is not possible.</li>
 * <li>Someone an account <em>mutes</em> is only left out of that account's feed; they can still answer and
 * write.</li>
 * </ul>
 * Both are personal data of the account that made them: they are in its export and erased with it, and erased
 * too when the other account is erased. Failures are the exceptions of {@code org.entraide.api.error}.
 */
@ProviderType
public interface AccountRelations {

    /**
     * Blocks an account: {@code ValidationException} naming {@code accountId} when {@code otherId} is missing or the
     * account itself, {@code NotFoundException} when there is no such account. Blocking again changes nothing.
     *
     * @param accountId the account that blocks
     * @param otherId the account blocked
     * @return the block, and whether this call made it
     */
    Added block(String accountId, String otherId);

    /** Ends a block; nothing happens when there is none. */
    void unblock(String accountId, String otherId);

    /** The accounts this account blocks, the most recent first. */
    List<Relation> blocked(String accountId);

    /** Mutes an account, with the rules and answers of {@link #block}. */
    Added mute(String accountId, String otherId);

    /** Ends a mute; nothing happens when there is none. */
    void unmute(String accountId, String otherId);

    /** The accounts this account mutes, the most recent first. */
    List<Relation> muted(String accountId);

    /** Whether {@code accountId} blocks {@code otherId} (one way only). */
    boolean blocks(String accountId, String otherId);

    /** Whether {@code accountId} mutes {@code otherId}. */
    boolean mutes(String accountId, String otherId);

    /** Whether either account blocks the other. */
    default boolean eitherBlocks(String oneId, String otherId) {
        return blocks(oneId, otherId) || blocks(otherId, oneId);
    }

    /**
     * The authors whose posts this viewer must not see in the feed: those the viewer mutes or blocks, and those
     * who block the viewer. One indexed query; an empty set for a viewer without any.
     */
    Set<String> hiddenAuthors(String viewerId);

    /**
     * The accounts that must not see this author's posts (the converse of {@link #hiddenAuthors}): those who mute
     * or block the author, and those the author blocks. One indexed query.
     */
    Set<String> hiddenFrom(String authorId);

    /**
     * What {@link #block} and {@link #mute} give back.
     *
     * @param relation the block or mute, as listed
     * @param created whether this call made it ({@code false}: it was there already, since
     *        {@code relation.createdAt()})
     */
    record Added(Relation relation, boolean created) {
    }
}
