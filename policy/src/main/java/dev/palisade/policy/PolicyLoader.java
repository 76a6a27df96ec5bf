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

    /**
     * Largest policy file read: 16 MiB, far above any real policy. Why a limit: a mistyped path
     * pointing at a log or a disk image must fail with a message, not exhaust the heap at startup.
     */
    public static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

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
        return parse(read(file), file);
    }

    /**
     * The bytes of {@code file}.
     *
     * @throws IOException when it cannot be read or is larger than {@link #MAX_FILE_BYTES}
     */
    public static byte[] read(Path file) throws IOException {
        long size = Files.size(file);
        if (size > MAX_FILE_BYTES) {
            throw new IOException("the file has " + size + " bytes; a policy file may have at most " + MAX_FILE_BYTES);
        }
        return Files.readAllBytes(file);
    }

    /**
     * Validates policy bytes that came from {@code file} (used to name the file in diagnostics and to
     * resolve relative paths such as {@code telemetry.file}).
     */
    public static PolicyLoadResult parse(byte[] bytes, Path file) {
        return PolicyParser.parse(bytes, file);
    }
}
