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
package org.entraide.geo.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import org.entraide.api.geo.CellCovering;
import org.entraide.api.geo.GeoPoint;
import org.entraide.api.geo.GeoRadiusService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

/** The geo service: GeographicLib for distances, {@link CellScheme} for cells, {@link PositionFuzzer} for privacy. */
@Component(service = GeoRadiusService.class, configurationPid = "org.entraide.geo")
@Designate(ocd = GeoConfig.class)
public final class GeoRadiusComponent implements GeoRadiusService {

    private static final Logger LOG = Logger.getLogger(GeoRadiusComponent.class.getName());

    private final CellScheme cells = new CellScheme();
    private final PositionFuzzer fuzzer = new PositionFuzzer();
    private volatile RadiusPolicy policy = new RadiusPolicy(HARD_MAX_RADIUS_KM, RadiusPolicy.USUAL_DEFAULT_KM,
            "5,10,25,50");

    /**
     * Applies the configuration, at activation and whenever it changes.
     *
     * @param config the settings of {@code etc/org.entraide.geo.cfg}
     */
    @Activate
    @Modified
    void configure(GeoConfig config) {
        RadiusPolicy configured = new RadiusPolicy(config.maxRadiusKm(), config.defaultRadiusKm(),
                config.offeredRadiiKm());
        for (String problem : configured.problems()) {
            LOG.warning("org.entraide.geo: " + problem);
        }
        policy = configured;
    }

    @Override
    public double distanceMetres(GeoPoint a, GeoPoint b) {
        return Geodesy.distanceMetres(a.lat(), a.lon(), b.lat(), b.lon());
    }

    @Override
    public boolean isWithin(GeoPoint point, GeoPoint centre, double radiusKm) {
        RadiusPolicy.checkGeometric(radiusKm);
        return Geodesy.isWithinMetres(point.lat(), point.lon(), centre.lat(), centre.lon(), radiusKm * 1000);
    }

    @Override
    public int cellLevelCount() {
        return cells.levelCount();
    }

    @Override
    public double cellSizeKm(int level) {
        return cells.cellSizeKm(level);
    }

    @Override
    public long cellKey(GeoPoint point, int level) {
        return cells.cellKey(point.lat(), point.lon(), level);
    }

    @Override
    public List<Long> cellKeys(GeoPoint point) {
        List<Long> keys = new ArrayList<>(cells.levelCount());
        for (int level = 0; level < cells.levelCount(); level++) {
            keys.add(cells.cellKey(point.lat(), point.lon(), level));
        }
        return List.copyOf(keys);
    }

    @Override
    public int coveringLevel(double radiusKm) {
        return cells.levelFor(RadiusPolicy.checkGeometric(radiusKm));
    }

    @Override
    public CellCovering covering(GeoPoint centre, double radiusKm) {
        return covering(centre, radiusKm, coveringLevel(radiusKm));
    }

    @Override
    public CellCovering covering(GeoPoint centre, double radiusKm, int level) {
        RadiusPolicy.checkGeometric(radiusKm);
        long[] keys = cells.covering(centre.lat(), centre.lon(), radiusKm * 1000, level);
        List<Long> boxed = new ArrayList<>(keys.length);
        for (long key : keys) {
            boxed.add(key);
        }
        return new CellCovering(level, boxed);
    }

    @Override
    public GeoPoint publicPosition(GeoPoint privatePoint) {
        double[] position = fuzzer.publicPosition(privatePoint.lat(), privatePoint.lon());
        return new GeoPoint(position[0], position[1]);
    }

    @Override
    public double displayDistanceKm(double metres) {
        return DisplayDistance.kilometres(metres);
    }

    @Override
    public double validateRadiusKm(double radiusKm) {
        return policy.validate(radiusKm);
    }

    @Override
    public double radiusKmOrDefault(Double radiusKm) {
        RadiusPolicy current = policy;
        return radiusKm == null ? current.defaultKm() : current.validate(radiusKm);
    }

    @Override
    public double maxRadiusKm() {
        return policy.maxKm();
    }

    @Override
    public double defaultRadiusKm() {
        return policy.defaultKm();
    }

    @Override
    public List<Double> offeredRadiiKm() {
        return policy.offeredKm();
    }
}
