package dev.palisade.policy;

import dev.palisade.policy.validate.PolicyParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads and validates a policy file. The agent calls {@link #load(Path)} at startup (and fails
 * closed on errors unless {@code failOpen=true}); the watcher calls it on every change.
 */
public final class PolicyLoader {

    private PolicyLoader() {
    }

    /**
     * Reads {@code file} and validates it.
     *
     * @return the policy or every diagnostic; never throws for a bad document
     * @throws IOException when the file cannot be read (missing, a directory, no permission); the
     *     exception's message names the file
     */
    public static PolicyLoadResult load(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return parse(bytes, file);
    }

    /**
     * Validates policy bytes that came from {@code file} (used to name the file in diagnostics and to
     * resolve relative paths such as {@code telemetry.file}).
     */
    public static PolicyLoadResult parse(byte[] bytes, Path file) {
        return PolicyParser.parse(bytes, file);
    }
}
