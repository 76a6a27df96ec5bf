package dev.palisade.agent;

import java.lang.instrument.Instrumentation;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.palisade.agent.auth.AuthenticationCheck;
import dev.palisade.agent.client.ClientAddressResolution;
import dev.palisade.agent.jaxrs.JaxRsResourceHooks;
import dev.palisade.agent.jdbc.JdbcSinkHooks;
import dev.palisade.agent.jdbc.SqlSink;
import dev.palisade.agent.inspect.BodyInspection;
import dev.palisade.agent.inspect.InputInspectionCheck;
import dev.palisade.agent.log.LogLevel;
import dev.palisade.agent.runtime.AgentStats;
import dev.palisade.agent.runtime.DebugRequestLog;
import dev.palisade.agent.runtime.FailureLog;
import dev.palisade.agent.runtime.PolicyResolution;
import dev.palisade.agent.runtime.PolicyRuntime;
import dev.palisade.agent.runtime.RequestListener;
import dev.palisade.agent.runtime.TestFaults;
import dev.palisade.agent.server.ServerEntryHooks;
import dev.palisade.agent.servlet.RequestBodyHooks;
import dev.palisade.agent.servlet.ServletRequestHooks;
import dev.palisade.agent.telemetry.AgentTelemetry;
import dev.palisade.agent.telemetry.TelemetryRecorder;
import dev.palisade.bridge.AgentFailures;
import dev.palisade.bridge.BodyBridge;
import dev.palisade.bridge.JdbcBridge;
import dev.palisade.bridge.HttpServerBridge;
import dev.palisade.bridge.JaxRsBridge;
import dev.palisade.bridge.ServletBridge;
import dev.palisade.instrumentation.InstrumentationModule;
import dev.palisade.instrumentation.jdbc.JdbcInstrumentationModule;
import dev.palisade.instrumentation.Instrumenter;
import dev.palisade.instrumentation.grizzly.GrizzlyInstrumentationModule;
import dev.palisade.instrumentation.jaxrs.JaxRsInstrumentationModule;
import dev.palisade.instrumentation.jdkhttp.JdkHttpServerInstrumentationModule;
import dev.palisade.instrumentation.servlet.ServletInstrumentationModule;
import dev.palisade.detection.sql.SqlInjectionCheck;
import dev.palisade.policy.AuthScheme;
import dev.palisade.policy.Policy;

/**
 * Wires the agent together once the bridge is on the bootstrap class path: options, logging,
 * failure accounting, the policy, telemetry, request steps, instrumentation and shutdown.
 */
final class AgentRuntime {

    private static final Logger LOG = LoggerFactory.getLogger(AgentRuntime.class);

    private AgentRuntime() {
    }

