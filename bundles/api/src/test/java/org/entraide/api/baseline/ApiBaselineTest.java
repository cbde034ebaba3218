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
package org.entraide.api.baseline;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import aQute.bnd.differ.Baseline;
import aQute.bnd.differ.Baseline.Info;
import aQute.bnd.differ.DiffPluginImpl;
import aQute.bnd.osgi.Builder;
import aQute.bnd.osgi.Jar;
import aQute.bnd.osgi.Processor;
import aQute.bnd.service.diff.Delta;
import aQute.bnd.service.diff.Diff;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

/**
 * The bnd baseline that {@code mvn install} runs on this module catches a break: copies of the API built here from
 * its sources, one with a method removed from an SPI interface and its package version unchanged, are compared with
 * the released reference {@code baseline/entraide-api.jar} by bndlib's {@link Baseline}, the comparison the
 * bnd-baseline-maven-plugin makes, and fail it exactly when the plugin would: a package whose version lacks the
 * bump its change needs, or a bundle version behind it.
 */
public class ApiBaselineTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path REFERENCE = Path.of("baseline/entraide-api.jar");
    private static final String SPI = "org/entraide/api/plugin/OperationType.java";
    private static final String SPI_INFO = "org/entraide/api/plugin/package-info.java";
    private static final String REMOVED = "    default void validateParticipation(Map<String, Object> attributes, "
            + "ParticipationContext context,\n            List<FieldError> errors) {\n    }\n";

    @ClassRule
    public static final TemporaryFolder TEMP = new TemporaryFolder();

    private static String bundleVersion;

    @BeforeClass
    public static void bundleVersion() throws IOException {
        bundleVersion = Files.readAllLines(Path.of("bnd.bnd")).stream().filter(l -> l.startsWith("Bundle-Version:"))
                .map(l -> l.substring("Bundle-Version:".length()).trim()).findFirst().orElseThrow();
    }

    @Test
    public void theApiAsItIsPassesAgainstTheReference() throws Exception {
        Outcome outcome = baseline(build("unchanged", Map.of(), bundleVersion));
        assertTrue(outcome.report, outcome.failures.isEmpty());
    }

    @Test
    public void aMethodRemovedFromAnSpiInterfaceWithoutAMajorBumpFails() throws Exception {
        Outcome outcome = baseline(build("broken", Map.of(SPI, s -> without(s, REMOVED)), bundleVersion));
        assertFalse("the baseline should fail:\n" + outcome.report, outcome.failures.isEmpty());
        String failure = outcome.failures.get(0);
        assertTrue(failure, failure.startsWith("Baseline mismatch for package org.entraide.api.plugin, MAJOR change."));
        assertTrue(failure, failure.contains("suggest 2.0.0"));
        assertTrue(outcome.report, outcome.report.contains("validateParticipation"));
    }

    @Test
    public void theSameRemovalWithTheMajorBumpPasses() throws Exception {
        Outcome outcome = baseline(build("bumped", Map.of(SPI, s -> without(s, REMOVED),
                SPI_INFO, s -> s.replaceFirst("@Version\\(\"[0-9.]+\"\\)", "@Version(\"2.0.0\")")), "2.0.0"));
        assertTrue(outcome.report, outcome.failures.isEmpty());
    }

    @Test
    public void aBumpedPackageInABundleLeftBehindFails() throws Exception {
        Outcome outcome = baseline(build("behind", Map.of(SPI, s -> without(s, REMOVED),
                SPI_INFO, s -> s.replaceFirst("@Version\\(\"[0-9.]+\"\\)", "@Version(\"2.0.0\")")), bundleVersion));
        assertEquals(outcome.report, 1, outcome.failures.size());
        assertTrue(outcome.failures.get(0), outcome.failures.get(0).startsWith("The bundle version"));
    }

    private static String without(String source, String part) {
        assertTrue("the SPI method to remove is no longer written as the test expects", source.contains(part));
        return source.replace(part, "");
    }

    /** A jar of the API's sources, some edited, built as bnd-maven-plugin builds this module. */
    private static Jar build(String name, Map<String, UnaryOperator<String>> edits,
            String version) throws Exception {
        Path sources = TEMP.newFolder(name, "src").toPath();
        Path classes = TEMP.newFolder(name, "classes").toPath();
        List<String> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList())) {
                String relative = SOURCES.relativize(file).toString().replace(File.separatorChar, '/');
                String text = Files.readString(file, StandardCharsets.UTF_8);
                if (edits.containsKey(relative)) {
                    text = edits.get(relative).apply(text);
                }
                Path copy = sources.resolve(relative);
                Files.createDirectories(copy.getParent());
                Files.writeString(copy, text, StandardCharsets.UTF_8);
                files.add(copy.toString());
            }
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> arguments = new ArrayList<>(List.of("-proc:none", "--release", "17", "-nowarn", "-d",
                classes.toString(), "-classpath",
                location(Export.class) + File.pathSeparator + location(Version.class)));
        arguments.addAll(files);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = javac.run(null, out, out, arguments.toArray(new String[0]));
        assertEquals("the copy " + name + " should compile: " + out, 0, status);
        Builder builder = new Builder();
        builder.setProperty("Bundle-SymbolicName", "org.entraide.api");
        builder.setProperty("Bundle-Version", version);
        builder.setProperty("-exportcontents", "!*.internal.*,${packages;VERSIONED}");
        builder.setProperty("-includepackage", "org.entraide.api.*");
        builder.addClasspath(classes.toFile());
        Jar jar = builder.build();
        assertTrue(builder.getErrors().toString(), builder.getErrors().isEmpty());
        return jar;
    }

    private static String location(Class<?> type) throws URISyntaxException {
        return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }

    /** The failures the baseline plugin reports (its wording), and the full comparison for messages. */
    private static Outcome baseline(Jar jar) throws Exception {
        try (Processor reporter = new Processor(); Jar reference = new Jar(REFERENCE.toFile())) {
            DiffPluginImpl differ = new DiffPluginImpl();
            // The copies are compiled here, not as Maven compiles the module, so their class files and descriptive
            // headers differ from the reference's even unchanged: the build's own baseline compares those; this test
            // is about what the packages promise, and the bundle version it calls for.
            differ.setIgnore("META-INF/maven/*,org/entraide/*,Bundle-Name,Bundle-Description,Bundle-Vendor,"
                    + "Bundle-License,Build-Jdk-Spec");
            Baseline baseline = new Baseline(reporter, differ);
            Set<Info> infos = baseline.baseline(jar, reference, null);
            List<String> failures = new ArrayList<>();
            StringBuilder report = new StringBuilder();
            changes(baseline.getDiff(), "", report);
            for (Info info : infos) {
                if (info.mismatch) {
                    failures.add(String.format("Baseline mismatch for package %s, %s change. Current is %s, repo is %s,"
                            + " suggest %s or %s", info.packageName, info.packageDiff.getDelta(), info.newerVersion,
                            info.olderVersion, info.suggestedVersion, info.suggestedIfProviders == null ? "-"
                                    : info.suggestedIfProviders));
                }
            }
            Baseline.BundleInfo bundle = baseline.getBundleInfo();
            if (bundle.mismatch) {
                failures.add("The bundle version (" + bundle.newerVersion + ") is too low, must be at least "
                        + bundle.suggestedVersion);
            }
            jar.close();
            return new Outcome(failures, report + String.join("\n", failures));
        }
    }

    /** Every change of the comparison, one a line, indented as the tree of the bundle. */
    private static void changes(Diff diff, String indent, StringBuilder report) {
        if (diff.getDelta() == Delta.UNCHANGED) {
            return;
        }
        report.append(indent).append(diff.getDelta()).append(' ').append(diff.getType()).append(' ')
                .append(diff.getName()).append('\n');
        for (Diff child : diff.getChildren()) {
            changes(child, indent + "  ", report);
        }
    }

    private static final class Outcome {
        private final List<String> failures;
        private final String report;

        Outcome(List<String> failures, String report) {
            this.failures = failures;
            this.report = report;
        }
    }
}
