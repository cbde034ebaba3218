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
package org.entraide.rest.internal.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import org.entraide.api.error.FieldError;
import org.entraide.api.error.ForbiddenException;
import org.entraide.api.error.ValidationException;
import org.entraide.api.identity.Account;
import org.entraide.api.identity.Caller;
import org.entraide.api.identity.IdentityService;
import org.entraide.api.identity.Role;
import org.entraide.api.territory.Territory;
import org.entraide.api.territory.TerritoryService;
import org.entraide.api.text.Texts;
import org.entraide.rest.internal.Bodies;
import org.entraide.rest.internal.Callers;
import org.entraide.rest.internal.RestResource;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Suspending and reinstating accounts: {@code POST /moderation/accounts/{id}/suspend} and {@code /reinstate}.
 *
 * <p>Who may: the accounts with the MODERATOR or OPERATOR role, everywhere, and a territory's moderators (its
 * {@code moderators} setting) for the accounts whose home lies in it. That rule is all in
 * {@link #moderatedAccount(Caller, String)}, to be replaced by the moderation service's check. Beyond it, nobody
 * suspends their own account (they could not lift it) nor an operator's (an operator would lose the console to a
 * moderator's mistake; identity refuses it too, for the shell). Every refusal comes before anything is written: rights
 * first (a non-moderator learns nothing, not even whether the account exists), then the account (404), then the
 * input (422).
 */
@Path("/moderation/accounts")
@Component(service = RestResource.class)
public class AccountModerationResource implements RestResource {

    private static final int REASON_MAX = 500;

    @Reference
    private IdentityService identity;

    @Reference
    private TerritoryService territories;

    @Context
    private HttpServletRequest http;

    @POST
    @Path("/{id}/suspend")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public SuspensionView suspend(@PathParam("id") String id, SuspendRequest request) {
        Caller caller = Callers.require(http);
        Account account = moderatedAccount(caller, id);
        if (account.id().equals(caller.accountId())) {
            throw new ForbiddenException("You cannot suspend your own account.");
        }
        if (account.has(Role.OPERATOR)) {
            throw new ForbiddenException("An operator's account cannot be suspended.");
        }
        SuspendRequest body = Bodies.required(request);
        return SuspensionView.of(identity.suspend(account.id(), body.reason(), body.until()));
    }

    @POST
    @Path("/{id}/reinstate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public SuspensionView reinstate(@PathParam("id") String id, ReinstateRequest request) {
        Caller caller = Callers.require(http);
        Account account = moderatedAccount(caller, id);
        List<FieldError> errors = new ArrayList<>();
        Texts.check(request == null ? null : request.reason(), "reason", 1, REASON_MAX, false, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return SuspensionView.of(identity.reinstate(account.id()));
    }

    /**
     * The rights check, in one place: the account, if the caller moderates it. MODERATOR and OPERATOR accounts
     * moderate every account; a territory's moderators the accounts whose home lies in that territory. Anyone else
     * is refused (403) before the account is looked up; a moderator gets 404 for an account that does not exist, and
     * a territory's moderator 403 for one whose home lies elsewhere (or outside every territory).
     */
    private Account moderatedAccount(Caller caller, String accountId) {
        boolean everywhere = caller.has(Role.MODERATOR) || caller.has(Role.OPERATOR);
        List<Territory> moderated = everywhere ? List.of() : moderatedTerritories(caller);
        if (!everywhere && moderated.isEmpty()) {
            throw new ForbiddenException("Moderators only.");
        }
        Account account = identity.account(accountId);
        if (!everywhere && !moderated.contains(homeTerritory(account))) {
            throw new ForbiddenException("Only the moderators of its territory can moderate this account.");
        }
        return account;
    }

    private List<Territory> moderatedTerritories(Caller caller) {
        List<Territory> all = territories.territories();
        if (all.stream().allMatch(t -> t.moderators().isEmpty())) {
            return List.of();
        }
        String email = identity.account(caller.accountId()).email();
        return all.stream().filter(t -> t.moderators().contains(email)).collect(Collectors.toList());
    }

    /** The territory of the account's home, or {@code null} outside every territory. */
    private Territory homeTerritory(Account account) {
        try {
            return territories.scopeAt(identity.home(account.id())).territory();
        } catch (ValidationException outside) {
            return null;
        }
    }
}
