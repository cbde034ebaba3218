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
package org.entraide.posts.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entraide.services.post.Category;

/** Reads the categories and their labels from the configuration, with built-in labels as defaults. */
final class Categories {

    private static final Map<String, String[]> DEFAULT_LABELS = defaults();

    private Categories() {
    }

    static List<Category> from(String keys, Map<String, Object> properties) {
        List<Category> categories = new ArrayList<>();
        for (String raw : keys.split(",", -1)) {
            String key = raw.trim();
            if (key.isEmpty() || !key.matches("[a-z][a-z0-9-]{0,39}")) {
                continue;
            }
            String[] fallback = DEFAULT_LABELS.getOrDefault(key, new String[] {key, key});
            Map<String, String> labels = new LinkedHashMap<>();
            labels.put("fr", text(properties.get("category." + key + ".fr"), fallback[0]));
            labels.put("en", text(properties.get("category." + key + ".en"), fallback[1]));
            categories.add(new Category(key, labels));
        }
        return List.copyOf(categories);
    }

    private static String text(Object value, String fallback) {
        return value == null || value.toString().isBlank() ? fallback : value.toString().trim();
    }

    private static Map<String, String[]> defaults() {
        Map<String, String[]> labels = new LinkedHashMap<>();
        labels.put("errands", new String[] {"Courses et commissions", "Shopping and errands"});
        labels.put("diy", new String[] {"Bricolage", "DIY"});
        labels.put("gardening", new String[] {"Jardinage", "Gardening"});
        labels.put("transport", new String[] {"Transport", "Transport"});
        labels.put("childcare", new String[] {"Garde d'enfants", "Childcare"});
        labels.put("pets", new String[] {"Animaux", "Pets"});
        labels.put("company", new String[] {"Compagnie et visites", "Company and visits"});
        labels.put("computer", new String[] {"Aide informatique", "Computer help"});
        labels.put("lending", new String[] {"Prêt d'objets", "Lending"});
        labels.put("donations", new String[] {"Dons", "Donations"});
        labels.put("other", new String[] {"Autre", "Other"});
        return labels;
    }
}
