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
package org.entraide.benchmarks.staticfeed;

import java.util.Map;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/**
 * The static baseline through JAX-RS: the captured 20-post feed answer, served by the same CXF servlet and bus as
 * the API, written by Jackson on every call (the parsed answer, a tree of maps and lists, as the feed resource
 * returns maps and records) or, for comparison, as the captured bytes through CXF without Jackson.
 */
@Path("/")
public class StaticFeedResource {

    private final Map<String, Object> tree;
    private final byte[] bytes;

    StaticFeedResource(Map<String, Object> tree, byte[] bytes) {
        this.tree = tree;
        this.bytes = bytes.clone();
    }

    /** The 20-post answer, serialized by Jackson each time. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> feed() {
        return tree;
    }

    /** The same answer's captured bytes, through CXF but not Jackson. */
    @GET
    @Path("bytes")
    @Produces(MediaType.APPLICATION_JSON)
    public byte[] bytes() {
        return bytes;
    }
}
