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
package org.entraide.services.post;

import java.util.List;

/**
 * What a resident gives to create an alert; {@code null} means "not given". Every field is checked by the
 * service and each broken rule reported under the field's name.
 *
 * @param kind {@code REQUEST} or {@code OFFER}, or {@code null} for both
 * @param categories keys of {@link PostService#categories()}; {@code null} or empty for every category
 * @param radiusKm how far from the resident's home a post may be, within the limits of the territory at the
 *        home (as for the feed); {@code null} for the resident's preferred radius, capped at those limits
 */
public record NewAlert(String kind, List<String> categories, Double radiusKm) {
}
