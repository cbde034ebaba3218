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
package org.entraide.services.moderation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.entraide.api.error.FieldError;
import org.entraide.api.error.ValidationException;
import org.entraide.api.geo.GeoPoint;
import org.entraide.services.identity.Account;
import org.entraide.services.identity.Caller;
import org.entraide.services.paging.Page;
import org.entraide.api.text.Texts;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What moderators do, each action checked, carried out by the target's owner and logged.
 *
 * <p><b>Who moderates what.</b> Accounts with the role {@code MODERATOR} or {@code OPERATOR} moderate everything;
 * the accounts whose e-mail address is in a territory's {@code moderators} setting moderate the targets that lie
 * in that territory: a post by its public position, an actor or an operation by its location, a message by its
 * conversation's post, an account by its home. Everyone else is refused.
 *
 * <p><b>Order of the checks</b>, so that a refusal writes nothing and reveals nothing: a caller who moderates
 * nothing at all is refused ({@code ForbiddenException}) before anything is looked up; then an unknown target is
 * {@code NotFoundException}; then a target outside the caller's territories is {@code ForbiddenException}; then a
 * bad reason is {@code ValidationException} naming {@code reason}. Only then does the owning bundle change the
 * target, and the action is logged.
 *
 * <p>An action that changes nothing (hiding what is hidden, with no open report to close) is answered as if it
 * had been done but is not logged again.
 */
@ProviderType
public interface ModerationService {

    /** Action: a target hidden. */
    String HIDE = "HIDE";
    /** Action: a hidden target given back. */
    String RESTORE = "RESTORE";
    /** Action: an account suspended. */
    String SUSPEND = "SUSPEND";
    /** Action: a suspended account reinstated. */
    String REINSTATE = "REINSTATE";
    /** Action: an actor verified. */
    String VERIFY = "VERIFY";
    /** Action: an actor's verification withdrawn. */
    String UNVERIFY = "UNVERIFY";
    /** Action: a target's open reports closed without action. */
    String DISMISS = "DISMISS";

    /** Action: the role {@code RELAY} granted to an account (since 1.1). */
    String RELAY_GRANT = "RELAY_GRANT";
    /** Action: the role {@code RELAY} taken back from an account (since 1.1). */
    String RELAY_REVOKE = "RELAY_REVOKE";

    /** The actions of the log. */
    List<String> ACTIONS = List.of(HIDE, RESTORE, SUSPEND, REINSTATE, VERIFY, UNVERIFY, DISMISS, RELAY_GRANT,
            RELAY_REVOKE);
    /** The target types of the log and of reports. */
    List<String> TARGET_TYPES = List.of("POST", "ACTOR", "OPERATION", "MESSAGE", "ACCOUNT");
    /** The longest reason. */
    int REASON_MAX = 500;

    /**
     * Hides a post, an actor (its operations with it), an operation or a message from everyone but those who answer
     * for it and its moderators; closes its open reports (outcome {@code HIDDEN}); tells those who answer for it why,
     * and the reporters the outcome.
     *
     * @param moderator who acts
     * @param targetType {@code POST}, {@code ACTOR}, {@code OPERATION} or {@code MESSAGE}
     * @param targetId the target's id
     * @param reason why, 1 to {@link #REASON_MAX} characters, required
     * @return the target as it now is
     */
    ModerationTarget hide(Caller moderator, String targetType, String targetId, String reason);

    /**
     * Gives a hidden target back (a post its status before it was hidden).
     *
     * @param moderator who acts
     * @param targetType {@code POST}, {@code ACTOR}, {@code OPERATION} or {@code MESSAGE}
     * @param targetId the target's id
     * @param reason why, optional, at most {@link #REASON_MAX} characters
     * @return the target as it now is
     */
    ModerationTarget restore(Caller moderator, String targetType, String targetId, String reason);

    /**
     * Closes a target's open reports without acting on it (outcome {@code DISMISSED}) and tells the reporters.
     *
     * @param moderator who acts
     * @param targetType any of {@link #TARGET_TYPES}
     * @param targetId the target's id
     * @param reason why, optional, at most {@link #REASON_MAX} characters
     * @return how many reports were closed
     */
    int dismiss(Caller moderator, String targetType, String targetId, String reason);

    /**
     * Marks an actor verified, once its identifier has been checked against the public register.
     *
     * @param moderator who acts: a moderator of the actor's territory
     * @param actorId the actor
     * @param reason optional, at most {@link #REASON_MAX} characters
     * @return the actor as a target
     */
    ModerationTarget verify(Caller moderator, String actorId, String reason);

