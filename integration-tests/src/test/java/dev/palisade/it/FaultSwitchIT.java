package dev.palisade.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

import dev.palisade.it.harness.AgentAppExtension;
import dev.palisade.it.harness.AgentSettings;
import dev.palisade.it.harness.HttpResponse;
import dev.palisade.it.harness.Jdk;
import dev.palisade.it.harness.RunningApp;
import dev.palisade.it.harness.TestApp;

/**
 * The agent never breaks the host: with the test-only fault switch making the request hooks throw
 * on every request, the application still answers exactly as without the agent, and each failing
 * site is logged once and counted.
 */
@ParameterizedClass(name = "{0} on {1}")
@MethodSource("dev.palisade.it.harness.Matrix#servletAppsOnEveryJdk")
class FaultSwitchIT {

    @RegisterExtension
    static final AgentAppExtension apps = new AgentAppExtension().expectingAgentFailures();

    @Parameter(0)
    TestApp testApp;

    @Parameter(1)
    Jdk jdk;

    static RunningApp app;

    @BeforeParameterizedClassInvocation
    static void startApp(TestApp testApp, Jdk jdk) {
        app = apps.start(testApp, jdk, AgentSettings.withAgent().option("testFault", "servlet.enter+servlet.exit"));
    }

    @Test
    void applicationAnswersNormallyWhenTheAgentHooksThrow() {
        int requests = 0;
        for (int i = 0; i < 5; i++) {
            HttpResponse hello = app.http().get("/api/public/hello");
            assertEquals(200, hello.status(), hello.toString());
            assertTrue(hello.body().contains("world"), hello.body());
            assertEquals("1", hello.header("X-App-Filter"), "the application's filters ran");
            HttpResponse async = app.http().get("/api/async");
            assertEquals(200, async.status(), async.toString());
            requests += 2;
        }
        app.close();

        List<String> stderr = app.output().stderr();
        assertEquals(1, stderr.stream().filter(l -> l.contains("agent failure at servlet.enter")).count(),
                "the enter failure is logged once, not per request:\n" + String.join("\n", stderr));
        assertEquals(1, stderr.stream().filter(l -> l.contains("agent failure at servlet.exit")).count(),
                "the exit failure is logged once");
        JsonNode stats = app.agentCounters();
        assertTrue(stats.path("agent.failures").asLong() >= 2L * requests,
                "every failure is counted: " + stats);
    }
}
