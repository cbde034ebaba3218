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

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.entraide.api.geo.GeoPoint;
import org.entraide.api.geo.Place;

/**
 * Reads the gazetteer shipped in the bundle: a gzipped, tab-separated file written by
 * {@code tools/places/build-places.mjs}, with {@code #} comment lines and the columns name, INSEE code, commune
 * name, department code, department name, postal codes (comma-separated), latitude, longitude, population.
 */
public final class PlaceDataset {

    /** Where the dataset lies in the bundle. */
    public static final String RESOURCE = "/places/places-fr.tsv.gz";

    private static final int COLUMNS = 9;

    private PlaceDataset() {
    }

    /**
     * Reads the dataset shipped in the bundle.
     *
     * @return every place, in the file's order
     * @throws IllegalStateException when the resource is missing
     */
    public static List<Place> load() {
        InputStream in = PlaceDataset.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("the places dataset " + RESOURCE + " is missing from the bundle");
        }
        try (InputStream gzip = new GZIPInputStream(in)) {
            return read(gzip);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the places dataset " + RESOURCE, e);
        }
    }

    /**
     * Reads places in the dataset's format.
     *
     * @param in the uncompressed text, UTF-8
     * @return every place, in order
     * @throws IOException when reading fails
     * @throws IllegalArgumentException naming the line that is malformed
     */
    static List<Place> read(InputStream in) throws IOException {
        List<Place> places = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int number = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            try {
                places.add(parse(line));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("places dataset, line " + number + ": " + e.getMessage(), e);
            }
        }
        return places;
    }

    private static Place parse(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != COLUMNS) {
            throw new IllegalArgumentException(f.length + " columns instead of " + COLUMNS);
        }
        List<String> postalCodes = f[5].isEmpty() ? List.of() : Arrays.asList(f[5].split(","));
        GeoPoint position = new GeoPoint(Double.parseDouble(f[6]), Double.parseDouble(f[7]));
        return new Place(f[0], emptyToNull(f[1]), emptyToNull(f[2]), f[3], emptyToNull(f[4]),
                postalCodes.stream().sorted().toList(), position, Integer.parseInt(f[8]));
    }

    private static String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
