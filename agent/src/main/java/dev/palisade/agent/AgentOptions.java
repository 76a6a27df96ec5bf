package dev.palisade.agent;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Agent settings from three sources, strongest first: the {@code -javaagent:…=k=v,k=v} argument,
 * system properties {@code -Dpalisade.k=v}, environment variables {@code PALISADE_K=v} (camelCase
 * keys become upper snake case: {@code failOpen} is {@code PALISADE_FAIL_OPEN}).
 */
public final class AgentOptions {

    /** Path of the policy file. */
    public static final String POLICY = "policy";
    /** {@code true}: start the application unprotected when the policy cannot be loaded. */
    public static final String FAIL_OPEN = "failOpen";
    /** {@code error}, {@code warn}, {@code info} (default), {@code debug}. */
    public static final String LOG_LEVEL = "logLevel";
    /** Overrides the telemetry file named by the policy. */
    public static final String TELEMETRY = "telemetry";
    /** Comma-free list of instrumentation module names to leave out, separated by {@code +} or {@code ;}. */
    public static final String DISABLE = "disable";
    /** Test-only: names a hook that throws on purpose, to prove the host survives agent failures. */
    public static final String TEST_FAULT = "testFault";

    private final Map<String, String> fromArgument;
    private final Function<String, String> systemProperties;
    private final Function<String, String> environment;

    AgentOptions(Map<String, String> fromArgument, Function<String, String> systemProperties,
            Function<String, String> environment) {
        this.fromArgument = fromArgument;
        this.systemProperties = systemProperties;
        this.environment = environment;
    }

    /** Options for this JVM: the agent argument, then system properties, then the environment. */
    public static AgentOptions fromAgentArgument(String argument) {
        return new AgentOptions(parseArgument(argument), System::getProperty, System::getenv);
    }

    static Map<String, String> parseArgument(String argument) {
        if (argument == null || argument.isBlank()) {
            return Collections.emptyMap();
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String part : argument.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("agent option '" + part.trim()
                        + "' is not of the form key=value (options are comma-separated, e.g. policy=/etc/palisade/policy.json)");
            }
            values.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
        }
        return values;
    }

    /** The value of {@code key} from the strongest source that sets it, or {@code null}. */
    public String get(String key) {
        String value = fromArgument.get(key);
        if (value == null) {
            value = systemProperties.apply("palisade." + key);
        }
        if (value == null) {
            value = environment.apply(environmentName(key));
        }
        return value == null || value.isEmpty() ? null : value;
    }

    public String get(String key, String fallback) {
        String value = get(key);
        return value == null ? fallback : value;
    }

    public boolean flag(String key) {
        return Boolean.parseBoolean(get(key, "false"));
    }

    /** {@code failOpen} becomes {@code PALISADE_FAIL_OPEN}. */
    static String environmentName(String key) {
        StringBuilder name = new StringBuilder("PALISADE_");
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                name.append('_');
            }
            name.append(c == '.' ? '_' : Character.toUpperCase(c));
        }
        return name.toString().toUpperCase(Locale.ROOT);
    }
}
