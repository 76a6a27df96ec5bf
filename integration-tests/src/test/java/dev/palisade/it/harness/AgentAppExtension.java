package dev.palisade.it.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * JUnit 5 extension that owns the child JVMs of a test class: tests start apps through it; on a
 * failed test it prints every child's output into the test report; after the class it always stops
 * them and asserts the agent stayed healthy — no leaked request contexts (every opened context was
 * closed) and no failed class transformations.
 *
 * <pre>
 * &#64;RegisterExtension
 * static final AgentAppExtension apps = new AgentAppExtension();
 * </pre>
 */
public final class AgentAppExtension implements TestWatcher, AfterAllCallback {

    private final List<RunningApp> running = new ArrayList<>();
    private boolean expectAgentFailures;

    /** Starts an app (stopped automatically after the test class). */
    public synchronized RunningApp start(TestApp app, Jdk jdk, AgentSettings settings) {
        RunningApp started = RunningApp.start(app, jdk, settings);
        running.add(started);
        return started;
    }

    /** For the fault-switch test: agent failures are the point, not a defect. */
    public AgentAppExtension expectingAgentFailures() {
        expectAgentFailures = true;
        return this;
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        List<RunningApp> apps;
        synchronized (this) {
            apps = new ArrayList<>(running);
        }
        for (RunningApp app : apps) {
            System.out.println("===== output of " + app + " (test " + context.getDisplayName() + " failed) =====");
            System.out.println("command: " + String.join(" ", app.command()));
            System.out.println(app.output().text());
            System.out.println("===== telemetry of " + app + " =====");
            for (JsonNode record : app.telemetry()) {
                System.out.println(record);
            }
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        List<RunningApp> apps;
        synchronized (this) {
            apps = new ArrayList<>(running);
            running.clear();
        }
        AssertionError failure = null;
        for (RunningApp app : apps) {
            app.close();
            try {
                assertAgentHealthy(app, expectAgentFailures);
            } catch (AssertionError e) {
                System.out.println("===== output of " + app + " (agent health check failed) =====");
                System.out.println(app.output().text());
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /**
     * The checks every test class gets for free: the final {@code agent} records exist and report
     * no leaked contexts, as many closed as opened, no transformation failures and (unless the test
     * injects faults) no agent failures.
     */
    public static void assertAgentHealthy(RunningApp app, boolean agentFailuresExpected) {
        if (!app.command().stream().anyMatch(arg -> arg.startsWith("-javaagent:"))) {
            return;
        }
        assertNotNull(app.agentRecord("stopped"), app + ": no 'stopped' agent record in " + app.telemetryFile());
        JsonNode stats = app.agentCounters();
        assertEquals(0, stats.path("contexts.leaked").asLong(), app + ": leaked request contexts " + stats);
        assertEquals(stats.path("contexts.opened").asLong(), stats.path("contexts.closed").asLong(),
                app + ": every opened context must be closed " + stats);
        assertEquals(0, stats.path("transform.failures").asLong(), app + ": transformation failures " + stats);
        if (!agentFailuresExpected) {
            assertEquals(0, stats.path("agent.failures").asLong(), app + ": agent failures " + stats);
        }
    }
}
