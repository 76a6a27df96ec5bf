package dev.palisade.it.harness;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * A JDK the child JVMs run on: the one running Maven, plus every home listed in
 * {@code PALISADE_TEST_JDKS} (colon-separated).
 */
public final class Jdk {

    private final Path home;
    private final String label;

    Jdk(Path home, String label) {
        this.home = home;
        this.label = label;
    }

    public Path javaExecutable() {
        return home.resolve("bin").resolve("java");
    }

    public Path tool(String name) {
        return home.resolve("bin").resolve(name);
    }

    public Path home() {
        return home;
    }

    @Override
    public String toString() {
        return label;
    }

    /** The JDK running the tests first, then {@code PALISADE_TEST_JDKS} in order. */
    public static List<Jdk> all() {
        List<Jdk> jdks = new ArrayList<>();
        Path current = Paths.get(System.getProperty("java.home"));
        jdks.add(new Jdk(current, "jdk" + Runtime.version().feature()));
        String extra = System.getenv("PALISADE_TEST_JDKS");
        if (extra != null) {
            for (String entry : extra.split(":")) {
                if (entry.isBlank()) {
                    continue;
                }
                Path home = Paths.get(entry.trim());
                if (!Files.isExecutable(home.resolve("bin").resolve("java"))) {
                    throw new IllegalStateException("PALISADE_TEST_JDKS lists " + home + ", which has no bin/java");
                }
                jdks.add(new Jdk(home, "jdk" + featureVersion(home) + "(" + home.getFileName() + ")"));
            }
        }
        return jdks;
    }

    private static String featureVersion(Path home) {
        try {
            for (String line : Files.readAllLines(home.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                    int dot = version.indexOf('.');
                    return dot < 0 ? version : version.substring(0, dot);
                }
            }
        } catch (java.io.IOException ignored) {
            // fall through
        }
        return "?";
    }
}
