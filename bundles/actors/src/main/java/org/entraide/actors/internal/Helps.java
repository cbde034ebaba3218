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

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.TransactionType;
import org.entraide.services.actor.Actor;
import org.entraide.api.error.FieldError;
import org.entraide.api.geo.CellCovering;
import org.entraide.api.geo.GeoPoint;

/**
 * What actors help with: the keys of post categories, checked against the categories the posts service offers,
 * stored one row each in {@code actor_help}, and the actors that help with a category around a place.
 */
final class Helps {

    /** How many categories an actor may help with. */
    static final int MAX = 20;

    private final ActorsContext actors;

    Helps(ActorsContext actors) {
        this.actors = actors;
    }

    /**
     * The categories given, without duplicates, in their order; {@code null} when none were given. An unknown
     * key is refused naming its entry.
     */
    List<String> check(List<String> given, List<FieldError> errors) {
        if (given == null) {
            return null;
        }
        Collection<String> known = actors.categoryKeys();
        Set<String> kept = new LinkedHashSet<>();
        for (int i = 0; i < given.size(); i++) {
            String key = given.get(i);
            if (key == null || !known.contains(key)) {
                errors.add(FieldError.of("helpsWith[" + i + "]", "not_a_category",
                        "doit être la clé d'une catégorie d'annonces (GET /categories)",
                        "must be the key of a post category (GET /categories)"));
            } else {
                kept.add(key);
            }
        }
        if (kept.size() > MAX) {
            errors.add(FieldError.of("helpsWith", "too_many", "doit compter au plus " + MAX + " catégories",
                    "must list at most " + MAX + " categories"));
        }
        return new ArrayList<>(kept);
    }

    /** Replaces the categories of an actor, inside the caller's transaction. */
    static void write(EntityManager em, String actorId, List<String> categories) {
        em.createQuery("DELETE FROM ActorHelpEntity h WHERE h.actorId = :actor").setParameter("actor", actorId)
                .executeUpdate();
        for (String category : categories) {
            ActorHelpEntity help = new ActorHelpEntity();
            help.actorId = actorId;
            help.category = category;
            em.persist(help);
        }
    }

    /**
     * The actors that help with a category within a radius of a centre: verified first, then nearest. An actor
     * hidden by moderators is never asked.
     */
    List<Actor> helpers(GeoPoint centre, double radiusKm, String category, int max) {
        CellCovering covering = actors.geo().covering(centre, radiusKm);
        List<ActorEntity> found = actors.jpa().txExpr(TransactionType.Required, em -> em.createQuery(
                "SELECT a FROM ActorEntity a WHERE a.cell" + covering.level() + " IN :cells AND a.hidden = :hidden"
                        + " AND a.id IN (SELECT h.actorId FROM ActorHelpEntity h WHERE h.category = :category)",
                ActorEntity.class).setParameter("cells", covering.keys()).setParameter("category", category)
                .setParameter("hidden", false).getResultList());
        Comparator<ActorEntity> order = Comparator.<ActorEntity, Boolean>comparing(a -> !"VERIFIED".equals(
                a.verification)).thenComparingDouble(a -> distance(centre, a)).thenComparing(a -> a.id);
        return found.stream().filter(a -> actors.geo().isWithin(GeoPoint.of(a.lat, a.lon), centre, radiusKm))
                .sorted(order).limit(Math.max(0, max))
                .map(a -> actors.view(a, actors.managers(a.id), centre)).collect(Collectors.toList());
    }

    private double distance(GeoPoint centre, ActorEntity actor) {
        return actors.geo().distanceMetres(centre, GeoPoint.of(actor.lat, actor.lon));
    }
}
