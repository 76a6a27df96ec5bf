package dev.palisade.it.harness;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How a child JVM is started: agent attached or not, agent options, extra JVM options. */
public final class AgentSettings {

    private boolean attach = true;
    private String policyResource = "observe-only.json";
    private final Map<String, String> options = new LinkedHashMap<>();
    private final List<String> jvmOptions = new ArrayList<>();
    private final Map<String, String> environment = new LinkedHashMap<>();
    private final List<String> appArguments = new ArrayList<>();

    private AgentSettings() {
    }

    /** The agent attached with {@code logLevel=debug} (tests read request lines) and a telemetry file. */
    public static AgentSettings withAgent() {
        return new AgentSettings().option("logLevel", "debug");
    }

    /** No agent: the baseline every attack test starts from. */
    public static AgentSettings withoutAgent() {
        AgentSettings settings = new AgentSettings();
        settings.attach = false;
        return settings;
    }

    /**
     * The policy from {@code src/test/resources/policies/} that the app starts with; it is copied to
     * the app's work directory as {@code policy.json} so tests can edit it (hot reload). {@code null}
     * starts without a {@code policy} option.
     */
    public AgentSettings policy(String resourceName) {
        this.policyResource = resourceName;
        return this;
    }

    public AgentSettings option(String key, String value) {
        options.put(key, value);
        return this;
    }

    public AgentSettings jvmOption(String option) {
        jvmOptions.add(option);
        return this;
    }

    public AgentSettings environment(String name, String value) {
        environment.put(name, value);
        return this;
    }

    /** A program argument after the port, e.g. {@code --db=postgres} for the jdbc-engines app. */
    public AgentSettings appArgument(String argument) {
        appArguments.add(argument);
        return this;
    }

    List<String> appArguments() {
        return appArguments;
    }

    String policyResource() {
        return policyResource;
    }

    boolean attach() {
        return attach;
    }

    Map<String, String> options() {
        return options;
    }

    List<String> jvmOptions() {
        return jvmOptions;
    }

    Map<String, String> environment() {
        return environment;
    }
}
