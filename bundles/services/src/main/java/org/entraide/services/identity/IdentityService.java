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

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.entraide.api.geo.GeoPoint;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Accounts, credentials, sessions and roles. Failures are the exceptions of
 * {@code org.entraide.api.error}: a broken rule is a {@code ValidationException} naming each field.
 */
@ProviderType
public interface IdentityService {

    /** Registers a resident; {@code ConflictException} if the email is taken, in any case. */
    Account register(NewAccount account);

    /**
     * Registers a resident, counted against the registrations allowed from the client address per hour
     * ({@code RateLimitedException} beyond); only registrations that succeed count.
     *
     * @param clientAddress the address the request comes from, for throttling
     */
    default Account register(NewAccount account, String clientAddress) {
        return register(account);
    }

    /**
     * Signs in. A wrong password and an unknown email fail alike ({@code AuthenticationException}), in
     * message and in time; repeated failures for one email from one client address are slowed, too many from
     * one address refused, and so are too many sign-ins to one account ({@code RateLimitedException}, at once:
     * nothing waits in the caller's thread). Signing in beyond the live sessions allowed to an account revokes
     * its oldest. A suspended account whose password is right gets {@code AccountSuspendedException} (since 1.3),
     * unless its suspension has ended, which reinstates it there and then; a wrong password gets the usual
     * {@code AuthenticationException} whatever the account's state.
     *
     * @param clientAddress the address the attempt comes from, for throttling
     */
    Session signIn(String email, String password, String clientAddress);

    /** The caller behind a bearer token, if the token is valid, unexpired and its account active. */
    Optional<Caller> authenticate(String token);

    /** Ends the session of this token; nothing happens if it has ended already. */
    void signOut(String token);

    /** The account; {@code NotFoundException} if there is none. */
    Account account(String accountId);

    /**
     * The exact home of an account, for server-side use only (radius checks, default post location).
     * Never send it to anyone but the account's owner.
     */
    GeoPoint home(String accountId);

    /**
     * Applies a resident's changes to their own account. A new password needs the current one and ends
     * every session of the account but the caller's.
     */
    Account update(Caller caller, AccountChanges changes);

    /** Everything held about the account, its own data and every contributor's section. */
    Map<String, Object> export(String accountId);

    /** Erases the account after every contributor has erased what it holds; its sessions end. */
    void erase(String accountId);

    /** Creates an account with roles, for operators (shell); the same rules as {@link #register}. */
    Account create(NewAccount account, Set<Role> roles);

    /** Grants a role to the account with this email; {@code NotFoundException} if there is none. */
    Account grant(String email, Role role);

    /** Takes a role back; {@link Role#RESIDENT} cannot be taken. */
    Account revoke(String email, Role role);

    /** The display names of these accounts; ids without an account are left out. */
    Map<String, String> displayNames(Collection<String> accountIds);

    /** Accounts by email, from {@code offset}, at most {@code limit}. */
    List<Account> accounts(int offset, int limit);

    /**
     * Proves an account's email address with the token mailed to it at registration (since 1.1): the account
     * is then {@link Account#emailVerified()}. {@code GoneException} when the token is unknown, used, expired
     * or for an address the account no longer has; {@code InvalidRequestException} naming {@code token} when
     * it cannot be a token at all.
     */
    void verifyEmail(String token);

    /**
     * Mails a new verification link to the account's address (since 1.1). {@code ConflictException} when the
     * address is verified already; {@code RateLimitedException} when links were mailed too recently or too often.
     */
    void resendEmailVerification(String accountId);

    /**
     * Asks for a password reset link to be mailed to this address (since 1.1). Returns normally whatever the
     * address, so that nobody learns from it whether an account exists; an address that has an account gets
     * at most a few links an hour, the others are dropped silently. {@code RateLimitedException} when the
     * client address asked too often, whatever the email; {@code ValidationException} naming {@code email}
     * when it is not an email address.
     *
     * @param clientAddress the address the request comes from, for throttling
     */
    void requestPasswordReset(String email, String clientAddress);

    /**
     * Sets a new password with the token of a reset link (since 1.1), under the password policy
     * ({@code ValidationException} naming {@code password}), and ends every session of the account. The token
     * serves once: {@code GoneException} when it is unknown, used or expired. A reset also proves the address.
     */
    void resetPassword(String token, String newPassword);

    /** The account with this email, trimmed and lower-cased here (since 1.3); empty when there is none. */
    Optional<Account> accountByEmail(String email);

    /**
     * Suspends an account (since 1.3): it becomes {@link AccountStatus#SUSPENDED}, every session of it ends at once,
     * and then every {@link AccountStatusListener} is told. Suspending a suspended account replaces its reason and
     * end (and tells the listeners again). The caller's rights are the caller's business: this only refuses what no
     * one may do.
     *
     * @param accountId the account
     * @param reason why, 1 to 500 characters, kept with the account
     * @param until when the suspension ends by itself, in the future and at most ten years ahead; {@code null} for
     *        a suspension that lasts until {@link #reinstate(String)}
     * @return the account as it is now
     * @throws org.entraide.api.error.NotFoundException when there is no such account
     * @throws org.entraide.api.error.ForbiddenException when the account is an operator's
     * @throws org.entraide.api.error.ValidationException naming {@code reason} or {@code until}
     */
    Account suspend(String accountId, String reason, Instant until);

    /**
     * Reinstates an account (since 1.3): it becomes {@link AccountStatus#ACTIVE} without a suspension end, and then
     * every {@link AccountStatusListener} is told, even when it was active already, so that repeating a
     * reinstatement completes one whose listener failed.
     *
     * @param accountId the account
     * @return the account as it is now
     * @throws org.entraide.api.error.NotFoundException when there is no such account
     */
    Account reinstate(String accountId);

    /**
     * Reinstates every suspended account whose suspension ends at or before {@code now}, as a job does every
     * minute (since 1.3); run with another time by operators and tests.
     *
     * @param now the time to run as
     * @return how many accounts were reinstated
     */
    int reinstateDue(Instant now);
}
