package dev.palisade.agent;

import java.lang.instrument.Instrumentation;

/**
 * The {@code -javaagent} entry point. Deliberately tiny: it guards against running twice or inside
 * JDK tools, puts the bridge on the bootstrap class path, and hands over to {@link AgentRuntime}.
 *
 * <p>Nothing may escape from here: an exception thrown by {@code premain} aborts the JVM. The one
 * deliberate exception is a policy that cannot be loaded, which stops the JVM by design (running
 * unprotected without noticing is the worse failure) unless {@code failOpen=true}.
 *
 * <p>A late attach ({@code agentmain}) never stops the JVM: the service is already running and
 * serving, and halting it for a typo in the attach command would be the agent breaking its host.
 * The agent refuses to start instead, leaves the service exactly as it was, and fails the attach
 * (the exception reaches the attaching tool, e.g. {@code jcmd}), so that a corrected attach can follow.
 */
public final class PalisadeAgent {

    /** Set once per JVM, across class loaders, so that a second {@code -javaagent} copy stays idle. */
    static final String STARTED_PROPERTY = "palisade.agent.started";

    private PalisadeAgent() {
    }

    public static void premain(String argument, Instrumentation instrumentation) {
        start(argument, instrumentation, false);
    }

    public static void agentmain(String argument, Instrumentation instrumentation) {
        start(argument, instrumentation, true);
    }

    private static void start(String argument, Instrumentation instrumentation, boolean lateAttach) {
        long startNanos = System.nanoTime();
        try {
            if (JdkTools.isJdkTool(System.getProperty("sun.java.command"))) {
                return;
            }
            synchronized (PalisadeAgent.class) {
                if (System.getProperty(STARTED_PROPERTY) != null) {
                    System.err.println("[palisade] WARN agent already started in this JVM; ignoring the second -javaagent");
                    return;
                }
                System.setProperty(STARTED_PROPERTY, "true");
            }
            AgentOptions options;
            try {
                options = AgentOptions.fromAgentArgument(argument);
            } catch (IllegalArgumentException malformed) {
                throw new AgentStartupRefused(lateAttach
                        ? "[palisade] ERROR invalid agent options: " + malformed.getMessage()
                                + ". The agent does not start; fix the options (e.g. policy=/etc/palisade/policy.json)."
                        : "[palisade] FATAL invalid -javaagent options: " + malformed.getMessage()
                                + ". The JVM does not start with a misconfigured agent; fix the options"
                                + " (e.g. -javaagent:palisade-agent.jar=policy=/etc/palisade/policy.json).");
            }
            BootstrapBridge.appendTo(instrumentation);
            AgentRuntime.start(options, instrumentation, lateAttach, startNanos);
        } catch (AgentStartupRefused refused) {
            System.err.println(refused.getMessage());
            if (lateAttach) {
                System.err.println("[palisade] the running JVM is left as it was, WITHOUT protection: a late attach"
                        + " never stops it; fix the problem and attach again");
                System.err.flush();
                System.clearProperty(STARTED_PROPERTY);
                throw new IllegalStateException(refused.getMessage());
            }
            // At JVM start: the policy could not be loaded and failOpen is off: stop the JVM on purpose.
            System.err.flush();
            Runtime.getRuntime().halt(refused.exitStatus());
        } catch (Throwable t) {
            try {
                System.err.println("[palisade] ERROR agent failed to start; the application runs WITHOUT protection: " + t);
                t.printStackTrace();
            } catch (Throwable ignored) {
                // nothing more can be done safely
            }
        }
    }
}
