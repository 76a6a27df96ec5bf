package dev.palisade.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.palisade.it.harness.AgentAppExtension;
import dev.palisade.it.harness.AgentSettings;
import dev.palisade.it.harness.HttpResponse;
import dev.palisade.it.harness.Jdk;
import dev.palisade.it.harness.RunningApp;
import dev.palisade.it.harness.TestApp;

/**
 * The agent's Jackson, SLF4J and Byte Buddy never clash with the application's: the Tomcat 9 app
 * bundles Jackson 2.9, SLF4J 1.7 + Logback and Byte Buddy 1.14, and must see and use exactly those,
 * while the agent logs to stderr through its own relocated SLF4J, never through Logback.
 */
@ParameterizedClass(name = "{0}")
@MethodSource("dev.palisade.it.harness.Matrix#everyJdk")
class ClassClashIT {

    @RegisterExtension
    static final AgentAppExtension apps = new AgentAppExtension();

    @Parameter(0)
    Jdk jdk;

    static RunningApp app;

    @BeforeParameterizedClassInvocation
    static void startApp(Jdk jdk) {
        app = apps.start(TestApp.TOMCAT_JAVAX, jdk, AgentSettings.withAgent());
    }

    @Test
    void applicationSeesAndUsesItsOwnLibraryVersions() throws Exception {
        HttpResponse response = app.http().get("/api/public/libs");
        assertEquals(200, response.status(), response.toString());
        JsonNode libs = new ObjectMapper().readTree(response.body());
        assertTrue(libs.path("jackson").asText().startsWith("2.9."), "app's Jackson: " + libs);
        assertTrue(libs.path("byteBuddy").asText().startsWith("1.14."), "app's Byte Buddy: " + libs);
        assertTrue(libs.path("byteBuddyProbe").asText().contains("generated"), "app's Byte Buddy works: " + libs);
        assertEquals("ch.qos.logback.classic.LoggerContext", libs.path("slf4jBinding").asText(), "app's SLF4J binding: " + libs);
        assertTrue(libs.path("slf4jApi").asText().startsWith("1.7."), libs.toString());
    }

    @Test
    void agentLogsThroughItsOwnLoggerNeverTheApplicationsBackend() {
        app.http().get("/health");
        List<String> lines = app.output().lines();
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("[out] APPLOG")), "the application's Logback logs");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("[err] [palisade]") && l.contains("started")),
                "the agent logs to stderr with its own prefix");
        assertFalse(lines.stream().anyMatch(l -> l.contains("APPLOG") && l.contains("dev.palisade")),
                "no agent message goes through the application's Logback");
        assertFalse(lines.stream().anyMatch(l -> l.contains("SLF4J") && l.contains("provider")),
                "no SLF4J provider warnings from either side:\n" + String.join("\n", lines));
    }
}
