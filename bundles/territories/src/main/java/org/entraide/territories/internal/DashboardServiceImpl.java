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
package org.entraide.territories.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.entraide.services.actor.ActorStatistics;
import org.entraide.api.error.AuthenticationException;
import org.entraide.api.error.ForbiddenException;
import org.entraide.api.error.NotFoundException;
import org.entraide.api.geo.GeoPoint;
import org.entraide.api.geo.Place;
import org.entraide.api.geo.PlaceDirectory;
import org.entraide.services.identity.Caller;
import org.entraide.services.identity.IdentityService;
import org.entraide.services.identity.ResidentStatistics;
import org.entraide.services.identity.Role;
import org.entraide.services.operation.OperationStatistics;
import org.entraide.services.post.PostStatistics;
import org.entraide.services.territory.Dashboard;
import org.entraide.services.territory.DashboardService;
import org.entraide.services.territory.StatisticsScope;
import org.entraide.services.territory.Territory;
import org.entraide.services.territory.TerritoryService;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Territories' dashboards, assembled here because the territory bundle owns what every figure is filtered by: the
 * perimeter (its exact membership and its bounding box) and who moderates it. It owns no figure and reads no table:
 * posts, residents, actors and operations each count theirs through their bundle's statistics service
 * ({@link PostStatistics}, {@link ResidentStatistics}, {@link ActorStatistics}, {@link OperationStatistics}), and
 * this adds them up by ISO week and by commune (the gazetteer's nearest commune). Without the actors or the
 * operations bundle, their figures are zero.
 *
 * <p>"Now" and the default period come from the system's UTC clock, or from a moved clock registered as a
 * {@link Clock} service with {@code entraide.clock=moved}, the same the posts bundle follows.
 */
@Component(service = DashboardService.class)
public class DashboardServiceImpl implements DashboardService {

    /** The most unanswered requests listed. */
    static final int MAX_UNANSWERED = 200;

    @Reference
    private TerritoryService territories;

    @Reference
    private PlaceDirectory places;

    @Reference
    private IdentityService identity;

    @Reference
    private PostStatistics posts;

    @Reference
    private ResidentStatistics residents;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ActorStatistics actors;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile OperationStatistics operations;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            target = "(entraide.clock=moved)")
    private volatile Clock movedClock;

    @Override
    public Dashboard dashboard(Caller caller, String key, String from, String to) {
        if (caller == null) {
            throw new AuthenticationException("This needs you to be signed in.");
        }
        Territory territory = territories.territory(key).orElseThrow(() -> new NotFoundException(
                "There is no territory " + key + "."));
        if (!moderates(caller, territory)) {
            throw new ForbiddenException("Only the moderators of " + territory.name()
                    + " and the platform's moderators and operators read its dashboard.");
        }
        Clock clock = movedClock;
        Instant now = (clock == null ? Clock.systemUTC() : clock).instant();
        DashboardFigures.Period period = DashboardFigures.Period.of(from, to, now.atOffset(ZoneOffset.UTC)
                .toLocalDate());
        StatisticsScope scope = scope(territory, period, now);
        return assemble(territory, period, scope);
    }

    private boolean moderates(Caller caller, Territory territory) {
        if (caller.has(Role.MODERATOR) || caller.has(Role.OPERATOR)) {
            return true;
        }
        return !territory.moderators().isEmpty()
                && territory.moderators().contains(identity.account(caller.accountId()).email());
    }

    private StatisticsScope scope(Territory territory, DashboardFigures.Period period, Instant now) {
        List<GeoPoint> communes = new ArrayList<>();
        for (String code : territory.perimeter().inseeCodes()) {
            places.commune(code).ifPresent(place -> communes.add(place.position()));
        }
        double[] box = DashboardFigures.box(territory.perimeter(), communes);
        return new StatisticsScope(box[0], box[1], box[2], box[3], point -> territories.contains(territory, point),
                point -> places.nearestCommune(point).map(Place::inseeCode).orElse(null),
                period.from().atStartOfDay(ZoneOffset.UTC).toInstant(),
                period.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), now);
    }

    private Dashboard assemble(Territory territory, DashboardFigures.Period period, StatisticsScope scope) {
        DashboardAssembly sum = new DashboardAssembly(period, scope.commune());
        posts.posted(scope).forEach(sum::post);
        long unanswered = 0;
        for (Map.Entry<GeoPoint, Long> here : posts.unansweredByPosition(scope).entrySet()) {
            sum.unanswered(here.getKey(), here.getValue());
            unanswered += here.getValue();
        }
        long people = 0;
        for (Map.Entry<String, Long> here : residents.residentsByCommune(scope).entrySet()) {
            sum.residents(here.getKey(), here.getValue());
            people += here.getValue();
        }
        OperationStatistics operated = operations;
        if (operated != null) {
            operated.participations(scope).forEach(sum::participation);
        }
        ActorStatistics acting = actors;
        return new Dashboard(new Dashboard.Named(territory.key(), territory.name()), period.from().toString(),
                period.to().toString(), new Dashboard.Posted(sum.requests(), sum.offers()), sum.answered(),
                sum.medianFirstResponseHours(),
                new Dashboard.Unanswered(unanswered, posts.unanswered(scope, MAX_UNANSWERED)),
                posts.escalations(scope),
                counted(acting == null ? Map.of() : acting.actorsByType(scope)),
                counted(operated == null ? Map.of() : operated.operationsByType(scope)),
                sum.participations(), people, sum.weekly(), sum.communes(this::communeName));
    }

    private static Dashboard.Counted counted(Map<String, Long> byType) {
        return new Dashboard.Counted(byType.values().stream().mapToLong(Long::longValue).sum(),
                new TreeMap<>(byType));
    }

    private String communeName(String code) {
        Optional<Place> commune = places.commune(code);
        return commune.map(Place::name).orElse(code);
    }
}