    /**
     * Withdraws an actor's verification.
     *
     * @param moderator who acts: a moderator of the actor's territory
     * @param actorId the actor
     * @param reason why, 1 to {@link #REASON_MAX} characters, required
     * @return the actor as a target
     */
    ModerationTarget unverify(Caller moderator, String actorId, String reason);

    /**
     * Suspends an account: its sessions end, it cannot sign in and its posts leave the feeds until it is reinstated,
     * by a moderator or when {@code until} passes. The checks are those of every action (an account lies at its
     * home, looked up on the server and never shown), then nobody suspends their own account or an operator's
     * ({@code ForbiddenException}), then the reason and the end ({@code ValidationException}); logged as
     * {@link #SUSPEND}, with the end.
     *
     * @param moderator who acts
     * @param accountId the account
     * @param reason why, 1 to {@link #REASON_MAX} characters, required
     * @param until when it ends, in the future; {@code null} until reinstated
     * @return the account as it now is
     */
    Account suspend(Caller moderator, String accountId, String reason, Instant until);

    /**
     * Reinstates a suspended account at once (its withheld posts come back); logged as {@link #REINSTATE} when it
     * was suspended. Reinstating an active account completes a reinstatement that failed half-way and logs nothing.
     *
     * @param moderator who acts
     * @param accountId the account
     * @param reason why, optional, at most {@link #REASON_MAX} characters
     * @return the account as it now is
     */
    Account reinstate(Caller moderator, String accountId, String reason);

    /**
     * The log, newest first: every entry for the platform's moderators and operators, the entries of their
     * territories for a territory's moderators; others {@code ForbiddenException}.
     *
     * @param moderator who reads
     * @param cursor {@code null}, or the {@code nextCursor} of the previous page
     * @param limit 1 to 100
     * @return the page
     */
    Page<ModerationEntry> log(Caller moderator, String cursor, int limit);

    /**
     * The open reports grouped by target, the most recently reported first: every group for the platform's
     * moderators and operators, those of targets in their territories for a territory's moderators; others
     * {@code ForbiddenException}.
     *
     * @param moderator who reads
     * @param cursor {@code null}, or the {@code nextCursor} of the previous page
     * @param limit 1 to 100
     * @return the page
     */
    Page<ReportGroup> reportGroups(Caller moderator, String cursor, int limit);

    /**
     * The rights check of every action, for actions carried out elsewhere (suspending an account): returns when the
     * caller moderates what lies at this place, else throws. Call it before anything is written.
     *
     * <p>Example, for an account, whose place is its home (looked up on the server, never shown):
     * {@code moderation.checkModerates(caller, identity.home(accountId))}.
     *
     * @param moderator who acts
     * @param where where the target lies, or {@code null} when it lies nowhere (then only the platform's moderators
     *        and operators moderate it)
     * @throws org.entraide.api.error.ForbiddenException when the caller moderates nothing, or not there
     */
    void checkModerates(Caller moderator, GeoPoint where);

    /**
     * Records an action carried out elsewhere (suspending an account) in the log, once it is done; the territory
     * of the entry is the one at {@code where}. It checks no rights ({@link #checkModerates} has) and tells nobody.
     *
     * @param moderator who acted
     * @param action one of {@link #ACTIONS}
     * @param targetType one of {@link #TARGET_TYPES}
     * @param targetId the target's id, at most 36 characters
     * @param where where the target lies, or {@code null}
     * @param summary what the target is (a display name, a title), cut to 140 characters; or {@code null}
     * @param reason the reason as checked by {@link #reason(String, boolean)}, or {@code null}
     * @param until for a suspension, when it ends; else {@code null}
     * @return the entry
     * @throws IllegalArgumentException for an unknown action or target type, or a reason not checked
     */
    ModerationEntry record(Caller moderator, String action, String targetType, String targetId, GeoPoint where,
            String summary, String reason, Instant until);

    /**
     * Checks a moderator's reason as every action does, and returns it stripped.
     *
     * @param reason the reason as given, or {@code null}
     * @param required whether it must be given
     * @return the stripped reason, or {@code null} when absent and not required
     * @throws ValidationException naming {@code reason} when it is missing but required, blank, longer than
     *         {@link #REASON_MAX} characters or holds control characters
     */
    static String reason(String reason, boolean required) {
        List<FieldError> errors = new ArrayList<>();
        String checked = Texts.check(reason, "reason", 1, REASON_MAX, required, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return checked;
    }
}
