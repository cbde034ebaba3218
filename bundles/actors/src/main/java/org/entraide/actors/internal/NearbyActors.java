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
package org.entraide.actors.internal;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.aries.jpa.template.TransactionType;
import org.entraide.services.actor.Actor;
import org.entraide.services.actor.ActorQuery;
import org.entraide.api.geo.CellCovering;
import org.entraide.api.geo.GeoPoint;
import org.entraide.services.identity.Caller;
import org.entraide.services.paging.Cursors;
import org.entraide.services.paging.Page;
import org.entraide.support.place.ListPlace;
import org.entraide.support.place.Reader;

/**
 * The actors around a place, of one type or all, nearest first: read from the cells covering the place, kept
 * when inside it, paged by distance. Hidden actors are in nobody's list, not even their managers' or moderators':
 * they reach them by their page.
 */
final class NearbyActors {

    /** The cursor kind of actors nearest first around a centre. */
    private static final String NEARBY = "an1";

    private final ActorsContext actors;

    NearbyActors(ActorsContext actors) {
        this.actors = actors;
    }

    Page<Actor> list(Caller viewer, ActorQuery query) {
        Reader reader = Reader.of(viewer, actors.identity(), "Sign in, or give lat and lon, to list actors.");
        ListPlace place = ListPlace.around(query.centre(), query.radiusKm(), reader, actors.territories(),
                actors.geo());
        CellCovering covering = place.covering();
        List<ActorEntity> inCells = actors.jpa().txExpr(TransactionType.Required, em -> {
            var select = em.createQuery("SELECT a FROM ActorEntity a WHERE a.cell" + covering.level() + " IN :cells"
                    + " AND a.hidden = :hidden" + (query.type() == null ? "" : " AND a.type = :type")
                    + (query.helpsWith() == null ? "" : " AND a.id IN (SELECT h.actorId FROM ActorHelpEntity h"
                            + " WHERE h.category = :category)"), ActorEntity.class)
                    .setParameter("cells", covering.keys()).setParameter("hidden", false);
            if (query.type() != null) {
                select.setParameter("type", query.type());
            }
            if (query.helpsWith() != null) {
                select.setParameter("category", query.helpsWith());
            }
            return select.getResultList();
        });
        List<ActorEntity> inside = inCells.stream().filter(a -> place.contains(GeoPoint.of(a.lat, a.lon)))
                .collect(Collectors.toList());
        Page<ActorEntity> page = Cursors.nearestFirst(inside, a -> place.distanceMetres(GeoPoint.of(a.lat, a.lon)),
                a -> a.id, NEARBY, query.cursor(), query.limit());
        return new Page<>(page.items().stream().map(a -> actors.view(a, actors.managers(a.id), place.centre()))
                .collect(Collectors.toList()), page.nextCursor());
    }
}
