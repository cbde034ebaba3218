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
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.entraide.api.error.FieldError;
import org.entraide.api.error.ValidationException;
import org.entraide.api.geo.GeoPoint;
import org.entraide.api.geo.Place;
import org.entraide.api.geo.PlaceDirectory;

/**
 * Searches places by the start of their name or of any word of it, or by postal code. Both are sorted arrays
 * searched by binary search, so a search costs a few comparisons plus the ranking of the places found.
 */
public final class PlaceIndex {

    private static final Pattern POSTAL_QUERY = Pattern.compile("[0-9][0-9 ]*");
    private static final Pattern INSEE_QUERY = Pattern.compile("(?i)[0-9][0-9AB][0-9]{3}");
    private static final int EXACT = 0;
    private static final int PREFIX = 1;
    private static final int INNER_WORD = 2;
    private static final Comparator<Place> BY_IMPORTANCE = Comparator.comparingInt(Place::population).reversed()
            .thenComparingInt(p -> p.name().length())
            .thenComparing(Place::name)
            .thenComparing(Place::departmentCode);

    private final Place[] places;
    private final String[] names;
    private final Entry[] words;
    private final Entry[] postalCodes;
    private final Map<String, Place> communes = new HashMap<>();
    /** Places with a commune code by square of {@link #BUCKET_DEGREES}, for the commune of a point. */
    private final Map<Long, List<Place>> communeBuckets = new HashMap<>();
    private static final double BUCKET_DEGREES = 0.1;
    /** Rings of buckets searched around a point before giving up: about 30 km. */
    private static final int MAX_RINGS = 3;

    /**
     * Indexes places.
     *
     * @param places the places, in any order
     */
    public PlaceIndex(List<Place> places) {
        this.places = places.toArray(new Place[0]);
        this.names = new String[this.places.length];
        List<Entry> wordEntries = new ArrayList<>();
        List<Entry> postalEntries = new ArrayList<>();
        for (int i = 0; i < this.places.length; i++) {
            String name = TextNormalizer.name(this.places[i].name());
            names[i] = name;
            for (int start = 0; start < name.length(); start++) {
                if (start == 0 || name.charAt(start - 1) == ' ') {
                    wordEntries.add(new Entry(name.substring(start), i));
                }
            }
            for (String code : this.places[i].postalCodes()) {
                postalEntries.add(new Entry(code, i));
            }
        }
        for (Place place : this.places) {
            if (place.inseeCode() != null && place.communeName() == null) {
                communes.put(place.inseeCode(), place);
            }
            if (place.inseeCode() != null) {
                communeBuckets.computeIfAbsent(bucket(bucketRow(place.position()), bucketColumn(place.position())),
                        k -> new ArrayList<>()).add(place);
            }
        }
        for (Place place : this.places) {
            // A commune the data knows only through a locality (Coggia through Coggia Maio) is placed there.
            if (place.inseeCode() != null && place.communeName() != null) {
                communes.putIfAbsent(place.inseeCode(), new Place(place.communeName(), place.inseeCode(), null,
                        place.departmentCode(), place.departmentName(), place.postalCodes(), place.position(),
                        place.population()));
            }
        }
        this.words = sorted(wordEntries);
        this.postalCodes = sorted(postalEntries);
    }

    /** The number of places indexed. */
    public int size() {
        return places.length;
    }

    /**
     * Finds places, best first: see {@link PlaceDirectory#search(String, int)}.
     *
     * @param query what the person typed
     * @param limit the largest number of places to answer, from 1 to {@link PlaceDirectory#MAX_LIMIT}
     * @return the places found
     */
    public List<Place> search(String query, int limit) {
        if (limit < 1 || limit > PlaceDirectory.MAX_LIMIT) {
            throw new ValidationException(FieldError.of("limit", "out_of_range",
                    "doit être de 1 à " + PlaceDirectory.MAX_LIMIT,
                    "must be from 1 to " + PlaceDirectory.MAX_LIMIT));
        }
        String text = query == null ? "" : query.strip();
        Map<Integer, Integer> found = new HashMap<>();
        if (POSTAL_QUERY.matcher(text).matches()) {
            findPostalCodes(text.replace(" ", ""), found);
        } else if (INSEE_QUERY.matcher(text).matches()) {
            findInseeCode(text.toUpperCase(Locale.ROOT), found);
        } else {
            findNames(TextNormalizer.query(text), found);
        }
        return found.entrySet().stream()
                .sorted(Comparator.<Map.Entry<Integer, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(e -> places[e.getKey()], BY_IMPORTANCE))
                .limit(limit)
                .map(e -> places[e.getKey()])
                .toList();
    }

