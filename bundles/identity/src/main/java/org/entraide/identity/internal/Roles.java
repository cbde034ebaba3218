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
package org.entraide.identity.internal;

import java.time.Instant;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.aries.jpa.template.TransactionType;
import org.entraide.api.error.FieldError;
import org.entraide.api.error.NotFoundException;
import org.entraide.api.error.ValidationException;
import org.entraide.services.identity.Account;
import org.entraide.services.identity.Role;

/** Granting and revoking roles by email; every account stays a resident. */
final class Roles {

    private final IdentityContext identity;

    Roles(IdentityContext identity) {
        this.identity = identity;
    }

    Account grant(String email, Role role) {
        return change(email, roles -> roles.add(role));
    }

    Account revoke(String email, Role role) {
        if (role == Role.RESIDENT) {
            throw new ValidationException(FieldError.of("role", "not_removable", "tout compte est un compte d'habitant",
                    "every account is a resident"));
        }
        return change(email, roles -> roles.remove(role));
    }

    private Account change(String email, Consumer<Set<Role>> change) {
        String normalized = AccountRules.normalizeEmail(email);
        Instant now = identity.now();
        Account changed = identity.jpa.txExpr(TransactionType.Required,
                em -> IdentityContext.byEmail(em, normalized).map(account -> {
                    change.accept(account.roles());
                    account.touch(now);
                    return account.toAccount();
                }).orElse(null));
        if (changed == null) {
            throw new NotFoundException("No account with this email.");
        }
        return changed;
    }
}
