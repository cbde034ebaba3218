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

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.entraide.api.actor.ActorService;
import org.entraide.api.operation.OperationService;
import org.entraide.api.plugin.ActorType;
import org.entraide.api.plugin.OperationType;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /health}: whether the platform and its database answer. The database check is a real
 * query on the migration history, so it fails when the schema is missing, not only when the pool is.
 */
@Path("/health")
@Component(service = RestResource.class)
public class HealthResource implements RestResource {

    private static final Logger LOG = LoggerFactory.getLogger(HealthResource.class);

    @Reference(target = "(osgi.jndi.service.name=entraide)", cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC)
    private volatile DataSource dataSource;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ActorService actors;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile OperationService operations;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        boolean databaseUp = databaseAnswers();
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

    private boolean databaseAnswers() {
        DataSource current = dataSource;
        if (current == null) {
            return false;
        }
        try (Connection connection = current.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM DATABASECHANGELOG")) {
            return rows.next() && rows.getInt(1) > 0;
        } catch (SQLException e) {
            LOG.warn("Health check: the database does not answer: {}", e.getMessage());
            return false;
        }
    }
}
