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

import static org.entraide.itests.PluginLifecycleIT.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.entraide.itests.badplugin.BadPlugin;
import org.junit.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * Plugins with a faulty type (a key another bundle holds, a choice field without choices, min above max, a field
 * of no kind, names without English) are refused when they register: a log line and {@code GET /health} name the
 * bundle, the type and the fault, and the platform goes on serving its types, a sound plugin installed beside them
 * included. The plugins are bundles built here, as a partner's jar dropped into a running platform.
 */
public class BadPluginIT extends EntraideTestSupport {

    private static final String HOME_DELIVERY_HELD = "duplicate key: 'home-delivery' is already the operation type"
            + " of bundle org.entraide.operation.homedelivery";

    /** Fault, kind, key, and what the reason must say. */
    private static final String[][] FAULTS = {
        {"duplicate", "operation", "home-delivery", HOME_DELIVERY_HELD},
        {"no-choices", "operation", "itest-no-choices", "fields 'days': a MULTI_CHOICE field needs at least one"},
        {"bounds", "operation", "itest-bounds", "fields 'seats': min 9.0 is above max 2.0"},
        {"unknown-kind", "operation", "itest-unknown-kind", "fields 'mode': unknown kind"},
        {"no-english", "actor", "itest-no-english", "names missing the language 'en'"},
    };

    @Test
    public void faultyTypesAreRefusedNamedByHealthAndTheRestServes() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(BadPluginIT.class).getBundleContext();
        String homeDeliveryName = names("/operation-types", "home-delivery");
        List<Bundle> installed = new ArrayList<>();
        try {
            for (String[] fault : FAULTS) {
                installed.add(install(context, fault[0], fault[1]));
            }
            installed.add(install(context, "good", "operation"));
            assertTrue("the sound plugin is listed beside the refused ones",
                    await(() -> keys("/operation-types").contains("itest-good") && refused().size() >= FAULTS.length,
                            Duration.ofSeconds(30)));

            Api.Reply health = api.get("/health");
            assertEquals(health.body(), 200, health.status());
            assertEquals("UP", health.json().path("status").asText());
            Map<String, JsonNode> refused = refused();
            String log = Files.readString(Path.of(System.getProperty("karaf.data"), "log", "karaf.log"),
                    StandardCharsets.UTF_8);
            for (String[] fault : FAULTS) {
                String bundle = "org.entraide.itests.bad." + fault[0];
                JsonNode entry = refused.get(bundle);
                assertTrue("health names the refused bundle " + bundle + ": " + health.body(), entry != null);
                assertEquals(fault[1], entry.path("kind").asText());
                assertEquals(fault[2], entry.path("type").asText());
                assertTrue(entry.path("reason").asText(), entry.path("reason").asText().contains(fault[3]));
                assertTrue("the log names " + bundle, log.contains("Refused the " + fault[1] + " type '" + fault[2]
                        + "' of bundle " + bundle + " 1.0.0: " + fault[3]));
            }

            List<String> operationTypes = keys("/operation-types");
            for (String key : List.of("donation-box", "home-delivery", "intergenerational-help", "itest-good")) {
                assertTrue(key + " is listed: " + operationTypes, operationTypes.contains(key));
            }
            for (String key : List.of("itest-no-choices", "itest-bounds", "itest-unknown-kind")) {
                assertFalse(key + " is not listed", operationTypes.contains(key));
            }
            assertEquals("home delivery is still the shipped one", homeDeliveryName,
                    names("/operation-types", "home-delivery"));
            assertFalse(keys("/actor-types").contains("itest-no-english"));
            assertTrue(keys("/actor-types").contains("association"));
        } finally {
            for (Bundle bundle : installed) {
                bundle.uninstall();
            }
        }
        assertTrue("a refusal leaves health with its bundle, a sound type leaves the list",
                await(() -> refused().isEmpty() && !keys("/operation-types").contains("itest-good")
                        && keys("/operation-types").contains("home-delivery"), Duration.ofSeconds(30)));
    }

    /** A bundle of BadPlugin's classes with the fault and kind given, installed and started. */
    private static Bundle install(BundleContext context, String fault, String kind) throws Exception {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", "org.entraide.itests.bad." + fault);
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue("Bundle-Activator", BadPlugin.class.getName());
        main.putValue("Import-Package", "org.entraide.api.plugin;version=\"[1.0,2)\",org.osgi.framework");
        main.putValue(BadPlugin.FAULT, fault);
        main.putValue(BadPlugin.KIND, kind);
        ByteArrayOutputStream jar = new ByteArrayOutputStream();
        try (JarOutputStream out = new JarOutputStream(jar, manifest)) {
            for (Class<?> type : List.of(BadPlugin.class, BadPlugin.Type.class)) {
                String name = type.getName().replace('.', '/') + ".class";
                out.putNextEntry(new JarEntry(name));
                try (InputStream in = type.getClassLoader().getResourceAsStream(name)) {
                    out.write(in.readAllBytes());
                }
                out.closeEntry();
            }
        }
        Bundle bundle = context.installBundle("itest:bad-plugin-" + fault, new ByteArrayInputStream(jar.toByteArray()));
        bundle.start();
        return bundle;
    }

    /** GET /health's refused types of the bundles built here, by bundle symbolic name. */
    private Map<String, JsonNode> refused() throws IOException, InterruptedException {
        Map<String, JsonNode> refused = new LinkedHashMap<>();
        for (JsonNode entry : api.get("/health").json().path("plugins").path("refused")) {
            String bundle = entry.path("bundle").asText();
            if (bundle.startsWith("org.entraide.itests.bad.")) {
                refused.put(bundle.substring(0, bundle.indexOf(' ')), entry);
            }
        }
        return refused;
    }

    private List<String> keys(String path) throws IOException, InterruptedException {
        List<String> keys = new ArrayList<>();
        api.get(path).json().forEach(type -> keys.add(type.path("key").asText()));
        return keys;
    }

    private String names(String path, String key) throws IOException, InterruptedException {
        for (JsonNode type : api.get(path).json()) {
            if (key.equals(type.path("key").asText())) {
                return type.toString();
            }
        }
        return null;
    }
}
