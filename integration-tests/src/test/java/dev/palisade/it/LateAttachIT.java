package dev.palisade.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

import dev.palisade.it.harness.AgentAppExtension;
import dev.palisade.it.harness.AgentSettings;
import dev.palisade.it.harness.BuildOutputs;
import dev.palisade.it.harness.Jdk;
import dev.palisade.it.harness.RunningApp;
import dev.palisade.it.harness.TestApp;

/**
 * The agent loaded into a running service ({@code jcmd <pid> JVMTI.agent_load}): the servlet and
 * JDBC classes were loaded and used before it arrived, so they are protected only if the agent
 * retransforms them. Premain and late attach share the bootstrap bridge but not the install path
 * (premain pre-filters class files and builds Byte Buddy in the background; a late attach installs
 * Byte Buddy directly), so this is the test that keeps the second one honest.
 */
@ParameterizedClass(name = "{0}")
@MethodSource("dev.palisade.it.harness.Matrix#everyJdk")
class LateAttachIT {

    private static final String SQLI = "/api/items/search?name="
            + java.net.URLEncoder.encode("x' OR '1'='1", StandardCharsets.UTF_8);

    @RegisterExtension
    static final AgentAppExtension apps = new AgentAppExtension();

    @Parameter(0)
    Jdk jdk;

    @Test
    void protectsClassesLoadedBeforeTheAgentArrived() throws Exception {
        RunningApp app = apps.start(TestApp.TOMCAT_JAKARTA, jdk, AgentSettings.withoutAgent());
        // Without the agent: the unprotected baseline, and every class on the request path loaded.
        assertEquals(200, app.http().get("/api/orders/7").status());
        String leaked = app.http().get(SQLI).body();
        assertTrue(leaked.contains("banana"), "the injection returns every row without the agent: " + leaked);

        attach(app);

        assertEquals(401, app.http().get("/api/orders/7").status(), "authentication is enforced after the attach");
        assertEquals(200, app.http().get("/api/orders/7", Map.of("Authorization", "Bearer late")).status());
        assertEquals(403, app.http().get(SQLI).status(), "the JDBC sink is checked after the attach");
        assertEquals(200, app.http().get("/api/items/search?name=apple").status());

        JsonNode started = app.agentRecord("started");
        assertNotNull(started, "the agent's 'started' record");
        assertTrue(started.path("late_attach").asBoolean(), started.toString());
        assertTrue(started.path("protected").asBoolean(), started.toString());

        app.close();
        assertNotNull(app.agentRecord("stopped"), "the agent's 'stopped' record");
        JsonNode counters = app.agentCounters();
        assertEquals(0, counters.path("transform.failures").asLong(), counters.toString());
        assertEquals(0, counters.path("agent.failures").asLong(), counters.toString());
        assertEquals(0, counters.path("contexts.leaked").asLong(), counters.toString());
        assertEquals(counters.path("contexts.opened").asLong(), counters.path("contexts.closed").asLong(),
                counters.toString());
        assertTrue(counters.path("contexts.opened").asLong() >= 4, "the requests after the attach were seen: " + counters);
    }

    @Test
    void aFailedAttachLeavesTheServiceRunningAndACorrectedOneWorks() throws Exception {
        RunningApp app = apps.start(TestApp.TOMCAT_JAKARTA, jdk, AgentSettings.withoutAgent());
        assertEquals(200, app.http().get("/api/orders/7").status());
        Path broken = app.workDir().resolve("broken.json");
        Files.writeString(broken, "{ \"version\": 1, \"mode\": \"blok\" }");

        String output = jcmdAgentLoad(app, "policy=" + broken + ",telemetry=" + app.telemetryFile());
        assertTrue(app.output().await("the agent does not start (late attach)", 60_000, () -> true),
                "the refusal is reported in the service's output:\n" + output + "\n" + app.output().text());
        assertTrue(app.output().text().contains("left as it was, WITHOUT protection"), app.output().text());
        assertEquals(200, app.http().get("/api/orders/7").status(), "the service still runs, unprotected as before");

        attach(app);
        assertEquals(401, app.http().get("/api/orders/7").status(), "the corrected attach protects the service");
        app.close();
        assertEquals(0, app.agentCounters().path("transform.failures").asLong(), app.agentCounters().toString());
    }

    /** Loads the agent jar with the late-attach policy and waits for the start line. */
    private static void attach(RunningApp app) throws IOException, InterruptedException {
        Path policy = app.workDir().resolve("policy.json");
        try (InputStream in = LateAttachIT.class.getResourceAsStream("/policies/late-attach.json")) {
            Files.copy(in, policy);
        }
        String output = jcmdAgentLoad(app, "policy=" + policy + ",telemetry=" + app.telemetryFile());
        assertTrue(app.output().await("started on Java", 60_000, () -> true),
                "no start line after the attach:\n" + output + "\n" + app.output().text());
    }

    /**
     * {@code jcmd <pid> JVMTI.agent_load <jar> "<options>"} with the app's own JDK; returns jcmd's output.
     * The options are quoted: jcmd would otherwise read {@code policy=...} as one of its own arguments.
     */
    private static String jcmdAgentLoad(RunningApp app, String options) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(app.jdk().tool("jcmd").toString(), Long.toString(app.pid()),
                "JVMTI.agent_load", BuildOutputs.agentJar().toString(), "\"" + options + "\"")
                .redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(jcmd.waitFor(60, TimeUnit.SECONDS), "jcmd did not finish: " + output);
        assertTrue(app.isAlive(), "the service survived the attach:\n" + output + "\n" + app.output().text());
        return output;
    }
}
