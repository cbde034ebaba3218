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
package org.entraide.support.place;

import java.util.Objects;
import org.entraide.api.geo.CellCovering;
import org.entraide.api.geo.GeoPoint;
import org.entraide.api.geo.GeoRadiusService;
import org.entraide.services.territory.TerritoryService;

/**
 * The place of a list around a point: its centre (the one asked for, else the reader's home), its radius (the
 * one asked for, else the reader's preferred one, else the default, under the rules of the territory at the
 * centre) and the cells that cover it. A list reads the rows of {@link #covering()}, keeps those that
 * {@link #contains(GeoPoint)} and orders them by {@link #distanceMetres(GeoPoint)}.
 */
public final class ListPlace {

    private final GeoRadiusService geo;
    private final GeoPoint centre;
    private final double radiusKm;
    private final CellCovering covering;

    private ListPlace(GeoRadiusService geo, GeoPoint centre, double radiusKm, CellCovering covering) {
        this.geo = geo;
        this.centre = centre;
        this.radiusKm = radiusKm;
        this.covering = covering;
    }

    /**
     * Works out the place of a list.
     *
     * @param centre the centre the query asks for, or {@code null} for the reader's home
     * @param radiusKm the radius the query asks for, or {@code null} for the reader's preferred radius (or the
     *        default at the centre)
     * @param reader who reads the list
     * @param territories the rules of radii at the centre
     * @param geo the geodesy and the cells
     * @return the place
     * @throws org.entraide.api.error.AuthenticationException when there is no centre and nobody signed in
     * @throws org.entraide.api.geo.InvalidRadiusException when the radius asked for is not allowed at the centre
     * @throws org.entraide.api.error.ValidationException when the centre is outside every territory served
     */
    public static ListPlace around(GeoPoint centre, Double radiusKm, Reader reader, TerritoryService territories,
            GeoRadiusService geo) {
        Objects.requireNonNull(reader, "reader");
        GeoPoint at = centre != null ? centre : reader.home();
        Double preferred = radiusKm != null ? null : reader.preferredRadiusKm();
        double radius = territories.area(at, radiusKm, preferred).radiusKm();
        return new ListPlace(geo, at, radius, geo.covering(at, radius));
    }

    /**
     * The centre.
     *
     * @return the centre the distances are measured from
     */
    public GeoPoint centre() {
        return centre;
    }

    /**
     * The radius.
     *
     * @return the radius in kilometres, as the territory's rules allow it
     */
    public double radiusKm() {
        return radiusKm;
    }

    /**
     * The cells to read.
     *
     * @return the covering of the circle
     */
    public CellCovering covering() {
        return covering;
    }

    /**
     * Whether a point is in the list's circle, its edge included.
     *
     * @param point a row's position (for a resident's post, its public position)
     * @return true when it lies within the radius of the centre
     */
    public boolean contains(GeoPoint point) {
        return geo.isWithin(point, centre, radiusKm);
    }

    /**
     * How far a point is from the centre.
     *
     * @param point a row's position (for a resident's post, its public position)
     * @return the geodesic distance in metres
     */
    public double distanceMetres(GeoPoint point) {
        return geo.distanceMetres(centre, point);
    }
}
