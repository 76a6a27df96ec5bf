package dev.palisade.it.harness;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Locations of build outputs the tests start: the agent jar and the test apps. */
public final class BuildOutputs {

    private BuildOutputs() {
    }

    /** The repository root (set by Maven as {@code palisade.root}; falls back to the parent directory). */
    public static Path root() {
        String configured = System.getProperty("palisade.root");
        Path root = configured != null ? Paths.get(configured) : Paths.get("..").toAbsolutePath().normalize();
        return root.toAbsolutePath().normalize();
    }

    /** {@code agent/target/palisade-agent.jar}, which must have been built ({@code mvn verify} does). */
    public static Path agentJar() {
        return existing(root().resolve("agent/target/palisade-agent.jar"));
    }

    static Path existing(Path path) {
        if (!Files.exists(path)) {
            throw new IllegalStateException(path + " does not exist: run the build from the repository root with `mvn verify`");
        }
        return path;
    }
}
