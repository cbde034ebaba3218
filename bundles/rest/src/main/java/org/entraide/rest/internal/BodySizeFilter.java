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
package org.entraide.rest.internal;

import java.util.List;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;

/** Refuses request bodies over {@value #MAX_BODY_BYTES} bytes before anything reads them. */
@PreMatching
final class BodySizeFilter implements ContainerRequestFilter {

    static final int MAX_BODY_BYTES = 4 * 1024 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > MAX_BODY_BYTES) {
            request.abortWith(ProblemResponses.of(Languages.preferred(null), ProblemType.TOO_LARGE, 413,
                    "The request body is larger than " + MAX_BODY_BYTES + " bytes.", List.of()));
        }
    }
}
