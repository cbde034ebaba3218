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
package org.entraide.services.node;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a node's configuration fingerprint is computed from, in a stable order whatever order they were read in.
 *
 * @param features the installed features as {@code name/version}, sorted
 * @param territories every territory's settings in force, by territory key, each as sorted
 *        {@code setting=value} lines
 */
public record ConfigurationInputs(List<String> features, Map<String, List<String>> territories) {

    /** Sorts and copies. */
    public ConfigurationInputs {
        features = List.copyOf(new TreeSet<>(features));
        Map<String, List<String>> sorted = new TreeMap<>();
        territories.forEach((key, settings) -> sorted.put(key, List.copyOf(new TreeSet<>(settings))));
        territories = Collections.unmodifiableMap(sorted);
    }

    /**
     * The inputs one per line, as the fingerprint hashes them: {@code feature <name>/<version>}, then
     * {@code territory <key> <setting>=<value>}; two nodes' lists compared line by line show their difference.
     *
     * @return the lines, sorted within each part
     */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        features.forEach(feature -> lines.add("feature " + feature));
        territories.forEach((key, settings) -> settings.forEach(s -> lines.add("territory " + key + " " + s)));
        return lines;
    }

    /**
     * The fingerprint two nodes compare.
     *
     * @return {@code sha256:} and the hexadecimal SHA-256 of {@link #lines()}, each ended by a newline
     */
    public String fingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String line : lines()) {
                digest.update((line + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return "sha256:" + HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
