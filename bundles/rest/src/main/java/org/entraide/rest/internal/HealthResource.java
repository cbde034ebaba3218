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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.entraide.services.actor.ActorService;
import org.entraide.services.database.SchemaHealth;
import org.entraide.services.node.ConfigurationInputs;
import org.entraide.services.node.JobLeases;
import org.entraide.services.node.NodeConfiguration;
import org.entraide.services.operation.OperationService;
import org.entraide.services.plugin.RefusedType;
import org.entraide.api.plugin.ActorType;
import org.entraide.api.plugin.OperationType;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/**
 * {@code GET /health}, the readiness of the platform, and {@code GET /health/live}, its liveness.
 *
 * <p>Ready (200, {@code "status":"UP"}) means that a client may send anything: every component of this bundle
 * (each REST resource) has the services it needs, the endpoint has been rebuilt with all of them, and the database
 * answers with its schema ({@link SchemaHealth}: a real query on the
 * migration history). Before that, 503 with {@code "status":"STARTING"} (or {@code "DOWN"} when the database
 * fails) and what is still awaited, so a load balancer sends nothing into the gap of a boot, when health alone
 * would answer while the rest of the API is still being registered. Karaf's end of boot ({@code BootFinished}) is
 * not awaited: Karaf never publishes it after a boot feature failed to restart, and a node that serves would then
 * stay out of its load balancer for good. Types come and go with their plugins and are listed as they are;
 * the types core refused at registration are named under {@code plugins.refused} without making health fail: the
 * rest of the platform serves. {@code jobs} says which scheduled jobs this node runs ({@code "here"}) and which
 * another node does ({@code "elsewhere"}); {@code configuration} fingerprints the node's features and territory
 * settings, so that nodes behind one load balancer can be compared.
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

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ServedApi served;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ServiceComponentRuntime components;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile JobLeases leases;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile NodeConfiguration configuration;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        SchemaHealth current = schema;
        boolean databaseUp = current != null && current.migrated();
        List<String> waiting = waiting();
        Map<String, Object> plugins = new LinkedHashMap<>();
        ActorService actorRegistry = actors;
        OperationService operationRegistry = operations;
        plugins.put("actorTypes", actorRegistry == null ? List.of()
                : actorRegistry.types().stream().map(ActorType::key).collect(Collectors.toList()));
        plugins.put("operationTypes", operationRegistry == null ? List.of()
                : operationRegistry.types().stream().map(OperationType::key).collect(Collectors.toList()));
        List<Map<String, Object>> refused = new ArrayList<>();
        if (actorRegistry != null) {
            actorRegistry.refusedTypes().forEach(r -> refused.add(refusal(r)));
        }
        if (operationRegistry != null) {
            operationRegistry.refusedTypes().forEach(r -> refused.add(refusal(r)));
        }
        plugins.put("refused", refused);
        if (databaseUp && waiting.isEmpty()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", "UP");
            body.put("database", "UP");
            body.put("plugins", plugins);
            body.put("jobs", jobs());
            body.put("configuration", configuration());
            return Response.ok(body).build();
        }
        String status = databaseUp ? "STARTING" : "DOWN";
        String detail = databaseUp ? "The platform is starting: " + String.join(", ", waiting) + "."
                : "The database does not answer.";
        Problem problem = ProblemResponses.problem(Languages.FRENCH, ProblemType.UNAVAILABLE, 503, detail,
                List.of()).with("status", status).with("database", databaseUp ? "UP" : "DOWN")
                .with("waiting", waiting).with("plugins", plugins).with("jobs", jobs())
                .with("configuration", configuration());
        return Response.status(503).type(Problem.MEDIA_TYPE).header("Retry-After", "1").entity(problem).build();
    }

    /** The scheduled jobs of this node: {@code "here"} when it holds the job's lease, else {@code "elsewhere"}. */
    private Map<String, String> jobs() {
        Map<String, String> jobs = new LinkedHashMap<>();
        JobLeases current = leases;
        if (current != null) {
            current.jobs().forEach((job, here) -> jobs.put(job, here ? "here" : "elsewhere"));
        }
        return jobs;
    }

    /**
     * The fingerprint of this node's features and territory settings, the same on every node configured alike
     * ({@code entraide:config-fingerprint} lists its inputs); empty while the territories bundle is away.
     */
    private Map<String, Object> configuration() {
        Map<String, Object> answer = new LinkedHashMap<>();
        NodeConfiguration current = configuration;
        if (current != null) {
            ConfigurationInputs inputs = current.inputs();
            answer.put("fingerprint", inputs.fingerprint());
            answer.put("features", inputs.features().size());
            answer.put("territories", inputs.territories().size());
        }
        return answer;
    }

    /** A refused type as health names it: its bundle, kind, key and what is wrong. */
    private static Map<String, Object> refusal(RefusedType refused) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("bundle", refused.bundle());
        entry.put("kind", refused.kind());
        entry.put("type", refused.type());
        entry.put("reason", refused.reason());
        return entry;
    }

    /** {@code GET /health/live}: the process answers HTTP; a supervisor restarts it when this fails. */
    @GET
    @Path("/live")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, String> live() {
        return Map.of("status", "UP");
    }

    /** What readiness still waits for, in words an operator can act on; empty when ready. */
    private List<String> waiting() {
        List<String> waiting = new ArrayList<>();
        ServiceComponentRuntime runtime = components;
        Bundle bundle = FrameworkUtil.getBundle(HealthResource.class);
        if (runtime == null || bundle == null) {
            waiting.add("REST resources");
        } else {
            for (ComponentDescriptionDTO description : runtime.getComponentDescriptionDTOs(bundle)) {
                for (ComponentConfigurationDTO configuration : runtime.getComponentConfigurationDTOs(description)) {
                    if (configuration.state == ComponentConfigurationDTO.UNSATISFIED_REFERENCE
                            || configuration.state == ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION) {
                        waiting.add(description.name.substring(description.name.lastIndexOf('.') + 1));
                    }
                }
            }
        }
        ServedApi api = served;
        if (api == null || !api.settled()) {
            waiting.add("API endpoint");
        }
        return waiting;
    }
}
