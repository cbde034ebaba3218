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
package org.entraide.itests;

import static org.entraide.itests.PlatformIT.assertProblem;
import static org.entraide.itests.PluginLifecycleIT.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.Assume;
import org.junit.Test;

/**
 * What docs/partners.md tells a partner developer to do, done as written against the running distribution: generate
 * a project from the operation type archetype with Maven, build it, drop its KAR into deploy/ (the guide's cp), see
 * the type in {@code GET /operation-types} (its curl), create an operation of it, update the type (build and deploy
 * again), remove the KAR (its rm) and see the operation kept read-only. Maven runs offline (-o) from the local
 * repository this build used. Each step's time is printed.
 */
public class PartnerArchetypeIT extends EntraideTestSupport {

    /** docs/partners.md, step 1: the command, as shown there. */
    static final List<String> GENERATE = List.of("mvn", "-B",
            "org.apache.maven.plugins:maven-archetype-plugin:3.3.1:generate",
            "-DarchetypeGroupId=org.entraide", "-DarchetypeArtifactId=entraide-operation-type-archetype",
            "-DarchetypeVersion=0.1.0-SNAPSHOT", "-DgroupId=org.example.partner", "-DartifactId=repair-cafe",
            "-Dpackage=org.example.partner.repaircafe", "-DtypeKey=repair-cafe", "-DnameFr=Café réparation",
            "-DnameEn=Repair café");
    /** docs/partners.md, step 2, in the generated project. */
    static final List<String> BUILD = List.of("mvn", "-B", "package");
    /** What step 2 makes, and step 3 copies into deploy/. */
    static final String KAR = "target/repair-cafe-0.1.0-SNAPSHOT.kar";

    private static final String OPERATION = "{\"type\":\"repair-cafe\",\"title\":\"Café réparation du samedi\","
            + "\"description\":\"Grille-pain, vélos, ourlets\",\"attributes\":{\"places\":6,\"days\":[\"sat\"],"
            + "\"accessible\":true}}";

    @Test
    public void aTypeGeneratedFromTheArchetypeIsDeployedUsedAndRemoved() throws Exception {
        String maven = maven();
        Assume.assumeTrue("PartnerArchetypeIT skipped: mvn is neither on PATH nor under maven.home", maven != null);
        Path work = Files.createTempDirectory(Path.of(System.getProperty("karaf.home")).getParent(), "partner-");
        List<String> timings = new ArrayList<>();

        Instant start = Instant.now();
        run(maven, GENERATE, work.toFile(), work.resolve("generate.log"));
        Path project = work.resolve("repair-cafe");
        timings.add(took("generate", start));

        start = Instant.now();
        run(maven, BUILD, project.toFile(), work.resolve("build.log"));
        Path kar = project.resolve(KAR);
        assertTrue(kar + " built", Files.isRegularFile(kar));
        timings.add(took("build and test", start));

        start = Instant.now();
        Path dropped = Path.of(System.getProperty("karaf.home"), "deploy", kar.getFileName().toString());
        Files.copy(kar, dropped, StandardCopyOption.REPLACE_EXISTING);
        assertTrue("repair-cafe is listed by GET /operation-types within 60 s of the KAR landing in deploy/",
                await(() -> operationType() != null, Duration.ofSeconds(60)));
        timings.add(took("deploy until listed", start));
        JsonNode type = operationType();
        assertEquals("Café réparation", type.path("labels").path("fr").asText(type.toString()));
        assertEquals("Repair café", type.path("labels").path("en").asText(type.toString()));

        start = Instant.now();
        String manager = Residents.signedIn(api, Residents.uniqueEmail("repairer"), 44.52, 3.50);
        String actor = api.post("/actors", ActorsIT.actor("association", "Les Bricoleurs de Mende", 44.52, 3.50,
                ActorsIT.ASSOCIATION), manager).json().path("id").asText();
        Api.Reply created = api.post("/actors/" + actor + "/operations", OPERATION, manager);
        assertEquals(created.toString(), 201, created.status());
        String operation = created.json().path("id").asText();
        Api.Reply refused = api.post("/actors/" + actor + "/operations", OPERATION.replace("\"places\":6",
                "\"places\":6.5"), manager);
        assertProblem(refused, 422);
        assertTrue(refused.toString(), refused.body().contains("not_an_integer"));
        timings.add(took("create an operation", start));

        start = Instant.now();
        Path source = project.resolve("src/main/java/org/example/partner/repaircafe/internal/"
                + "RepairCafeOperationType.java");
        Files.writeString(source, Files.readString(source).replace("\"Café réparation\"",
                "\"Café réparation du quartier\""));
        run(maven, BUILD, project.toFile(), work.resolve("update.log"));
        Files.copy(kar, dropped, StandardCopyOption.REPLACE_EXISTING);
        // One read per check: while the KAR is redeployed the type leaves the list and comes back, so two reads in
        // one check could see it, then not.
        assertTrue("the updated type is listed with its new name within 60 s", await(() -> {
            JsonNode listed = operationType();
            return listed != null && "Café réparation du quartier".equals(listed.path("labels").path("fr").asText());
        }, Duration.ofSeconds(60)));
        timings.add(took("update (build and deploy again)", start));
        assertEquals(200, api.patch("/operations/" + operation, "{\"title\":\"Café réparation du premier samedi\"}",
                manager).status());

        start = Instant.now();
        Files.delete(dropped);
        assertTrue("repair-cafe leaves GET /operation-types within 60 s of the KAR leaving deploy/",
                await(() -> operationType() == null, Duration.ofSeconds(60)));
        timings.add(took("remove until unlisted", start));
        JsonNode kept = api.get("/operations/" + operation).json();
        assertFalse(kept.toString(), kept.path("typeAvailable").asBoolean(true));
        assertEquals(6, kept.path("attributes").path("places").asInt());
        assertProblem(api.patch("/operations/" + operation, "{\"title\":\"Autre titre\"}", manager), 409);

        System.out.println("PartnerArchetypeIT: " + String.join(", ", timings));
    }

