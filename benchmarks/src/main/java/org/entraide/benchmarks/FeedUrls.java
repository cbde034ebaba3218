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
package org.entraide.benchmarks;

import java.util.Locale;
import java.util.Random;

/**
 * Prints feed request paths, one a line, for {@code benchmarks/src/main/wrk/rotate.lua}: anonymous
 * {@code GET /api/v1/feed} calls centred on random places of the reference workload (shared/BENCHMARKS.md), or on
 * Paris. Usage: {@code java -cp benchmarks/target/benchmarks.jar org.entraide.benchmarks.FeedUrls <radiusKm>
 * [count] [seed] [paris | homes]}. With {@code homes}, every centre is a random place moved at random by up to
 * ±0.05° of latitude and ±0.07° of longitude, so that no two centres are the same: residents' own homes, the feed
 * that no answer cache helps.
 */
public final class FeedUrls {

    private FeedUrls() {
    }

    /**
     * Prints the paths.
     *
     * @param args the radius in km, then optionally how many (1,000), the seed (7) and {@code paris} or {@code homes}
     */
    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: FeedUrls <radiusKm> [count] [seed] [paris | homes]");
            System.exit(2);
        }
        Double.parseDouble(args[0]); // a radius that is not a number fails here; it is printed as given
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        Random random = new Random(args.length > 2 ? Long.parseLong(args[2]) : 7);
        boolean paris = args.length > 3 && "paris".equals(args[3]);
        boolean homes = args.length > 3 && "homes".equals(args[3]);
        Workload workload = Workload.load();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            double[] centre = paris ? Workload.PARIS : workload.randomPlace(random);
            if (homes) {
                centre = new double[] {centre[0] + (random.nextDouble() * 2 - 1) * 0.05,
                    centre[1] + (random.nextDouble() * 2 - 1) * 0.07};
            }
            out.append(String.format(Locale.ROOT, "/api/v1/feed?lat=%.5f&lon=%.5f&radiusKm=%s&limit=20%n", centre[0],
                    centre[1], args[0]));
        }
        System.out.print(out);
    }
}
