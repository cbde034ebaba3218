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

import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.CoreOptions.maven;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.wrappedBundle;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureSecurity;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFileExtend;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.security.PrivilegedExceptionAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.security.auth.Subject;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Before;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * Boots the built Entraide distribution once for the whole suite and talks to it over HTTP, as a
 * client would. Ports are chosen free at start, so a running Entraide does not disturb the tests.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public abstract class EntraideTestSupport {

    /** An operator account added to etc/users.properties for the shell tests, in clear: Karaf hashes it. */
    static final String OPERATOR = "itest-operator";
    static final String OPERATOR_PASSWORD = "correct-horse-battery-staple-42";

    /** Paths that the full core serves; the platform is up when all are in its OpenAPI document. */
    private static final List<String> CORE_PATHS = List.of("/health", "/accounts", "/sessions", "/me", "/places",
            "/radius-options", "/feed", "/posts", "/categories", "/conversations", "/reports", "/notifications",
            "/actors", "/operations", "/actor-types", "/operation-types");

    static final String HTTP_PORT = "entraide.itests.http.port";
    private static final String SSH_PORT = "entraide.itests.ssh.port";

    /** Chosen once per JVM: the same configuration for every class lets them share one container. */
    private static final String FREE_HTTP_PORT = Integer.toString(freePort());
    private static final String FREE_SSH_PORT = Integer.toString(freePort());
    /** Where EmailIT's SMTP server listens; etc/org.entraide.mail.cfg points there for the whole suite. */
    static final String SMTP_PORT = "entraide.itests.smtp.port";
    private static final String FREE_SMTP_PORT = Integer.toString(freePort());
    /** The public address that mails link to, in etc/org.entraide.mail.cfg. */
    static final String MAIL_BASE_URL = "https://entraide.example.org";
    /** Seconds between two verification links to one account in the suites (a minute by default). */
    static final int RESEND_SECONDS = 10;
    /**
     * Registrations allowed per client address and hour in the tests: every test registers from 127.0.0.1, far more
     * than the shipped 10; {@link SignInAbuseIT} brings the limit down to test it.
     */
    static final String REGISTRATIONS_PER_HOUR = "1000";
    /**
     * The posts service's abuse limits in the tests, far above the shipped ones (tests post, answer and write from
     * one account many times a minute), and no account held to the new-account limits: {@link AbuseLimitsIT}
     * brings them down to test them and puts these back.
     */
    static final Map<String, String> POSTS_LIMITS = Map.of("postsPerDay", "1000", "responsesPerHour", "1000",
            "messagesPerMinute", "1000", "reportsPerDay", "1000", "newAccountHours", "0");

    @Configuration
    public Option[] configuration() {
        String localRepository = System.getProperty("org.ops4j.pax.url.mvn.localRepository", "");
        String httpPort = FREE_HTTP_PORT;
        String sshPort = FREE_SSH_PORT;
        File unpack = new File(System.getProperty("entraide.itests.directory", "target"), "exam");
        Option[] database = "postgresql".equals(System.getProperty("entraide.itests.database"))
                ? postgresql() : new Option[0];
        return OptionUtils.combine(database, new Option[] {
            karafDistributionConfiguration()
                    .frameworkUrl(maven().groupId("org.entraide").artifactId("entraide-distribution")
                            .type("tar.gz").versionAsInProject())
                    .name("Entraide")
                    .unpackDirectory(unpack)
                    .useDeployFolder(false),
            configureSecurity().disableKarafMBeanServerBuilder(),
            keepRuntimeFolder(),
            logLevel(LogLevel.INFO),
            editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", httpPort),
            editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", sshPort),
            editConfigurationFilePut("etc/users.properties", OPERATOR, OPERATOR_PASSWORD + ",_g_:admingroup"),
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository",
                    localRepository),
            // Mails go to EmailIT's GreenMail, which runs in the container; until it starts, they wait and are
            // retried, as with any SMTP server that is down, and no other test looks at them.
            editConfigurationFilePut("etc/org.entraide.mail.cfg", "host", "127.0.0.1"),
            editConfigurationFilePut("etc/org.entraide.mail.cfg", "port", FREE_SMTP_PORT),
            editConfigurationFilePut("etc/org.entraide.mail.cfg", "startTls", "false"),
            editConfigurationFilePut("etc/org.entraide.mail.cfg", "from", "Entraide <entraide@example.org>"),
            editConfigurationFilePut("etc/org.entraide.mail.cfg", "baseUrl", MAIL_BASE_URL),
            editConfigurationFilePut("etc/org.entraide.identity.cfg", "verificationResendSeconds",
                    Integer.toString(RESEND_SECONDS)),
            editConfigurationFilePut("etc/org.entraide.identity.cfg", "registrationsPerAddressPerHour",
                    REGISTRATIONS_PER_HOUR),
            editConfigurationFilePut("etc/org.entraide.posts.cfg", "postsPerDay", POSTS_LIMITS.get("postsPerDay")),
            editConfigurationFilePut("etc/org.entraide.posts.cfg", "responsesPerHour",
                    POSTS_LIMITS.get("responsesPerHour")),
            editConfigurationFilePut("etc/org.entraide.posts.cfg", "messagesPerMinute",
                    POSTS_LIMITS.get("messagesPerMinute")),
            editConfigurationFilePut("etc/org.entraide.posts.cfg", "reportsPerDay", POSTS_LIMITS.get("reportsPerDay")),
            editConfigurationFilePut("etc/org.entraide.posts.cfg", "newAccountHours",
                    POSTS_LIMITS.get("newAccountHours")),
            // The tests' client is the proxy: SignInAbuseIT speaks from other addresses through X-Forwarded-For.
            // Without that header, as in every other test, the client address is still 127.0.0.1.
            editConfigurationFilePut("etc/org.entraide.rest.cfg", "trustedProxies", "127.0.0.1/32, ::1"),
            // GreenMail is not a bundle: wrapped, on the javax.mail of entraide-notify-email.
            wrappedBundle(maven("com.icegreen", "greenmail").versionAsInProject())
                    .imports("javax.mail.*", "javax.activation", "*;resolution:=optional")
                    .exports("com.icegreen.greenmail.*"),
            // On a loaded 2-core machine the boot can outlast Pax Exam's 10 s waits for its probe invoker and for
            // the Injector the invoker needs ("Gave up waiting for service ...Injector"), after which the probe never
            // runs: give them the boot's own time. Each wait reads its own system property (Long.getLong in
            // Parser and in JUnitProbeInvokerFactory, Pax Exam 4.14); pax.exam.service.timeout is for @Inject.
            systemProperty("pax.exam.service.timeout").value("180000"),
            systemProperty("org.ops4j.pax.exam.raw.extender.intern.Parser.DEFAULT_TIMEOUT").value("180000"),
            systemProperty("org.ops4j.pax.exam.invoker.junit.internal.JUnitProbeInvokerFactory.DEFAULT_TIMEOUT")
                    .value("180000"),
            systemProperty(HTTP_PORT).value(httpPort),
            systemProperty(SSH_PORT).value(sshPort),
            systemProperty(SMTP_PORT).value(FREE_SMTP_PORT),
            systemProperty("entraide.itests.localRepository").value(localRepository),
            // For PartnerArchetypeIT, which runs Maven as a partner developer would: the one this build runs with.
            systemProperty("entraide.itests.maven.home").value(System.getProperty("entraide.itests.maven.home", "")),
            systemProperty("entraide.itests.version").value(System.getProperty("entraide.itests.version", "")),
        });
    }

    /**
     * What docs/operators.md tells an operator to do for PostgreSQL: install the driver's feature and say in
     * etc/org.ops4j.datasource-entraide.cfg which server the DataSource entraide is (see PostgresSuiteIT).
     */
    private static Option[] postgresql() {
        String cfg = "etc/org.ops4j.datasource-entraide.cfg";
        return new Option[] {
            editConfigurationFileExtend("etc/org.apache.karaf.features.cfg", "featuresBoot",
                    "entraide-datasource-postgresql"),
            editConfigurationFilePut(cfg, "osgi.jdbc.driver.name", "PostgreSQL JDBC Driver"),
            editConfigurationFilePut(cfg, "url", System.getProperty(PostgresSuiteIT.URL)),
            editConfigurationFilePut(cfg, "user", System.getProperty(PostgresSuiteIT.USER)),
            editConfigurationFilePut(cfg, "password", System.getProperty(PostgresSuiteIT.PASSWORD)),
        };
    }

    /** The platform's REST API, once it answers. */
    protected Api api;

    @Before
    public void waitUntilThePlatformAnswers() throws Exception {
        api = new Api("http://localhost:" + System.getProperty(HTTP_PORT) + "/api/v1");
        awaitHealthy(Duration.ofSeconds(90));
    }

    protected void awaitHealthy(Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        Api.Reply last = null;
        while (Instant.now().isBefore(deadline)) {
            try {
                last = api.get("/health");
                boolean databaseUp = last.status() == 200 && "UP".equals(last.json().path("database").asText());
                if (databaseUp && allResourcesServed()) {
                    return;
                }
            } catch (IOException notYetListening) {
                last = null;
            }
            Thread.sleep(250);
        }
        fail("The platform did not become healthy within " + timeout + "; last answer: "
                + (last == null ? "none" : last.status() + " " + last.body()));
    }

    /**
     * Whether every core resource is in the served API: they arrive one by one at boot, and the endpoint
     * is rebuilt after each burst, so health alone can answer before the rest of the API does.
     */
    private boolean allResourcesServed() throws IOException, InterruptedException {
        Api.Reply openapi = api.get("/openapi.json");
        if (openapi.status() != 200) {
            return false;
        }
        JsonNode paths = openapi.json().path("paths");
        for (String path : CORE_PATHS) {
            if (!paths.has(path)) {
                return false;
            }
        }
        return true;
    }

    protected static int sshPort() {
        return Integer.parseInt(System.getProperty(SSH_PORT));
    }

    /** Runs one shell command through {@code bin/client}, as an operator would, and returns what it printed. */
    protected static String client(String command, String user, String password)
            throws IOException, InterruptedException {
        File home = new File(System.getProperty("karaf.home"));
        ProcessBuilder builder = new ProcessBuilder(List.of(new File(home, "bin/client").getPath(), "-a",
                Integer.toString(sshPort()), "-u", user, "-p", password, "-r", "2", "-b"))
                .directory(home).redirectErrorStream(true);
        Process process = builder.start();
        process.getOutputStream().write((command + "\n").getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue("bin/client finished", process.waitFor(60, TimeUnit.SECONDS));
        return output;
    }

    /**
     * Runs one shell command in the container through Karaf's session API, as an operator with the admin role,
     * and returns what it printed; a command that fails throws.
     */
    protected static String shell(String command) throws Exception {
        BundleContext context = FrameworkUtil.getBundle(EntraideTestSupport.class).getBundleContext();
        ServiceReference<SessionFactory> reference = context.getServiceReference(SessionFactory.class);
        SessionFactory factory = context.getService(reference);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
            Session session = factory.create(new ByteArrayInputStream(new byte[0]), out, out);
            Subject operator = new Subject();
            operator.getPrincipals().add(new UserPrincipal(OPERATOR));
            operator.getPrincipals().add(new RolePrincipal("admin"));
            try {
                Subject.doAs(operator, (PrivilegedExceptionAction<Object>) () -> session.execute(command));
            } finally {
                session.close();
                context.ungetService(reference);
            }
        }
        return printed.toString(StandardCharsets.UTF_8);
    }

    /** Runs a shell command as the test operator. */
    protected static String operator(String command) throws IOException, InterruptedException {
        return client(command, OPERATOR, OPERATOR_PASSWORD);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port", e);
        }
    }
}
