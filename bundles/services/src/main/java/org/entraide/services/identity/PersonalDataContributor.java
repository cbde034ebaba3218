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
 * Implemented by every bundle that holds personal data about residents, and registered as an OSGi
 * service: a resident's export ({@code GET /me/export}) then includes what it holds, and erasing an
 * account ({@code DELETE /me}) lets it erase or anonymise it. Identity binds contributors dynamically
 * and knows nothing else of them.
 */
@ConsumerType
public interface PersonalDataContributor {

    /**
     * The name of this contributor's section in the export, such as {@code posts}; unique, stable,
     * lower camel case.
     */
    String section();

    /**
     * Everything this bundle holds about the account, as values Jackson can write (maps, lists,
     * strings, numbers, records). An account with nothing here gives an empty list or map.
     */
    Object export(String accountId);

    /**
     * Erases, or anonymises where others' data depends on it, everything this bundle holds about the
     * account. Called before the account itself is removed; it must be idempotent, since a failure
     * elsewhere makes the whole erasure run again.
     */
    void erase(String accountId);
}
