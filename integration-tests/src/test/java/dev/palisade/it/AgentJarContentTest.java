package dev.palisade.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.palisade.it.harness.BuildOutputs;

/**
 * The agent jar hides every third-party class: nothing loadable outside {@code dev/palisade/}
 * (multi-release variants included), so it can never clash with an application's libraries.
 */
class AgentJarContentTest {

    private static final Pattern ALLOWED_CLASS = Pattern.compile(
            "(META-INF/versions/\\d+/)?dev/palisade/.*\\.class");

    @Test
    void containsNoLoadableClassOutsideDevPalisade() throws IOException {
        List<String> offending = new ArrayList<>();
        int classes = 0;
        try (JarFile jar = new JarFile(BuildOutputs.agentJar().toFile())) {
            for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements();) {
                String name = entries.nextElement().getName();
                if (name.endsWith("/")) {
                    continue;
                }
                if (name.endsWith(".class")) {
                    classes++;
                    if (!ALLOWED_CLASS.matcher(name).matches()) {
                        offending.add(name);
                    }
                } else if (!name.startsWith("META-INF/") && !name.startsWith("dev/palisade/")) {
                    offending.add(name);
                }
            }
        }
        assertTrue(classes > 1000, "the jar holds the agent and its shaded libraries (" + classes + " classes)");
        assertEquals(List.of(), offending, "entries outside dev/palisade/ and META-INF/");
    }

    @Test
    void declaresAgentAndCommandLineEntryPoints() throws IOException {
        try (JarFile jar = new JarFile(BuildOutputs.agentJar().toFile())) {
            Attributes main = jar.getManifest().getMainAttributes();
            assertEquals("dev.palisade.agent.PalisadeAgent", main.getValue("Premain-Class"));
            assertEquals("dev.palisade.agent.PalisadeAgent", main.getValue("Agent-Class"));
            assertEquals("dev.palisade.agent.cli.Main", main.getValue("Main-Class"));
            assertEquals("true", main.getValue("Can-Retransform-Classes"));
            assertEquals("true", main.getValue("Multi-Release"));
            assertNotNull(main.getValue("Implementation-Version"));
        }
    }

    @Test
    void nestedBridgeJarHoldsOnlyTheBridgePackage() throws IOException {
        try (JarFile jar = new JarFile(BuildOutputs.agentJar().toFile())) {
            JarEntry bridge = jar.getJarEntry("META-INF/palisade/palisade-bridge.jar");
            assertNotNull(bridge, "nested bridge jar");
            assertEquals(null, jar.getJarEntry("dev/palisade/bridge/ServletBridge.class"),
                    "bridge classes exist only in the nested jar, so only the bootstrap loader defines them");
            List<String> classes = new ArrayList<>();
            try (InputStream in = jar.getInputStream(bridge); JarInputStream nested = new JarInputStream(in)) {
                for (JarEntry entry; (entry = nested.getNextJarEntry()) != null;) {
                    if (entry.getName().endsWith(".class")) {
                        classes.add(entry.getName());
                    }
                }
            }
            assertTrue(classes.contains("dev/palisade/bridge/ServletBridge.class"), classes.toString());
            assertTrue(classes.stream().allMatch(name -> name.startsWith("dev/palisade/bridge/")), classes.toString());
        }
    }
}
