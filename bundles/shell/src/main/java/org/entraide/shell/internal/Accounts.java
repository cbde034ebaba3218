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
package org.entraide.shell.internal;

import java.util.stream.Collectors;
import org.entraide.api.error.EntraideException;
import org.entraide.api.error.ValidationException;
import org.entraide.services.identity.Account;
import org.entraide.services.identity.AccountStatus;

/** How the commands print accounts and failures. */
final class Accounts {

    private Accounts() {
    }

    static String roles(Account account) {
        return account.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    /** Until when a suspended account is suspended, as a suffix of its status; empty for an active account. */
    static String until(Account account) {
        if (account.status() != AccountStatus.SUSPENDED) {
            return "";
        }
        return account.suspendedUntil() == null ? " until reinstated" : " until " + account.suspendedUntil();
    }

    static String describe(EntraideException failure) {
        if (failure instanceof ValidationException) {
            return ((ValidationException) failure).errors().stream().map(e -> e.field() + " " + e.message())
                    .collect(Collectors.joining("; "));
        }
        return failure.getMessage();
    }
}
