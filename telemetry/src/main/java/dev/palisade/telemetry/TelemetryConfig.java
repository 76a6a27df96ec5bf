package dev.palisade.telemetry;

import dev.palisade.telemetry.route.RouteTemplates;
import dev.palisade.telemetry.text.SafeText;
import dev.palisade.telemetry.writer.TelemetryWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Settings of {@link Telemetry}; an immutable value built with {@link #builder(Path)}. Defaults follow
 * the policy keys {@code telemetry.intervalSeconds} (60), {@code telemetry.maxFileMB} (100) and
 * {@code telemetry.maxFiles} (5).
 */
public final class TelemetryConfig {

    private final Path file;
    private final Duration interval;
    private final long maxFileBytes;
    private final int maxFiles;
    private final int queueCapacity;
    private final int maxValueChars;
    private final int maxRoutes;
    private final int maxEndpoints;
    private final Set<String> apiKeyNames;
    private final Supplier<Map<String, ?>> agentCounters;
    private final Duration closeTimeout;
    private final Clock clock;
    private final Consumer<String> warnings;

    private TelemetryConfig(Builder b) {
        this.file = b.file;
        this.interval = b.interval;
        this.maxFileBytes = b.maxFileBytes;
        this.maxFiles = b.maxFiles;
        this.queueCapacity = b.queueCapacity;
        this.maxValueChars = b.maxValueChars;
        this.maxRoutes = b.maxRoutes;
        this.maxEndpoints = b.maxEndpoints > 0 ? b.maxEndpoints : 2 * b.maxRoutes;
        this.apiKeyNames = Collections.unmodifiableSet(new LinkedHashSet<>(b.apiKeyNames));
        this.agentCounters = b.agentCounters;
        this.closeTimeout = b.closeTimeout;
        this.clock = b.clock;
        this.warnings = b.warnings;
    }

    /** Settings with defaults, writing to {@code file}. */
    public static Builder builder(Path file) {
        return new Builder(file);
    }

    /** The active telemetry file. */
    public Path file() {
        return file;
    }

    /** How often endpoint, inventory and stats records are written. */
    public Duration interval() {
        return interval;
    }

    /** Size at which the file rotates. */
    public long maxFileBytes() {
        return maxFileBytes;
    }

    /** Files kept, the active one included. */
    public int maxFiles() {
        return maxFiles;
    }

    /** Records that may wait for the writer before new ones are dropped. */
    public int queueCapacity() {
        return queueCapacity;
    }

    /** Length limit of request-derived strings. */
    public int maxValueChars() {
        return maxValueChars;
    }

    /** Bound on distinct routes. */
    public int maxRoutes() {
        return maxRoutes;
    }

    /** Bound on distinct (method, route) pairs; twice {@link #maxRoutes()} unless set. */
    public int maxEndpoints() {
        return maxEndpoints;
    }

    /** Extra names whose values are credentials (the policy's API-key names). */
    public Set<String> apiKeyNames() {
        return apiKeyNames;
    }

    /** The agent's own counters, included in every {@code stats} record under {@code counters}. */
    public Supplier<Map<String, ?>> agentCounters() {
        return agentCounters;
    }

    /** How long {@link Telemetry#close()} waits for the final write. */
    public Duration closeTimeout() {
        return closeTimeout;
    }

    /** Time source for timestamps. */
    public Clock clock() {
        return clock;
    }

    /** Where human-readable problems go. */
    public Consumer<String> warnings() {
        return warnings;
    }

    /** Collects settings; not thread-safe. */
    public static final class Builder {
        private final Path file;
        private Duration interval = Duration.ofSeconds(60);
        private long maxFileBytes = 100L * 1024 * 1024;
        private int maxFiles = 5;
        private int queueCapacity = TelemetryWriter.DEFAULT_QUEUE_CAPACITY;
        private int maxValueChars = SafeText.DEFAULT_MAX_CHARS;
        private int maxRoutes = RouteTemplates.DEFAULT_MAX_ROUTES;
        private int maxEndpoints;
        private Set<String> apiKeyNames = Set.of();
        private Supplier<Map<String, ?>> agentCounters = Map::of;
        private Duration closeTimeout = Duration.ofSeconds(5);
        private Clock clock = Clock.systemUTC();
        private Consumer<String> warnings = System.err::println;

        private Builder(Path file) {
            this.file = Objects.requireNonNull(file, "file");
        }

        /** {@code telemetry.intervalSeconds}. */
        public Builder intervalSeconds(long seconds) {
            return interval(Duration.ofSeconds(seconds));
        }

        /** The interval as a duration (tests use sub-second intervals). */
        public Builder interval(Duration interval) {
            if (interval.isNegative() || interval.isZero()) {
                throw new IllegalArgumentException("telemetry interval must be positive, was " + interval);
            }
            this.interval = interval;
            return this;
        }

        /** {@code telemetry.maxFileMB}. */
        public Builder maxFileMB(long megabytes) {
            return maxFileBytes(megabytes * 1024 * 1024);
        }

        /** The rotation size in bytes. */
        public Builder maxFileBytes(long bytes) {
            this.maxFileBytes = positive(bytes, "telemetry.maxFileMB");
            return this;
        }

        /** {@code telemetry.maxFiles}, the active file included. */
        public Builder maxFiles(int files) {
            this.maxFiles = (int) positive(files, "telemetry.maxFiles");
            return this;
        }

        /** Queue capacity. */
        public Builder queueCapacity(int capacity) {
            this.queueCapacity = (int) positive(capacity, "queue capacity");
            return this;
        }

        /** Length limit of request-derived strings. */
        public Builder maxValueChars(int chars) {
            this.maxValueChars = (int) positive(chars, "maximum value length");
            return this;
        }

        /** Bound on distinct routes. */
        public Builder maxRoutes(int routes) {
            this.maxRoutes = (int) positive(routes, "maximum routes");
            return this;
        }

        /** Bound on distinct (method, route) pairs. */
        public Builder maxEndpoints(int endpoints) {
            this.maxEndpoints = (int) positive(endpoints, "maximum endpoints");
            return this;
        }

        /** API-key names from the policy; their values are redacted like {@code Authorization}. */
        public Builder apiKeyNames(Set<String> names) {
            this.apiKeyNames = Objects.requireNonNull(names, "names");
            return this;
        }

        /**
         * The agent's counters (contexts opened/closed/leaked, agent errors, transform errors, …),
         * read on the writer thread once per interval; values should be numbers, strings or booleans.
         */
        public Builder agentCounters(Supplier<Map<String, ?>> counters) {
            this.agentCounters = Objects.requireNonNull(counters, "counters");
            return this;
        }

        /** How long {@link Telemetry#close()} waits. */
        public Builder closeTimeout(Duration timeout) {
            this.closeTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /** Time source. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Where human-readable problems go; default standard error. */
        public Builder warnings(Consumer<String> warnings) {
            this.warnings = Objects.requireNonNull(warnings, "warnings");
            return this;
        }

        /** The immutable settings. */
        public TelemetryConfig build() {
            return new TelemetryConfig(this);
        }

        private static long positive(long value, String name) {
            if (value < 1) {
                throw new IllegalArgumentException(name + " must be at least 1, was " + value);
            }
            return value;
        }
    }
}
