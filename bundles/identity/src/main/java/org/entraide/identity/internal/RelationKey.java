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

import java.io.Serializable;
import java.util.Objects;

/** The primary key of {@link RelationEntity}: who, which kind, whom. */
public class RelationKey implements Serializable {

    private static final long serialVersionUID = 1L;

    private String accountId;
    private String kind;
    private String otherId;

    public RelationKey() {
    }

    RelationKey(String accountId, String kind, String otherId) {
        this.accountId = accountId;
        this.kind = kind;
        this.otherId = otherId;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof RelationKey)) {
            return false;
        }
        RelationKey key = (RelationKey) other;
        return Objects.equals(accountId, key.accountId) && Objects.equals(kind, key.kind)
                && Objects.equals(otherId, key.otherId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accountId, kind, otherId);
    }
}