    /**
     * The commune of an INSEE code: see {@link PlaceDirectory#commune(String)}.
     *
     * @param inseeCode the code
     * @return the commune, if known
     */
    public Optional<Place> commune(String inseeCode) {
        return inseeCode == null ? Optional.empty()
                : Optional.ofNullable(communes.get(inseeCode.strip().toUpperCase(Locale.ROOT)));
    }

    /**
     * The nearest commune of a point: see {@link PlaceDirectory#nearestCommune(GeoPoint)}. The nearest place with
     * a commune code decides, localities included (Sagone gives Vico, its commune). Compares squared
     * distances on a local equirectangular projection, which orders communes a few kilometres apart the same
     * way the ellipsoid does; the answer is a nearest chef-lieu, not a boundary, so finer is pointless.
     *
     * @param point the point
     * @return the nearest commune within about 30 km
     */
    public Optional<Place> nearestCommune(GeoPoint point) {
        int row = bucketRow(point);
        int column = bucketColumn(point);
        double shrink = Math.cos(Math.toRadians(point.lat()));
        Place best = null;
        double bestSquare = Double.MAX_VALUE;
        for (int ring = 0; ring <= MAX_RINGS; ring++) {
            for (int r = row - ring; r <= row + ring; r++) {
                for (int c = column - ring; c <= column + ring; c++) {
                    if (Math.max(Math.abs(r - row), Math.abs(c - column)) != ring) {
                        continue;
                    }
                    for (Place place : communeBuckets.getOrDefault(bucket(r, c), List.of())) {
                        double dLat = place.position().lat() - point.lat();
                        double dLon = (place.position().lon() - point.lon()) * shrink;
                        double square = dLat * dLat + dLon * dLon;
                        if (square < bestSquare) {
                            bestSquare = square;
                            best = place;
                        }
                    }
                }
            }
            // Everything in a further ring is at least ring * BUCKET_DEGREES * shrink away.
            double reach = ring * BUCKET_DEGREES * shrink;
            if (best != null && bestSquare <= reach * reach) {
                break;
            }
        }
        return best == null ? Optional.empty() : Optional.ofNullable(communes.get(best.inseeCode()));
    }

    private static int bucketRow(GeoPoint point) {
        return (int) Math.floor(point.lat() / BUCKET_DEGREES);
    }

    private static int bucketColumn(GeoPoint point) {
        return (int) Math.floor(point.lon() / BUCKET_DEGREES);
    }

    private static long bucket(int row, int column) {
        return ((long) row << 32) ^ (column & 0xffffffffL);
    }

    private void findNames(String query, Map<Integer, Integer> found) {
        if (query.isEmpty()) {
            return;
        }
        for (int i = lowerBound(words, query); i < words.length && words[i].key.startsWith(query); i++) {
            int place = words[i].place;
            int rank = names[place].equals(query) ? EXACT : names[place].startsWith(query) ? PREFIX : INNER_WORD;
            found.merge(place, rank, Math::min);
        }
    }

    private void findPostalCodes(String prefix, Map<Integer, Integer> found) {
        if (prefix.length() > 5) {
            return;
        }
        for (int i = lowerBound(postalCodes, prefix); i < postalCodes.length
                && postalCodes[i].key.startsWith(prefix); i++) {
            found.merge(postalCodes[i].place, postalCodes[i].key.equals(prefix) ? EXACT : PREFIX, Math::min);
        }
        if (prefix.length() == 5) {
            findInseeCode(prefix, found);
        }
    }

    private void findInseeCode(String code, Map<Integer, Integer> found) {
        for (int i = 0; i < places.length; i++) {
            if (code.equals(places[i].inseeCode())) {
                found.merge(i, places[i].communeName() == null ? EXACT : PREFIX, Math::min);
            }
        }
    }

    private static int lowerBound(Entry[] entries, String key) {
        int low = 0;
        int high = entries.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (entries[middle].key.compareTo(key) < 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private static Entry[] sorted(List<Entry> entries) {
        Entry[] array = entries.toArray(new Entry[0]);
        Arrays.sort(array, Comparator.comparing((Entry e) -> e.key).thenComparingInt(e -> e.place));
        return array;
    }

    /** A searchable key and the place it leads to. */
    private record Entry(String key, int place) {
    }
}
