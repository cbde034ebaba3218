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

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.entraide.api.error.FieldError;
import org.entraide.api.error.NotFoundException;
import org.entraide.api.error.ValidationException;
import org.entraide.services.identity.Account;
import org.entraide.services.identity.AccountStatus;
import org.entraide.services.identity.IdentityService;
import org.entraide.services.moderation.ModeratedContent;
import org.entraide.services.moderation.ModerationService;
import org.entraide.services.moderation.ModerationTarget;

/**
 * The targets moderators act on, found through the bundles that own them ({@link ModeratedContent} services, bound
 * as they come and go), and accounts, which identity knows: an account lies at its home (looked up here, never
 * shown), answers for itself, and counts as hidden while it is suspended.
 */
final class Targets {

    static final String ACCOUNT = "ACCOUNT";
    static final String ACTOR_TYPE = "ACTOR";
    /** What can be hidden; an account is suspended instead, elsewhere. */
    static final Set<String> HIDEABLE = Set.of("POST", "ACTOR", "OPERATION", "MESSAGE");

    private final Map<String, ModeratedContent> owners = new ConcurrentHashMap<>();
    private final Supplier<IdentityService> identity;

    Targets(Supplier<IdentityService> identity) {
        this.identity = identity;
    }

    void add(ModeratedContent owner) {
        owner.targetTypes().forEach(type -> owners.put(type, owner));
    }

    void remove(ModeratedContent owner) {
        owner.targetTypes().forEach(type -> owners.remove(type, owner));
    }

    /** Refuses a type that is not one of these, naming {@code targetType}. */
    static void check(String type, Collection<String> allowed) {
        if (type == null || !allowed.contains(type)) {
            String types = String.join(", ",
                    ModerationService.TARGET_TYPES.stream().filter(allowed::contains).toArray(String[]::new));
            throw new ValidationException(FieldError.of("targetType", "not_a_choice",
                    "doit être l'une des valeurs " + types, "must be one of " + types));
        }
    }

    /** The target as moderators see it; {@code NotFoundException} when there is none (or nobody owns its type). */
    ModerationTarget target(String type, String id) {
        if (id == null || id.isBlank() || id.length() > 36) {
            throw missing(type);
        }
        if (ACCOUNT.equals(type)) {
            return account(id);
        }
        return owner(type).target(type, id);
    }

    /** Hides or restores the target through its owner. */
    ModerationTarget hide(String type, String id, boolean hidden) {
        return owner(type).hide(type, id, hidden);
    }

    /** A target that no longer exists: it lies nowhere, and nobody answers for it. */
    static ModerationTarget gone(String type, String id) {
        return new ModerationTarget(type, id, null, null, List.of(), false, type, id);
    }

    private ModeratedContent owner(String type) {
        ModeratedContent owner = type == null ? null : owners.get(type);
        if (owner == null) {
            throw missing(type);
        }
        return owner;
    }

    private ModerationTarget account(String id) {
        IdentityService accounts = identity.get();
        Account account = accounts.account(id);
        return new ModerationTarget(ACCOUNT, account.id(), accounts.home(account.id()), account.displayName(),
                List.of(account.id()), account.status() == AccountStatus.SUSPENDED, ACCOUNT, account.id());
    }

    private static NotFoundException missing(String type) {
        return new NotFoundException("No such " + (type == null ? "target" : type.toLowerCase(Locale.ROOT)) + ".");
    }
}
