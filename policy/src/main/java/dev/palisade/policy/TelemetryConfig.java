package dev.palisade.policy;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The {@code telemetry} object. The file path is already resolved against the policy file's
 * directory. Immutable.
 */
public final class TelemetryConfig {

    /** Default {@code file}. */
    public static final String DEFAULT_FILE = "palisade-telemetry.jsonl";
    /** Default {@code intervalSeconds}. */
    public static final int DEFAULT_INTERVAL_SECONDS = 60;
    /** Default {@code maxFileMB}. */
    public static final int DEFAULT_MAX_FILE_MB = 100;
    /** Default {@code maxFiles}. */
    public static final int DEFAULT_MAX_FILES = 5;
    /** Default {@code maxRoutes}. */
    public static final int DEFAULT_MAX_ROUTES = 1000;
    /** Default {@code maxValueLength}. */
    public static final int DEFAULT_MAX_VALUE_LENGTH = 256;

    private final String fileAsWritten;
    private final Path file;
    private final int intervalSeconds;
    private final int maxFileMB;
    private final int maxFiles;
    private final int maxRoutes;
    private final int maxValueLength;

    /**
     * @param fileAsWritten the {@code file} value from the policy (or the default)
     * @param file that path resolved against the policy file's directory
     */
    public TelemetryConfig(String fileAsWritten, Path file, int intervalSeconds, int maxFileMB, int maxFiles,
            int maxRoutes, int maxValueLength) {
        this.fileAsWritten = Objects.requireNonNull(fileAsWritten, "fileAsWritten");
        this.file = Objects.requireNonNull(file, "file");
        this.intervalSeconds = intervalSeconds;
        this.maxFileMB = maxFileMB;
        this.maxFiles = maxFiles;
        this.maxRoutes = maxRoutes;
        this.maxValueLength = maxValueLength;
    }

    /** All defaults, with the file resolved against {@code policyDirectory}. */
    public static TelemetryConfig defaults(Path policyDirectory) {
        return new TelemetryConfig(DEFAULT_FILE, policyDirectory.resolve(DEFAULT_FILE), DEFAULT_INTERVAL_SECONDS,
                DEFAULT_MAX_FILE_MB, DEFAULT_MAX_FILES, DEFAULT_MAX_ROUTES, DEFAULT_MAX_VALUE_LENGTH);
    }

    /** The {@code file} value as written. */
    public String fileAsWritten() {
        return fileAsWritten;
    }

    /** Where telemetry is written: absolute when the policy was loaded from a file. */
    public Path file() {
        return file;
    }

    /** Seconds between endpoint/inventory records. */
    public int intervalSeconds() {
        return intervalSeconds;
    }

    /** Size at which the file rotates, in MiB. */
    public int maxFileMB() {
        return maxFileMB;
    }

    /** Rotated files kept, the current one included. */
    public int maxFiles() {
        return maxFiles;
    }

    /** Distinct routes tracked before the rest fold into {@code other}. */
    public int maxRoutes() {
        return maxRoutes;
    }

    /** Characters of a request value written before truncation. */
    public int maxValueLength() {
        return maxValueLength;
    }
}
