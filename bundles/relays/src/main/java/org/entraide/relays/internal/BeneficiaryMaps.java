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
package org.entraide.relays.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.entraide.services.relay.Beneficiary;

/** A beneficiary in an export, in the shape of the REST API's beneficiary, with instants as ISO-8601 strings. */
final class BeneficiaryMaps {

    private BeneficiaryMaps() {
    }

    static Map<String, Object> of(Beneficiary b) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", b.id());
        map.put("firstName", b.firstName());
        map.put("commune", b.communeCode() == null ? null : commune(b));
        map.put("location", b.location() == null ? null
                : Map.of("lat", b.location().lat(), "lon", b.location().lon()));
        map.put("phone", b.phone());
        Map<String, Object> consent = new LinkedHashMap<>();
        consent.put("obtainedAt", b.consent().obtainedAt().toString());
        consent.put("method", b.consent().method());
        Map<String, Object> recorder = new LinkedHashMap<>();
        recorder.put("id", b.consent().recordedBy());
        recorder.put("displayName", b.consent().recordedByName());
        consent.put("recordedBy", recorder);
        consent.put("recordedAt", b.consent().recordedAt().toString());
        map.put("consent", consent);
        map.put("createdAt", b.createdAt().toString());
        map.put("posts", b.posts());
        return map;
    }

    private static Map<String, Object> commune(Beneficiary b) {
        Map<String, Object> commune = new LinkedHashMap<>();
        commune.put("inseeCode", b.communeCode());
        commune.put("name", b.communeName());
        return commune;
    }
}
