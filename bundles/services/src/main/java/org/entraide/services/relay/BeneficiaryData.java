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
package org.entraide.services.relay;

import java.util.Collection;
import java.util.Map;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * What another bundle holds about beneficiaries (the posts written for them), registered as an OSGi service: the
 * relays service adds it to a beneficiary's export and erases it with the beneficiary.
 */
@ConsumerType
public interface BeneficiaryData {

    /**
     * The name of this contributor's section in the export, such as {@code posts}; unique, lower camel case.
     *
     * @return the section's name
     */
    String section();

    /**
     * Everything held about the beneficiary, as values Jackson can write (maps, lists, strings, numbers).
     *
     * @param beneficiaryId the beneficiary
     * @return the section's content; an empty list or map when there is nothing
     */
    Object export(String beneficiaryId);

    /**
     * Erases everything held about the beneficiary; idempotent.
     *
     * @param beneficiaryId the beneficiary
     */
    void erase(String beneficiaryId);

    /**
     * How many items (posts) each beneficiary has here.
     *
     * @param beneficiaryIds the beneficiaries
     * @return the counts, by beneficiary; a beneficiary with none may be missing
     */
    Map<String, Integer> counts(Collection<String> beneficiaryIds);
}
