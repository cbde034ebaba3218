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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.entraide.api.actor.ActorService;
import org.entraide.api.database.SchemaHealth;
import org.entraide.api.operation.OperationService;
import org.entraide.api.plugin.ActorType;
import org.entraide.api.plugin.OperationType;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * {@code GET /health}: whether the platform and its database answer. The database check is the database
 * bundle's {@link SchemaHealth}: a real query on the migration history, so it fails when the schema is missing,
 * not only when the pool is.
 */
@Path("/health")
@Component(service = RestResource.class)
public class HealthResource implements RestResource {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile SchemaHealth schema;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ActorService actors;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile OperationService operations;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        SchemaHealth current = schema;
        boolean databaseUp = current != null && current.migrated();
        Map<String, Object> plugins = new LinkedHashMap<>();
        ActorService actorRegistry = actors;
        OperationService operationRegistry = operations;
        plugins.put("actorTypes", actorRegistry == null ? List.of()
                : actorRegistry.types().stream().map(ActorType::key).collect(Collectors.toList()));
        plugins.put("operationTypes", operationRegistry == null ? List.of()
                : operationRegistry.types().stream().map(OperationType::key).collect(Collectors.toList()));
        if (databaseUp) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", "UP");
            body.put("database", "UP");
            body.put("plugins", plugins);
            return Response.ok(body).build();
        }
        Problem problem = ProblemResponses.problem(Languages.FRENCH, ProblemType.UNAVAILABLE, 503,
                "The database does not answer.", List.of())
                .with("status", "DOWN").with("database", "DOWN").with("plugins", plugins);
        return Response.status(503).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

}
