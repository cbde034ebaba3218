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
package org.entraide.moderation.internal;

import java.time.Instant;
import org.entraide.api.error.ForbiddenException;
import org.entraide.api.geo.GeoPoint;
import org.entraide.services.identity.Account;
import org.entraide.services.identity.AccountStatus;
import org.entraide.services.identity.Caller;
import org.entraide.services.identity.IdentityService;
import org.entraide.services.identity.Role;
import org.entraide.services.moderation.ModerationService;

/**
 * Suspending and reinstating accounts, checked as every other action and logged. Identity does the suspension
 * (status, sessions, the end) and tells the bundles that withhold the account's posts; this class decides who may,
 * in the same order as for any target: moderates nothing (403) before the account is looked up (404), then outside
 * the moderator's territories (403: an account lies at its home), then the account itself (one's own or an
 * operator's, 403), then the reason (422). The entry is written once identity has done it, so a refused or failed
 * suspension leaves no entry.
 */
final class AccountActions {

    private static final String ACCOUNT = "ACCOUNT";

    private final ModerationServiceImpl service;

    AccountActions(ModerationServiceImpl service) {
        this.service = service;
    }

    Account suspend(Caller moderator, String accountId, String reason, Instant until) {
        Reach reach = service.reach(moderator);
        IdentityService identity = service.identity();
        Account account = identity.account(accountId);
        GeoPoint home = identity.home(account.id());
        reach.require(home);
        if (account.id().equals(moderator.accountId())) {
            throw new ForbiddenException("You cannot suspend your own account.");
        }
        if (account.has(Role.OPERATOR)) {
            throw new ForbiddenException("An operator's account cannot be suspended.");
        }
        String why = ModerationService.reason(reason, true);
        Account suspended = identity.suspend(account.id(), why, until);
        service.record(moderator, ModerationService.SUSPEND, ACCOUNT, account.id(), home, account.displayName(), why,
                suspended.suspendedUntil());
        return suspended;
    }

    Account reinstate(Caller moderator, String accountId, String reason) {
        Reach reach = service.reach(moderator);
        IdentityService identity = service.identity();
        Account account = identity.account(accountId);
        GeoPoint home = identity.home(account.id());
        reach.require(home);
        String why = ModerationService.reason(reason, false);
        Account reinstated = identity.reinstate(account.id());
        if (account.status() == AccountStatus.SUSPENDED) {
            service.record(moderator, ModerationService.REINSTATE, ACCOUNT, account.id(), home, account.displayName(),
                    why, null);
        }
        return reinstated;
    }
}