    /** The same with the actor type archetype (docs/partners.md, step 1's other archetype), deployed and removed. */
    @Test
    public void anActorTypeGeneratedFromTheArchetypeIsListedThenRemoved() throws Exception {
        String maven = maven();
        Assume.assumeTrue("PartnerArchetypeIT skipped: mvn is neither on PATH nor under maven.home", maven != null);
        Path work = Files.createTempDirectory(Path.of(System.getProperty("karaf.home")).getParent(), "partner-");
        List<String> generate = new ArrayList<>(GENERATE);
        generate.replaceAll(argument -> argument.replace("operation-type-archetype", "actor-type-archetype")
                .replace("repair-cafe", "tool-library").replace("repaircafe", "toollibrary")
                .replace("Café réparation", "Outilthèque").replace("Repair café", "Tool library"));
        Instant start = Instant.now();
        run(maven, generate, work.toFile(), work.resolve("generate.log"));
        Path project = work.resolve("tool-library");
        run(maven, BUILD, project.toFile(), work.resolve("build.log"));
        String took = took("actor type: generate and build", start);

        start = Instant.now();
        Path kar = project.resolve("target/tool-library-0.1.0-SNAPSHOT.kar");
        Path dropped = Path.of(System.getProperty("karaf.home"), "deploy", kar.getFileName().toString());
        Files.copy(kar, dropped, StandardCopyOption.REPLACE_EXISTING);
        assertTrue("tool-library is listed by GET /actor-types within 60 s",
                await(() -> actorTypes().contains("tool-library"), Duration.ofSeconds(60)));
        Files.delete(dropped);
        assertTrue("tool-library leaves GET /actor-types within 60 s",
                await(() -> !actorTypes().contains("tool-library"), Duration.ofSeconds(60)));
        System.out.println("PartnerArchetypeIT: " + took + ", " + took("actor type: deploy and remove", start));
    }

    private List<String> actorTypes() throws Exception {
        List<String> keys = new ArrayList<>();
        api.get("/actor-types").json().forEach(type -> keys.add(type.path("key").asText()));
        return keys;
    }

    /** mvn under the maven.home the build ran with, or on PATH; null when there is none. */
    private static String maven() {
        List<File> candidates = new ArrayList<>();
        String home = System.getProperty("entraide.itests.maven.home", "");
        if (!home.isEmpty()) {
            candidates.add(new File(home, "bin/mvn"));
        }
        for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            candidates.add(new File(directory, "mvn"));
        }
        return candidates.stream().filter(File::canExecute).map(File::getAbsolutePath).findFirst().orElse(null);
    }

    /**
     * A command as docs/partners.md shows it, offline and from the build's local repository; its output goes to the
     * log, whose end a failure shows.
     */
    private static void run(String maven, List<String> command, File directory, Path log) throws Exception {
        List<String> line = new ArrayList<>(command);
        line.set(0, maven);
        line.add("-o");
        String repository = System.getProperty("entraide.itests.localRepository", "");
        if (!repository.isEmpty()) {
            line.add("-Dmaven.repo.local=" + repository);
        }
        Process process = new ProcessBuilder(line).directory(directory).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        boolean ended = process.waitFor(10, TimeUnit.MINUTES);
        if (!ended) {
            process.destroyForcibly();
        }
        assertTrue(line + " ended within 10 minutes" + tail(log), ended);
        assertEquals(line + " succeeded" + tail(log), 0, process.exitValue());
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return "\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static String took(String step, Instant start) {
        String line = step + " " + Duration.between(start, Instant.now()).toMillis() + " ms";
        System.out.println("PartnerArchetypeIT: " + line);
        return line;
    }

    /** repair-cafe as GET /operation-types lists it, or null. */
    private JsonNode operationType() throws Exception {
        for (JsonNode type : api.get("/operation-types").json()) {
            if ("repair-cafe".equals(type.path("key").asText())) {
                return type;
            }
        }
        return null;
    }
}
