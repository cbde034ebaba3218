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
package org.entraide.rest.internal.relay;

import java.time.Instant;
import org.entraide.services.relay.Beneficiary;
import org.entraide.rest.internal.geo.LatLon;
import org.entraide.rest.internal.post.PostView;

/**
 * A beneficiary as its relay (and nobody else) sees it, with its exact location and phone:
 * {@code {"id","firstName","commune":{"inseeCode","name"}|null,"location":{lat,lon}|null,"phone",
 * "consent":{"obtainedAt","method","recordedBy":{"id","displayName"},"recordedAt"},"createdAt","posts"}}.
 */
public record BeneficiaryView(String id, String firstName, CommuneView commune, LatLon location, String phone,
        ConsentView consent, Instant createdAt, int posts) {

    /** A commune by its INSEE code and the gazetteer's name. */
    public record CommuneView(String inseeCode, String name) {
    }

    /** The consent record. */
    public record ConsentView(Instant obtainedAt, String method, PostView.Person recordedBy, Instant recordedAt) {
    }

    static BeneficiaryView of(Beneficiary b) {
        return new BeneficiaryView(b.id(), b.firstName(),
                b.communeCode() == null ? null : new CommuneView(b.communeCode(), b.communeName()),
                b.location() == null ? null : new LatLon(b.location().lat(), b.location().lon()), b.phone(),
                new ConsentView(b.consent().obtainedAt(), b.consent().method(),
                        b.consent().recordedBy() == null ? null
                                : new PostView.Person(b.consent().recordedBy(), b.consent().recordedByName()),
                        b.consent().recordedAt()),
                b.createdAt(), b.posts());
    }
}
