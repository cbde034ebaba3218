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

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.entraide.api.error.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the parts of the identity service share: the persistence unit, the password hasher of the current
 * configuration, the clock, finding an account, and the log, under the component's name. The clock is asked for
 * on each use, since tests may replace it while the component runs.
 */
final class IdentityContext {

    static final Logger LOG = LoggerFactory.getLogger(IdentityServiceImpl.class);

    final JpaTemplate jpa;
    final PasswordHasher hasher;
    private final Supplier<Clock> clock;

    IdentityContext(JpaTemplate jpa, PasswordHasher hasher, Supplier<Clock> clock) {
        this.jpa = jpa;
        this.hasher = hasher;
        this.clock = clock;
    }

    Instant now() {
        return clock.get().instant();
    }

    /** The account, or {@code NotFoundException} when there is none of this id. */
    AccountEntity entity(String accountId) {
        AccountEntity account = accountId == null ? null
                : jpa.txExpr(TransactionType.Required, em -> em.find(AccountEntity.class, accountId));
        if (account == null) {
            throw new NotFoundException("No such account.");
        }
        return account;
    }

    /** The account of this email, already normalized. */
    static Optional<AccountEntity> byEmail(EntityManager em, String email) {
        return em.createQuery("SELECT a FROM AccountEntity a WHERE a.email = :email", AccountEntity.class)
                .setParameter("email", email).getResultStream().findFirst();
    }
}
