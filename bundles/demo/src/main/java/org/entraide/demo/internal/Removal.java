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
package org.entraide.demo.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.entraide.services.identity.Account;

/**
 * Removing the demo: its accounts are erased through identity as any resident's would be, so that every bundle
 * erases what belongs to them (posts, conversations' messages, actors and operations), then the demo territory's
 * configuration is deleted.
 */
final class Removal {

    private static final int PAGE = 100;

    private final DemoContext demo;
    private final TerritoryConfiguration territory;

    Removal(DemoContext demo, TerritoryConfiguration territory) {
        this.demo = demo;
        this.territory = territory;
    }

    /**
     * Removes the demo; an account that cannot be erased is logged and the rest still goes.
     *
     * @return how many accounts were erased
     */
    int remove() {
        Set<String> emails = DemoTerritory.residents().stream().map(DemoTerritory.Resident::email)
                .collect(Collectors.toSet());
        int erased = 0;
        List<String> ids = new ArrayList<>();
        for (int offset = 0;; offset += PAGE) {
            List<Account> accounts = demo.identity().accounts(offset, PAGE);
            accounts.stream().filter(a -> emails.contains(a.email())).map(Account::id).forEach(ids::add);
            if (accounts.size() < PAGE) {
                break;
            }
        }
        for (String id : ids) {
            try {
                demo.identity().erase(id);
                erased++;
            } catch (RuntimeException e) {
                DemoContext.LOG.warn("Demo territory: account {} could not be erased: {}", id, e.toString());
            }
        }
        territory.delete();
        DemoContext.LOG.info("Demo territory removed: {} demo accounts erased with their posts, actors and operations.",
                erased);
        return erased;
    }
}
