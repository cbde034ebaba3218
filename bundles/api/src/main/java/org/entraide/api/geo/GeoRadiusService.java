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
package org.entraide.api.geo;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Geodesic distances, radius checks, spatial cells and public positions: the geography every located thing of
 * Entraide relies on.
 *
 * <h2>Radius queries</h2>
 * Every located row stores its cell key at each level ({@link #cellKeys(GeoPoint)}) in indexed columns. A query
 * for the rows within {@code r} km of a centre asks for {@link #covering(GeoPoint, double)}, reads the rows of
 * those few cells at the covering's level, and keeps those for which {@link #isWithin} holds. The covering
 * always contains the cell of every point inside the circle, so no row inside is ever missed.
 *
 * <h2>Privacy</h2>
 * A resident's exact position is private. Whatever others may observe about a resident's post (its map
 * position, its distance, whether it lies inside a radius, its cell keys) is computed from
 * {@link #publicPosition(GeoPoint)}, never from the private point.
 *
 * <h2>Radii</h2>
 * Radii are in kilometres, above zero and at most {@link #HARD_MAX_RADIUS_KM}; a request's radius is further
 * bounded by the configured {@link #maxRadiusKm()} through {@link #validateRadiusKm(double)}.
 */
@ProviderType
public interface GeoRadiusService {

    /** No radius is ever larger than this, whatever the configuration says. */
    double HARD_MAX_RADIUS_KM = 50;

    /**
     * The geodesic distance between two points on the WGS84 ellipsoid.
     *
     * @param a one point
     * @param b the other point
     * @return the length in metres of the shortest path on the ellipsoid, accurate to well under a millimetre
     */
    double distanceMetres(GeoPoint a, GeoPoint b);

    /**
     * Whether a point lies within a geodesic distance of a centre, the boundary included.
     *
     * @param point the point to classify
     * @param centre the centre of the circle
     * @param radiusKm the radius in kilometres, above zero and at most {@link #HARD_MAX_RADIUS_KM}
     * @return true when {@code distanceMetres(point, centre) <= radiusKm * 1000}
     * @throws InvalidRadiusException when the radius is not in that range
     */
    boolean isWithin(GeoPoint point, GeoPoint centre, double radiusKm);

    /**
     * The number of cell levels; levels are numbered from 0, the coarsest, upwards.
     *
     * @return how many cell keys each located row stores
     */
    int cellLevelCount();

    /**
     * The approximate side of the cells of a level, for documentation and tuning.
     *
     * @param level a level from 0 to {@code cellLevelCount() - 1}
     * @return the height of a cell in kilometres; its width at its widest is about the same
     * @throws IllegalArgumentException when there is no such level
     */
    double cellSizeKm(int level);

    /**
     * The key of the cell of one level that contains a point. Keys of different levels never collide; a key is
     * at most 2<sup>51</sup>, so it also fits a JSON number exactly.
     *
     * @param point the point
     * @param level a level from 0 to {@code cellLevelCount() - 1}
     * @return the cell key, never negative
     * @throws IllegalArgumentException when there is no such level
     */
    long cellKey(GeoPoint point, int level);

    /**
     * The keys of the cells containing a point, one per level: what a located row stores.
     *
     * @param point the point; for a resident's post, its public position
     * @return the key of each level, indexed by level
     */
    List<Long> cellKeys(GeoPoint point);

    /**
     * The level that {@link #covering(GeoPoint, double)} uses for a radius: the finest whose covering stays a
     * few cells.
     *
     * @param radiusKm the radius in kilometres, above zero and at most {@link #HARD_MAX_RADIUS_KM}
     * @return the level
     * @throws InvalidRadiusException when the radius is not in that range
     */
    int coveringLevel(double radiusKm);

    /**
     * The cells of {@link #coveringLevel(double)} that together contain every point within a radius of a centre.
     * Near the poles and across the antimeridian the covering is still complete.
     *
     * @param centre the centre of the circle
     * @param radiusKm the radius in kilometres, above zero and at most {@link #HARD_MAX_RADIUS_KM}
     * @return the covering: at most 16 cells in France, a few more near the poles
     * @throws InvalidRadiusException when the radius is not in that range
     */
    CellCovering covering(GeoPoint centre, double radiusKm);

    /**
     * The cells of a chosen level that together contain every point within a radius of a centre.
     *
     * @param centre the centre of the circle
     * @param radiusKm the radius in kilometres, above zero and at most {@link #HARD_MAX_RADIUS_KM}
     * @param level a level from 0 to {@code cellLevelCount() - 1}; finer levels give more, smaller cells
     * @return the covering
     * @throws InvalidRadiusException when the radius is not in that range
     * @throws IllegalArgumentException when there is no such level
     */
    CellCovering covering(GeoPoint centre, double radiusKm, int level);

    /**
     * The public position of a private point: the centre of the cell of a few hundred metres that contains it.
     * It is stable (the same point always gives the same position), at most about 450 m away from the point,
     * and the same for every point of the cell, so that averaging many posts reveals nothing more than the cell.
     *
     * @param privatePoint the exact position, which is never shown
     * @return the position that may be shown and used for distances, radius checks and cell keys
     */
    GeoPoint publicPosition(GeoPoint privatePoint);

    /**
     * A distance rounded for display so that it carries no more precision than a public position: to the
     * nearest half kilometre, and never below 0.5 km.
     *
     * @param metres a distance in metres, not negative
     * @return the distance to show, in kilometres: 0.5, 1.0, 1.5, ...
     * @throws IllegalArgumentException when the distance is negative or not a number
     */
    double displayDistanceKm(double metres);

    /**
     * Checks a radius asked for by a request against the platform's maximum.
     *
     * @param radiusKm the radius in kilometres
     * @return the same radius
     * @throws InvalidRadiusException when it is not a number, zero, negative, infinite or above
     *         {@link #maxRadiusKm()}
     */
    double validateRadiusKm(double radiusKm);

    /**
     * The radius of a request: the one it asks for, checked, or the default when it asks for none.
     *
     * @param radiusKm the requested radius in kilometres, or {@code null}
     * @return {@link #defaultRadiusKm()} for {@code null}, else {@code validateRadiusKm(radiusKm)}
     * @throws InvalidRadiusException when a requested radius is not valid
     */
    double radiusKmOrDefault(Double radiusKm);

    /**
     * The largest radius a request may ask for, as configured, never above {@link #HARD_MAX_RADIUS_KM}.
     *
     * @return the maximum in kilometres
     */
    double maxRadiusKm();

    /**
     * The radius used when a request asks for none, as configured, never above {@link #maxRadiusKm()}.
     *
     * @return the default in kilometres
     */
    double defaultRadiusKm();

    /**
     * The radii a user interface offers to choose from, ascending, none above {@link #maxRadiusKm()}.
     *
     * @return the radii in kilometres, never empty
     */
    List<Double> offeredRadiiKm();
}
