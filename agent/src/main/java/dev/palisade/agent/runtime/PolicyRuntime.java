package dev.palisade.agent.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.palisade.agent.telemetry.AgentTelemetry;
import dev.palisade.policy.Policy;
import dev.palisade.policy.PolicyHolder;
import dev.palisade.policy.PolicyLoadResult;
import dev.palisade.policy.PolicyLoader;
import dev.palisade.policy.validate.Diagnostic;
import dev.palisade.policy.watch.PolicyListener;
import dev.palisade.policy.watch.PolicyWatcher;

/**
 * The policy in force: loaded and validated at start-up, then watched and hot-reloaded. A rejected
 * reload keeps the last good policy; every reload and rejection is logged and recorded.
 */
public final class PolicyRuntime {

    private static final Logger LOG = LoggerFactory.getLogger(PolicyRuntime.class);

    private final PolicyHolder holder;
    private PolicyWatcher watcher;

    private PolicyRuntime(PolicyHolder holder) {
        this.holder = holder;
    }

    /** The outcome of loading the policy at start-up. */
    public static final class Startup {
        public final PolicyRuntime runtime;
        /** Why there is no policy (missing option, unreadable file, errors), one line each; empty when loaded. */
        public final List<String> problems;

        Startup(PolicyRuntime runtime, List<String> problems) {
            this.runtime = runtime;
            this.problems = problems;
        }
    }

    /** Loads {@code path}; never throws: problems are returned for the caller to act on. */
    public static Startup load(String path) {
        List<String> problems = new ArrayList<>();
        if (path == null) {
            problems.add("no policy configured: pass policy=/path/to/policy.json in -javaagent (or -Dpalisade.policy, PALISADE_POLICY)");
            return new Startup(null, problems);
        }
        Path file = Paths.get(path).toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            problems.add(file + ": policy file not found (check the policy option and the file's permissions)");
            return new Startup(null, problems);
        }
        PolicyLoadResult result;
        try {
            result = PolicyLoader.load(file);
        } catch (IOException e) {
            problems.add(file + ": cannot read the policy file: " + e.getMessage());
            return new Startup(null, problems);
        }
        for (Diagnostic warning : result.warnings()) {
            LOG.warn("policy {}", warning.format());
        }
        if (!result.isValid()) {
            for (Diagnostic error : result.errors()) {
                problems.add(error.format());
            }
            return new Startup(null, problems);
        }
        return new Startup(new PolicyRuntime(new PolicyHolder(result.policy())), problems);
    }

    public Policy current() {
        return holder.current();
    }

    public PolicyHolder holder() {
        return holder;
    }

    /** Starts watching the file; reloads and rejections go to the log and to {@code records}. */
    public void watch(AgentTelemetry records, FailureLog failures) {
        try {
            watcher = PolicyWatcher.start(holder, new PolicyListener() {
                @Override
                public void onReload(Policy policy, List<Diagnostic> warnings) {
                    LOG.info("policy reloaded from {} (sha256 {}): {} rules, mode {}", policy.source(), policy.sha256(),
                            policy.endpoints().size(), policy.mode().toString().toLowerCase(java.util.Locale.ROOT));
                    for (Diagnostic warning : warnings) {
                        LOG.warn("policy {}", warning.format());
                    }
                    Map<String, Object> fields = describe(policy);
                    fields.put("warnings", formatted(warnings));
                    records.agentEvent("policy.reloaded", fields);
                }

                @Override
                public void onRejected(List<Diagnostic> diagnostics) {
                    LOG.error("policy change REJECTED; the last good policy (sha256 {}) stays in force:",
                            holder.current().sha256());
                    for (Diagnostic diagnostic : diagnostics) {
                        LOG.error("  {}", diagnostic.format());
                    }
                    Map<String, Object> fields = new LinkedHashMap<>();
                    fields.put("policy.path", String.valueOf(holder.current().source()));
                    fields.put("policy.sha256.in_force", holder.current().sha256());
                    fields.put("errors", formatted(diagnostics));
                    records.agentEvent("policy.rejected", fields);
                }
            });
        } catch (RuntimeException e) {
            failures.onFailure("policy.watch", e);
            LOG.error("cannot watch the policy file {}: changes will NOT be reloaded", holder.current().source(), e);
        }
    }

    public void close() {
        if (watcher != null) {
            watcher.close();
        }
    }

    /** Fields that identify a policy in {@code agent} records. */
    public static Map<String, Object> describe(Policy policy) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("policy.path", String.valueOf(policy.source()));
        fields.put("policy.sha256", policy.sha256());
        fields.put("policy.mode", policy.mode().toString().toLowerCase(java.util.Locale.ROOT));
        fields.put("policy.rules", policy.endpoints().size());
        return fields;
    }

    private static List<Object> formatted(List<Diagnostic> diagnostics) {
        List<Object> lines = new ArrayList<>();
        for (Diagnostic diagnostic : diagnostics) {
            lines.add(diagnostic.format());
        }
        return lines;
    }
}