    static void start(AgentOptions options, Instrumentation instrumentation, boolean lateAttach, long startNanos)
            throws AgentStartupRefused {
        LogLevel.configure(options.get(AgentOptions.LOG_LEVEL));
        AgentStats stats = new AgentStats();
        FailureLog failures = new FailureLog(stats);
        AgentFailures.install(failures);
        TestFaults faults = new TestFaults(options.get(AgentOptions.TEST_FAULT));
        if (faults.any()) {
            LOG.warn("test fault switch is ON ({}): agent hooks will fail on purpose", options.get(AgentOptions.TEST_FAULT));
        }

        // At premain first, so that Byte Buddy loads on a background thread while the policy is
        // parsed and the application starts (Instrumenter#install); no application class loads
        // before premain returns. After a late attach last, as before: retransforming the loaded
        // classes must come after the request hooks are in place.
        InstrumentationReport instrumentationReport = new InstrumentationReport(stats);
        Instrumenter instrumenter = new Instrumenter(selectModules(options), instrumentationReport);
        long phase = System.nanoTime();
        if (!lateAttach) {
            instrumenter.install(instrumentation, false);
        }
        long instrumentationMillis = millisSince(phase);

        phase = System.nanoTime();
        PolicyRuntime.Startup policyStartup = PolicyRuntime.load(options.get(AgentOptions.POLICY));
        long policyMillis = millisSince(phase);
        PolicyRuntime policies = policyStartup.runtime;
        if (policies == null && !options.flag(AgentOptions.FAIL_OPEN)) {
            throw new AgentStartupRefused(refusal(policyStartup.problems, lateAttach));
        }

        phase = System.nanoTime();
        AgentTelemetry telemetry = AgentTelemetry.start(telemetrySettings(options, policies), stats::snapshot, failures);
        long telemetryMillis = millisSince(phase);
        instrumentationReport.attach(telemetry);
        if (policies == null) {
            warnUnprotected(policyStartup.problems, telemetry);
        }

        List<RequestListener> steps = new ArrayList<>();
        if (policies != null) {
            steps.add(new PolicyResolution(policies));
            steps.add(new ClientAddressResolution());
        }
        steps.add(new DebugRequestLog());
        // After the debug line, so requests answered with 401 are logged too.
        steps.add(new AuthenticationCheck(telemetry));
        InputInspectionCheck inputInspection = new InputInspectionCheck(telemetry);
        steps.add(inputInspection);
        steps.add(new TelemetryRecorder(telemetry));
        ServletRequestHooks servletHooks = new ServletRequestHooks(steps, stats, failures, faults);
        ServletBridge.install(servletHooks);
        BodyBridge.install(new RequestBodyHooks(servletHooks, new BodyInspection(inputInspection)));
        JaxRsBridge.install(new JaxRsResourceHooks(servletHooks, failures, inputInspection::inspectEntity));
        HttpServerBridge.install(new ServerEntryHooks(servletHooks, failures));
        JdbcBridge.install(new JdbcSinkHooks(servletHooks::current, new SqlSink(new SqlInjectionCheck(), telemetry),
                failures, faults));

        if (lateAttach) {
            phase = System.nanoTime();
            instrumenter.install(instrumentation, true);
            instrumentationMillis = millisSince(phase);
        }

        long startupMillis = (System.nanoTime() - startNanos) / 1_000_000;
        telemetry.agentEvent("started", startedFields(options, policies, instrumenter, lateAttach, startupMillis));
        LOG.info("Palisade {} started on Java {} in {} ms; policy {}; instrumentations: {}", AgentVersion.get(),
                System.getProperty("java.version"), startupMillis,
                policies == null ? "NONE (unprotected)" : policies.current().source() + " (mode " + policies.current().mode().toString().toLowerCase(java.util.Locale.ROOT) + ")",
                instrumenter.moduleNames());

        LOG.debug("start-up phases: instrumentation {} ms (at premain Byte Buddy continues in the background), policy {} ms,"
                + " telemetry {} ms", instrumentationMillis, policyMillis, telemetryMillis);
        if (policies != null) {
            policies.watch(telemetry, failures);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (policies != null) {
                policies.close();
            }
            telemetry.close();
        }, "palisade-shutdown"));
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static AgentTelemetry.Settings telemetrySettings(AgentOptions options, PolicyRuntime policies) {
        AgentTelemetry.Settings settings = new AgentTelemetry.Settings();
        if (policies != null) {
            Policy policy = policies.current();
            dev.palisade.policy.TelemetryConfig config = policy.telemetry();
            settings.file = config.file();
            settings.intervalSeconds = config.intervalSeconds();
            settings.maxFileMB = config.maxFileMB();
            settings.maxFiles = config.maxFiles();
            settings.maxRoutes = config.maxRoutes();
            settings.maxValueLength = config.maxValueLength();
            Set<String> apiKeyNames = new HashSet<>();
            for (AuthScheme scheme : policy.schemes().values()) {
                // The header/query/cookie name the key travels under, not the scheme's policy name.
                if (scheme.parameterName() != null) {
                    apiKeyNames.add(scheme.parameterName());
                }
            }
            settings.apiKeyNames = apiKeyNames;
        }
        String override = options.get(AgentOptions.TELEMETRY);
        if (override != null) {
            settings.file = Paths.get(override);
        }
        return settings;
    }

    private static Map<String, Object> startedFields(AgentOptions options, PolicyRuntime policies,
            Instrumenter instrumenter, boolean lateAttach, long startupMillis) {
        Map<String, Object> started = new LinkedHashMap<>();
        started.put("agent.version", AgentVersion.get());
        started.put("java.version", System.getProperty("java.version"));
        started.put("java.vendor", System.getProperty("java.vendor"));
        if (policies != null) {
            started.putAll(PolicyRuntime.describe(policies.current()));
        } else {
            started.put("policy.path", options.get(AgentOptions.POLICY));
        }
        started.put("protected", policies != null);
        started.put("instrumentations", instrumenter.moduleNames());
        started.put("late_attach", lateAttach);
        started.put("startup_ms", startupMillis);
        return started;
    }

    private static String refusal(List<String> problems, boolean lateAttach) {
        StringBuilder message = new StringBuilder(lateAttach
                ? "[palisade] ERROR the policy could not be loaded, so the agent does not start (late attach):"
                : "[palisade] FATAL the policy could not be loaded, so the JVM does not start"
                        + " (running unprotected without noticing is the worse failure):");
        for (String problem : problems) {
            message.append("\n[palisade]   ").append(problem);
        }
        message.append("\n[palisade] Fix the policy (check it with: java -jar palisade-agent.jar validate <policy.json>)"
                + " or add failOpen=true to the agent options to start the application UNPROTECTED.");
        return message.toString();
    }

    private static void warnUnprotected(List<String> problems, AgentTelemetry telemetry) {
        LOG.error("********************************************************************************");
        LOG.error("failOpen=true and the policy could not be loaded: the application runs WITHOUT PROTECTION");
        for (String problem : problems) {
            LOG.error("  {}", problem);
        }
        LOG.error("********************************************************************************");
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("errors", new ArrayList<Object>(problems));
        fields.put("fail_open", true);
        telemetry.agentEvent("policy.rejected", fields);
    }

    private static List<InstrumentationModule> selectModules(AgentOptions options) {
        Set<String> disabled = new HashSet<>();
        String option = options.get(AgentOptions.DISABLE);
        if (option != null) {
            disabled.addAll(Arrays.asList(option.split("[+;]")));
        }
        List<InstrumentationModule> all = List.of(ServletInstrumentationModule.javax(),
                ServletInstrumentationModule.jakarta(), new JdbcInstrumentationModule(),
                JaxRsInstrumentationModule.javax(), JaxRsInstrumentationModule.jakarta(),
                new JdkHttpServerInstrumentationModule(), new GrizzlyInstrumentationModule());
        List<InstrumentationModule> selected = new ArrayList<>();
        for (InstrumentationModule module : all) {
            if (disabled.contains(module.name())) {
                LOG.warn("instrumentation {} is disabled by the '{}' option", module.name(), AgentOptions.DISABLE);
            } else {
                selected.add(module);
            }
        }
        return selected;
    }
}
