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

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.AfterClass;
import org.junit.Test;

/**
 * The web application in a real browser: runs the end-to-end script of {@code itests/e2e} (playwright-core
 * driving Debian's Chromium, axe-core on every screen) against this suite's container. Skipped, with one line
 * saying why, where {@code node} or {@code /usr/bin/chromium} is missing.
 */
public class WebAppIT extends EntraideTestSupport {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String SCRIPT = "webapp.test.mjs";
    /** The password of the moderator the script signs in as; no spaces, so the shell takes it as one word. */
    private static final String MODERATOR_PASSWORD = "Gardienne-du-village-2026";
    private static final Duration NPM_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration SCRIPT_TIMEOUT = Duration.ofMinutes(10);
    /** The territory around Ajaccio the script's residents live in, moderated by its moderator (the dashboard's). */
    private static final String TERRITORY = "webapp-ajaccio";

    @AfterClass
    public static void removeTerritory() throws Exception {
        Files.deleteIfExists(TerritoriesIT.territoryFile(TERRITORY));
    }

    /** Ajaccio and around, with room for the radii the script picks; its moderator is the script's. */
    private void writeTerritory(String moderator) throws Exception {
        TerritoriesIT.write(TERRITORY, "name = Pays ajaccien\nperimeter.lat = 41.9192\nperimeter.lon = 8.7386\n"
                + "perimeter.radiusKm = 40\nmaxRadiusKm = 50\ndefaultRadiusKm = 10\nmoderators = " + moderator + "\n");
        TerritoriesIT.until(() -> TERRITORY.equals(api.get("/radius-options?lat=41.92&lon=8.74").json()
                .path("territory").path("key").asText("")));
    }

