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
import java.util.function.Supplier;
import org.entraide.api.error.AuthenticationException;
import org.entraide.api.geo.GeoPoint;
import org.entraide.services.identity.Caller;
import org.entraide.services.identity.IdentityService;

/**
 * Who reads a list around a place, as far as the place depends on them: a signed-in resident's home (the centre
 * when the query gives none) and preferred radius, each looked up only when the place needs it; or nobody
 * signed in, who must then give a centre.
 */
public final class Reader {

    private final Supplier<GeoPoint> home;
    private final Supplier<Double> preferredRadiusKm;

    private Reader(Supplier<GeoPoint> home, Supplier<Double> preferredRadiusKm) {
        this.home = home;
        this.preferredRadiusKm = preferredRadiusKm;
    }

    /**
     * A signed-in resident.
     *
     * @param home looks up the resident's home
     * @param preferredRadiusKm looks up the resident's preferred radius
     * @return the reader
     */
    public static Reader resident(Supplier<GeoPoint> home, Supplier<Double> preferredRadiusKm) {
        return new Reader(Objects.requireNonNull(home, "home"),
                Objects.requireNonNull(preferredRadiusKm, "preferredRadiusKm"));
    }

    /**
     * Nobody signed in: no preferred radius, and no home to centre the list on.
     *
     * @param refusal the message of the {@link AuthenticationException} thrown when the list has no centre,
     *        saying what to do: "Sign in, or give lat and lon, to list actors."
     * @return the reader
     */
    public static Reader anonymous(String refusal) {
        Objects.requireNonNull(refusal, "refusal");
        return new Reader(() -> {
            throw new AuthenticationException(refusal);
        }, () -> null);
    }

    /**
     * Whoever calls: the signed-in resident (home and preferred radius looked up through identity when needed), or
     * nobody.
     *
     * @param viewer the caller, or {@code null} when nobody is signed in
     * @param identity where a resident's home and preferred radius are kept
     * @param refusal what to tell somebody not signed in who gives no centre (see {@link #anonymous(String)})
     * @return the reader
     */
    public static Reader of(Caller viewer, IdentityService identity, String refusal) {
        return viewer == null ? anonymous(refusal) : resident(() -> identity.home(viewer.accountId()),
                () -> identity.account(viewer.accountId()).radiusKm());
    }

    /** The centre of a list that gives none; nobody signed in is refused. */
    GeoPoint home() {
        return home.get();
    }

    /** The radius of a list that asks for none, or {@code null} for the default of the place. */
    Double preferredRadiusKm() {
        return preferredRadiusKm.get();
    }
}
