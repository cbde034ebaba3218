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
package org.entraide.operations.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.aries.jpa.template.TransactionType;
import org.entraide.services.actor.Actor;
import org.entraide.api.geo.CellCovering;
import org.entraide.api.geo.GeoPoint;
import org.entraide.services.identity.Caller;
import org.entraide.services.operation.Operation;
import org.entraide.services.operation.OperationQuery;
import org.entraide.services.paging.Cursors;
import org.entraide.services.paging.Page;
import org.entraide.support.moderation.Moderators;
import org.entraide.support.place.ListPlace;
import org.entraide.support.place.Reader;

/**
 * The lists of operations: the published ones around a place, nearest first, and an actor's, newest first (its
 * drafts too for its managers). Hidden operations, and those of a hidden actor, are in nobody's list around a
 * place; an actor's own list keeps them, marked hidden, for its managers and its moderators.
 */
final class OperationLists {

    /** Cursor kinds: operations nearest first around a centre, an actor's newest first. */
    private static final String NEARBY = "on1";
    private static final String OF_ACTOR = "oa1";

    private final OperationsContext operations;

    OperationLists(OperationsContext operations) {
        this.operations = operations;
    }

    Page<Operation> list(Caller viewer, OperationQuery query) {
        Reader reader = Reader.of(viewer, operations.identity(), "Sign in, or give lat and lon, to list operations.");
        ListPlace place = ListPlace.around(query.centre(), query.radiusKm(), reader, operations.territories(),
                operations.geo());
        CellCovering covering = place.covering();
        List<OperationEntity> inCells = operations.jpa().txExpr(TransactionType.Required, em -> {
            var select = em.createQuery("SELECT o FROM OperationEntity o WHERE o.cell" + covering.level()
                    + " IN :cells AND o.status = 'PUBLISHED' AND o.hidden = :hidden"
                    + (query.type() == null ? "" : " AND o.type = :type"),
                    OperationEntity.class).setParameter("cells", covering.keys()).setParameter("hidden", false);
            if (query.type() != null) {
                select.setParameter("type", query.type());
            }
            return select.getResultList();
        });
        List<OperationEntity> inPlace = inCells.stream().filter(o -> place.contains(GeoPoint.of(o.lat, o.lon)))
                .collect(Collectors.toList());
        Map<String, Actor> actors = operations.actors().lookUp(inPlace.stream().map(o -> o.actorId)
                .collect(Collectors.toSet()));
        // The operations of a hidden actor are hidden with it.
        List<OperationEntity> inside = inPlace.stream()
                .filter(o -> actors.containsKey(o.actorId) && !actors.get(o.actorId).hidden())
                .collect(Collectors.toList());
        Page<OperationEntity> page = Cursors.nearestFirst(inside,
                o -> place.distanceMetres(GeoPoint.of(o.lat, o.lon)), o -> o.id, NEARBY, query.cursor(),
                query.limit());
        return new Page<>(page.items().stream().map(o -> operations.view(o, actors.get(o.actorId),
                place.centre())).collect(Collectors.toList()), page.nextCursor());
    }

    Page<Operation> ofActor(Caller viewer, String actorId, String cursor, int limit) {
        Actor actor = operations.actors().get(viewer, actorId, null);
        boolean manager = viewer != null && operations.actors().isManager(viewer.accountId(), actorId);
        // Hidden operations stay in the list of those who see them on their own page: the actor's managers and
        // the moderators of the actor's place (an actor's operations lie around it).
        boolean seesHidden = manager || new Moderators(operations.territories(), operations.identity())
                .moderatesAt(viewer, actor.location());
        Cursors.Position after = Cursors.decode(OF_ACTOR, cursor);
        List<OperationEntity> rows = operations.jpa().txExpr(TransactionType.Required, em -> {
            var select = em.createQuery("SELECT o FROM OperationEntity o WHERE o.actorId = :actor"
                    + (manager ? "" : " AND o.status <> 'DRAFT'") + (seesHidden ? "" : " AND o.hidden = :hidden")
                    + (after == null ? "" : " AND (o.createdAt < :time OR (o.createdAt = :time AND o.id < :id))")
                    + " ORDER BY o.createdAt DESC, o.id DESC", OperationEntity.class).setParameter("actor", actorId);
            if (after != null) {
                select.setParameter("time", after.time()).setParameter("id", after.id());
            }
            if (!seesHidden) {
                select.setParameter("hidden", false);
            }
            return select.setMaxResults(limit + 1).getResultList();
        });
        return KeysetPages.page(rows, limit, OF_ACTOR, o -> o.createdAt, o -> o.id,
                o -> operations.view(o, actor, null));
    }
}
