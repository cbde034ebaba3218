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

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Implemented by every bundle that must act when an account is suspended or reinstated, and registered as an
 * OSGi service (since 1.3): the posts bundle withholds a suspended author's posts from feeds and gives them back on
 * reinstatement. Identity binds listeners dynamically and knows nothing else of them.
 *
 * <p>Identity calls each listener after the change has committed, in the thread that made it (a moderator's
 * request, the shell, or the job that ends suspensions whose time has come). Both calls must be idempotent: a
 * suspension or reinstatement repeated (by a moderator, to complete one whose listener failed) calls them again
 * with the same account. A listener that throws does not undo the change; the caller of the suspension or
 * reinstatement is told of the failure and may repeat it.
 */
@ConsumerType
public interface AccountStatusListener {

    /**
     * The account is now {@link AccountStatus#SUSPENDED}; its sessions have ended.
     *
     * @param account the account as it is now, with its {@link Account#suspendedUntil()}
     */
    void suspended(Account account);

    /**
     * The account is {@link AccountStatus#ACTIVE} again, reinstated by a moderator or because its suspension
     * ended; what was withheld because of the suspension comes back (and only that).
     *
     * @param account the account as it is now
     */
    void reinstated(Account account);
}