    @Test
    public void residentsUseTheWebAppInChromiumAndEveryScreenPassesAxe() throws Exception {
        File node = onPath("node");
        File npm = onPath("npm");
        String missing = node == null || npm == null ? "node/npm not found on PATH"
                : !new File(CHROMIUM).canExecute() ? CHROMIUM + " not found (apt-get install chromium)" : null;
        if (missing != null) {
            System.out.println("Web app tests skipped: " + missing);
        }
        assumeTrue("Web app tests skipped: " + missing, missing == null);
        File e2e = e2eDirectory();
        assertNotNull("itests/e2e not found above " + System.getProperty("karaf.home"), e2e);

        String base = "http://localhost:" + System.getProperty("entraide.itests.http.port");
        awaitTheApp(base + "/", Duration.ofSeconds(60));
        if (!new File(e2e, "node_modules/playwright-core").isDirectory()
                || !new File(e2e, "node_modules/axe-core").isDirectory()) {
            assertEquals("npm ci in " + e2e, 0, run(List.of(npm.getPath(), "ci", "--no-audit", "--no-fund"), e2e,
                    Map.of(), NPM_TIMEOUT, new ArrayList<>()));
        }
        String moderator = "web-moderator-" + System.nanoTime() + "@example.fr";
        String created = operator("entraide:account-create --name Moderatrice --home 41.92,8.74 --role MODERATOR"
                + " --password " + MODERATOR_PASSWORD + " " + moderator);
        assertTrue(created, created.contains("MODERATOR"));
        writeTerritory(moderator);
        File screenshots = new File(e2e.getParentFile(), "target/screenshots");
        List<String> failed = new ArrayList<>();
        try (Mailbox mailbox = Mailbox.start(); MailLinks links = MailLinks.serve(mailbox);
                EscalationClock clock = EscalationClock.serve()) {
            Map<String, String> environment = Map.of("BASE_URL", base, "CHROMIUM", CHROMIUM,
                    "SCREENSHOT_DIR", screenshots.getPath(), "MODERATOR_EMAIL", moderator,
                    "MODERATOR_PASSWORD", MODERATOR_PASSWORD, "MAIL_LINKS_URL", links.url(),
                    "ESCALATION_URL", clock.url());
            for (String script : scripts(e2e)) {
                List<String> steps = runScript(node, script, e2e, environment);
                if (!steps.isEmpty()) {
                    // One more run, with its own accounts and posts (each run draws a new RUN suffix), tells a
                    // slow moment of a loaded machine from a fault: a fault fails twice. The first failure stays
                    // in the output and in retried.txt, so that a flake is seen and mended rather than hidden.
                    System.out.println("[web] " + script + " failed at " + steps.get(0) + "; running it once more");
                    List<String> again = runScript(node, script, e2e, environment);
                    Files.createDirectories(screenshots.toPath());
                    Files.writeString(new File(screenshots, "retried.txt").toPath(), script + ": " + steps.get(0)
                            + (again.isEmpty() ? " (passed on the second run)" : "") + System.lineSeparator(),
                            StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                    if (!again.isEmpty()) {
                        // The step that failed and why, in the assertion itself: CI's summary shows the
                        // assertion, not the test's output file.
                        failed.add(script + ": " + steps.get(0) + " / then: " + again.get(0));
                    }
                }
            }
        }

        assertEquals("the web app's end-to-end scripts that failed (output above, screenshots in " + screenshots
                + ")", List.of(), failed);
    }

    /** Runs one script and returns the steps that failed (a timeout or a crash without a step counts as one). */
    private static List<String> runScript(File node, String script, File e2e, Map<String, String> environment)
            throws IOException, InterruptedException {
        Instant start = Instant.now();
        List<String> steps = new ArrayList<>();
        int exit = run(List.of(node.getPath(), script), e2e, environment, SCRIPT_TIMEOUT, steps);
        System.out.println("[web] " + script + " exited " + exit + " after "
                + Duration.between(start, Instant.now()).toSeconds() + " s");
        if (exit != 0 && steps.isEmpty()) {
            steps.add("exit " + exit);
        }
        return exit == 0 ? List.of() : steps;
    }

    /**
     * Every end-to-end script of the directory ({@code *.test.mjs}), in name order; they share {@code lib.mjs}.
     * The environment variable {@code E2E_SCRIPTS} (comma-separated names) runs only those, while one is written.
     */
    private static List<String> scripts(File e2e) {
        String only = System.getenv("E2E_SCRIPTS");
        List<String> wanted = only == null || only.isBlank() ? null : List.of(only.trim().split("\\s*,\\s*"));
        String[] names = e2e.list((dir, name) -> name.endsWith(".test.mjs")
                && (wanted == null || wanted.contains(name)));
        List<String> scripts = new ArrayList<>(List.of(names == null ? new String[0] : names));
        Collections.sort(scripts);
        return scripts;
    }

    /** The e2e project beside this module's target/, found from the container's home inside target/exam. */
    private static File e2eDirectory() {
        for (File dir = new File(System.getProperty("karaf.home", ".")).getAbsoluteFile(); dir != null;
                dir = dir.getParentFile()) {
            File candidate = new File(dir, "e2e");
            if (new File(candidate, SCRIPT).isFile()) {
                return candidate;
            }
        }
        return null;
    }

    private static File onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            File candidate = new File(dir, command);
            if (candidate.isFile() && candidate.canExecute()) {
                return candidate;
            }
        }
        return null;
    }

    /** The web bundle may start a moment after the API: wait until / answers. */
    private static void awaitTheApp(String url, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        int status = -1;
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpURLConnection connection = (HttpURLConnection) new URL(url).openConnection();
                connection.setConnectTimeout(2000);
                connection.setReadTimeout(5000);
                status = connection.getResponseCode();
                connection.disconnect();
                if (status == 200) {
                    return;
                }
            } catch (IOException notYet) {
                status = -1;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("The web app did not answer at " + url + " within " + timeout + "; last " + status);
    }

    /**
     * Runs a command, streaming its output line by line, and returns its exit code. The lines of the steps that
     * failed ({@code FAIL …} and the four after it) are added to {@code failedSteps}, read once the command ended.
     */
    private static int run(List<String> command, File directory, Map<String, String> environment, Duration timeout,
            List<String> failedSteps) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory).redirectErrorStream(true);
        builder.environment().putAll(environment);
        builder.environment().put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        System.out.println("[web] " + String.join(" ", command) + " in " + directory);
        Process process = builder.start();
        Thread pump = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                int following = 0;
                while ((line = lines.readLine()) != null) {
                    System.out.println("[web] " + line);
                    int fail = line.indexOf("FAIL ");
                    if (fail >= 0) {
                        following = 4;
                        failedSteps.add(line.substring(fail, Math.min(line.length(), fail + 400)));
                    } else if (following > 0 && !failedSteps.isEmpty()) {
                        following--;
                        int last = failedSteps.size() - 1;
                        failedSteps.set(last, failedSteps.get(last) + " | " + line.strip());
                    }
                }
            } catch (IOException closed) {
                // the process ended
            }
        }, "web-e2e-output");
        pump.setDaemon(true);
        pump.start();
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            pump.join(2000);
            throw new AssertionError(String.join(" ", command) + " took longer than " + timeout);
        }
        pump.join(5000);
        return process.exitValue();
    }
}
