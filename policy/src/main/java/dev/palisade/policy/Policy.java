package dev.palisade.policy;

import dev.palisade.policy.match.ResolvedRule;
import dev.palisade.policy.match.RuleMatcher;
import dev.palisade.policy.net.TrustedProxies;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One validated version of the policy file: an immutable snapshot. The agent holds the current one
 * in a {@link PolicyHolder} and swaps it whole on reload, so a request never sees half of an edit.
 *
 * <p>Obtain one from {@link PolicyLoader}; {@link #builder()} exists for tests and tools and does
 * not validate.
 */
public final class Policy {

    /** The only format version this code reads. */
    public static final int VERSION = 1;

    private final Mode mode;
    private final Map<String, AuthScheme> schemes;
    private final boolean allowCorsPreflight;
    private final Defaults defaults;
    private final List<EndpointRule> endpoints;
    private final TrustedProxies trustedProxies;
    private final InputsConfig inputs;
    private final TelemetryConfig telemetry;
    private final Path source;
    private final String sha256;
    private final RuleMatcher matcher;

    private Policy(Builder builder) {
        this.mode = builder.mode;
        this.schemes = Collections.unmodifiableMap(new LinkedHashMap<>(builder.schemes));
        this.allowCorsPreflight = builder.allowCorsPreflight;
        this.defaults = builder.defaults;
        this.endpoints = List.copyOf(builder.endpoints);
        this.trustedProxies = builder.trustedProxies;
        this.inputs = builder.inputs;
        this.source = builder.source;
        this.telemetry = builder.telemetry != null ? builder.telemetry
                : TelemetryConfig.defaults(directoryOf(builder.source));
        this.sha256 = builder.sha256;
        this.matcher = new RuleMatcher(endpoints, defaults, schemes, mode, allowCorsPreflight);
    }

    /** The directory relative paths in a policy resolve against: the file's own directory. */
    public static Path directoryOf(Path source) {
        if (source == null) {
            return Path.of("").toAbsolutePath();
        }
        Path parent = source.toAbsolutePath().getParent();
        return parent != null ? parent : source.toAbsolutePath();
    }

    /** A builder with every default; it does not validate. */
    public static Builder builder() {
        return new Builder();
    }

    /** Always {@link #VERSION}. */
    public int version() {
        return VERSION;
    }

    /** The policy-wide mode. */
    public Mode mode() {
        return mode;
    }

    /** Authentication schemes by name, in file order. */
    public Map<String, AuthScheme> schemes() {
        return schemes;
    }

    /** Whether CORS preflight requests pass without credentials ({@code authentication.allowCorsPreflight}). */
    public boolean allowCorsPreflight() {
        return allowCorsPreflight;
    }

    /** The {@code defaults} object. */
    public Defaults defaults() {
        return defaults;
    }

    /** Endpoint rules, in file order. */
    public List<EndpointRule> endpoints() {
        return endpoints;
    }

    /** Proxies whose forwarding headers are trusted. */
    public TrustedProxies trustedProxies() {
        return trustedProxies;
    }

    /** The {@code inputs} object. */
    public InputsConfig inputs() {
        return inputs;
    }

    /** The {@code telemetry} object. */
    public TelemetryConfig telemetry() {
        return telemetry;
    }

    /** The file this policy was read from, or {@code null} when it was built in memory. */
    public Path source() {
        return source;
    }

    /** SHA-256 of the file's bytes, lowercase hex; {@code null} when built in memory. */
    public String sha256() {
        return sha256;
    }

    /** The matcher built for this policy's rules. */
    public RuleMatcher matcher() {
        return matcher;
    }

    /** Shortcut for {@code matcher().resolve(method, normalizedPath)}. */
    public ResolvedRule resolve(String method, String normalizedPath) {
        return matcher.resolve(method, normalizedPath);
    }

    /** Assembles a {@link Policy}; every field starts at its documented default. */
    public static final class Builder {
        private Mode mode = Mode.BLOCK;
        private final Map<String, AuthScheme> schemes = new LinkedHashMap<>();
        private boolean allowCorsPreflight = true;
        private Defaults defaults = Defaults.NONE;
        private final List<EndpointRule> endpoints = new ArrayList<>();
        private TrustedProxies trustedProxies = TrustedProxies.NONE;
        private InputsConfig inputs = InputsConfig.DEFAULTS;
        private TelemetryConfig telemetry;
        private Path source;
        private String sha256;

        private Builder() {
        }

        /** Sets {@code mode}. */
        public Builder mode(Mode value) {
            this.mode = Objects.requireNonNull(value);
            return this;
        }

        /** Adds a scheme under its name. */
        public Builder scheme(AuthScheme scheme) {
            schemes.put(scheme.name(), scheme);
            return this;
        }

        /** Sets {@code authentication.allowCorsPreflight}. */
        public Builder allowCorsPreflight(boolean value) {
            this.allowCorsPreflight = value;
            return this;
        }

        /** Sets {@code defaults}. */
        public Builder defaults(Defaults value) {
            this.defaults = Objects.requireNonNull(value);
            return this;
        }

        /** Appends a rule; its index must equal its position. */
        public Builder endpoint(EndpointRule rule) {
            if (rule.index() != endpoints.size()) {
                throw new IllegalArgumentException("rule index " + rule.index() + " at position " + endpoints.size());
            }
            endpoints.add(rule);
            return this;
        }

        /** Sets {@code trustedProxies}. */
        public Builder trustedProxies(TrustedProxies value) {
            this.trustedProxies = Objects.requireNonNull(value);
            return this;
        }

        /** Sets {@code inputs}. */
        public Builder inputs(InputsConfig value) {
            this.inputs = Objects.requireNonNull(value);
            return this;
        }

        /** Sets {@code telemetry}; by default every telemetry default, next to the policy file. */
        public Builder telemetry(TelemetryConfig value) {
            this.telemetry = Objects.requireNonNull(value);
            return this;
        }

        /** Records where the policy came from and the SHA-256 of its bytes. */
        public Builder source(Path file, String sha256Hex) {
            this.source = file;
            this.sha256 = sha256Hex;
            return this;
        }

        /**
         * The policy.
         *
         * @throws IllegalArgumentException when a rule or the defaults name an undefined scheme
         */
        public Policy build() {
            return new Policy(this);
        }
    }
}
