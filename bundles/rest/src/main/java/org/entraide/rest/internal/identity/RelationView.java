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
package org.entraide.rest.internal.identity;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.ws.rs.core.Response;
import org.entraide.services.identity.AccountRelations;
import org.entraide.services.identity.Relation;
import org.entraide.rest.internal.Bodies;

/**
 * One account the caller blocks or mutes: {@code {"accountId","displayName","createdAt"}}; and what the block and
 * mute resources share.
 */
public record RelationView(String accountId, String displayName, Instant createdAt) {

    static RelationView of(Relation relation) {
        return new RelationView(relation.accountId(), relation.displayName(), relation.createdAt());
    }

    /** {@code {"items":[...]}}, the most recent first; the whole list, which a resident makes one by one. */
    static Map<String, Object> list(List<Relation> relations) {
        return Map.of("items", relations.stream().map(RelationView::of).collect(Collectors.toList()));
    }

    /** The account named by a request body, {@code null} when it names none (the service answers 422). */
    static String accountOf(RelationRequest request) {
        return Bodies.required(request).accountId();
    }

    /** 201 with the item when this call made it, 200 with the same item when it was there already. */
    static Response added(AccountRelations.Added added, String path) {
        RelationView view = of(added.relation());
        return added.created() ? Response.created(URI.create(path + "/" + view.accountId())).entity(view)
                .build() : Response.ok(view).build();
    }
}
