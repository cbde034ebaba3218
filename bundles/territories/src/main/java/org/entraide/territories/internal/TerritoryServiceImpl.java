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

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.entraide.api.error.FieldError;
import org.entraide.api.error.ValidationException;
import org.entraide.api.geo.GeoPoint;
import org.entraide.api.geo.GeoRadiusService;
import org.entraide.api.geo.InvalidRadiusException;
import org.entraide.api.geo.Place;
import org.entraide.api.geo.PlaceDirectory;
import org.entraide.services.territory.Area;
import org.entraide.services.territory.Perimeter;
import org.entraide.services.territory.Scope;
import org.entraide.services.territory.Territory;
import org.entraide.services.territory.TerritoryService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Which territory a point is in, and the rules there. Asked on every radius query and every creation, so it
 * reads the registry's current list (a volatile snapshot) and measures with the geodesic service.
 */
@Component(service = TerritoryService.class, configurationPid = "org.entraide.territories")
@Designate(ocd = TerritoriesConfig.class)
public final class TerritoryServiceImpl implements TerritoryService {

    /** Where perimeters overlap: priority, then communes over circles, then the smaller circle, then the key. */
    static final Comparator<Territory> PRECEDENCE = Comparator.comparingInt(Territory::priority).reversed()
            .thenComparing(t -> t.perimeter().isCircle())
            .thenComparingDouble(t -> t.perimeter().isCircle() ? t.perimeter().radiusKm() : 0)
            .thenComparing(Territory::key);

    private final TerritoryRegistry registry;
    private final GeoRadiusService geo;
    private final PlaceDirectory places;
    private volatile boolean territoriesOnly;

    /**
     * Wires the service.
     *
     * @param registry the territories configured
     * @param geo the geodesic service and the platform's radius defaults
     * @param places the gazetteer that gives a point its commune
     * @param config whether only territories are served
     */
    @Activate
    public TerritoryServiceImpl(@Reference TerritoryRegistry registry, @Reference GeoRadiusService geo,
            @Reference PlaceDirectory places, TerritoriesConfig config) {
        this.registry = registry;
        this.geo = geo;
        this.places = places;
        modified(config);
    }

    /**
     * Applies a change of {@code etc/org.entraide.territories.cfg}.
     *
     * @param config the new configuration
     */
    @Modified
    void modified(TerritoriesConfig config) {
        this.territoriesOnly = config.territoriesOnly();
    }

    @Override
    public List<Territory> territories() {
        return registry.territories();
    }

    @Override
    public Optional<Territory> territory(String key) {
        return registry.territories().stream().filter(t -> t.key().equals(key)).findFirst();
    }

    @Override
    public boolean contains(Territory territory, GeoPoint point) {
        return contains(territory, point, new CommuneOf(point));
    }

    private boolean contains(Territory territory, GeoPoint point, CommuneOf commune) {
        Perimeter perimeter = territory.perimeter();
        if (perimeter.isCircle()) {
            return geo.distanceMetres(perimeter.centre(), point) <= perimeter.radiusKm() * 1000;
        }
        return commune.code().map(perimeter.inseeCodes()::contains).orElse(false);
    }

    /** The commune of a point, looked up once however many territories ask. */
    private final class CommuneOf {
        private final GeoPoint point;
        private Optional<String> code;

        CommuneOf(GeoPoint point) {
            this.point = point;
        }

        Optional<String> code() {
            if (code == null) {
                code = places.nearestCommune(point).map(Place::inseeCode);
            }
            return code;
        }
    }

    @Override
    public Scope scopeAt(GeoPoint point) {
        List<Territory> all = registry.territories();
        CommuneOf commune = new CommuneOf(point);
        Optional<Territory> found = all.isEmpty() ? Optional.empty()
                : all.stream().filter(t -> contains(t, point, commune)).min(PRECEDENCE);
        if (found.isPresent()) {
            Territory territory = found.get();
            return new Scope(territory, territory.maxRadiusKm(), territory.defaultRadiusKm());
        }
        if (territoriesOnly) {
            throw new ValidationException(FieldError.of("location", "outside_territories",
                    "est hors de tous les territoires desservis ici", "is outside every territory served here"));
        }
        return new Scope(null, geo.maxRadiusKm(), geo.defaultRadiusKm());
    }

    @Override
    public Area area(GeoPoint centre, Double requestedRadiusKm, Double preferredRadiusKm) {
        Scope scope = scopeAt(centre);
        double radius;
        if (requestedRadiusKm != null) {
            radius = requestedRadiusKm;
            if (Double.isNaN(radius) || Double.isInfinite(radius) || radius <= 0) {
                throw new InvalidRadiusException(FieldError.of(InvalidRadiusException.FIELD, "out_of_range",
                        "doit être un nombre de kilomètres supérieur à 0", "must be a number of kilometres above 0"));
            }
            if (radius > scope.maxRadiusKm()) {
                String where = scope.territory() == null ? "ici" : "dans le territoire " + scope.territory().name();
                throw new InvalidRadiusException(FieldError.of(InvalidRadiusException.FIELD, "out_of_range",
                        "doit être au plus " + format(scope.maxRadiusKm()) + " km " + where,
                        "must be at most " + format(scope.maxRadiusKm()) + " km " + scope.where()));
            }
        } else if (preferredRadiusKm != null && preferredRadiusKm > 0) {
            radius = Math.min(preferredRadiusKm, scope.maxRadiusKm());
        } else {
            radius = scope.defaultRadiusKm();
        }
        return new Area(centre, radius, scope);
    }

    @Override
    public boolean territoriesOnly() {
        return territoriesOnly;
    }

    private static String format(double km) {
        return km == Math.rint(km) ? String.valueOf((long) km) : String.valueOf(km);
    }
}
