package dev.palisade.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

import dev.palisade.it.harness.AgentAppExtension;
import dev.palisade.it.harness.AgentSettings;
import dev.palisade.it.harness.BuildOutputs;
import dev.palisade.it.harness.HttpResponse;
import dev.palisade.it.harness.Jdk;
import dev.palisade.it.harness.RequestLog;
import dev.palisade.it.harness.RunningApp;
import dev.palisade.it.harness.TestApp;

/** premain's guards: attached twice, inside JDK tools, malformed options, clean output on JDK 24+. */
@ParameterizedClass(name = "{0}")
@MethodSource("dev.palisade.it.harness.Matrix#everyJdk")
class StartupGuardsIT {

    @RegisterExtension
    static final AgentAppExtension apps = new AgentAppExtension();

    @Parameter(0)
    Jdk jdk;

    @Test
    void secondJavaagentStaysIdleAndRequestsGetOneContext() {
        RunningApp app = apps.start(TestApp.TOMCAT_JAKARTA, jdk,
                AgentSettings.withAgent().jvmOption("-javaagent:" + BuildOutputs.agentJar()));
        assertEquals(200, app.http().get("/health").status());
        List<String> stderr = app.output().stderr();
        assertEquals(1, stderr.stream().filter(l -> l.contains("agent already started")).count(),
                String.join("\n", stderr));
        assertEquals(1, stderr.stream().filter(l -> l.contains("Palisade") && l.contains("started on Java")).count());
        assertEquals(1, RequestLog.awaitOpened(app, 1).size());
    }

    @Test
    void doesNothingInsideJdkTools() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(jdk.tool("jar").toString(), "--version");
        builder.environment().put("JAVA_TOOL_OPTIONS", "-javaagent:" + BuildOutputs.agentJar());
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.contains("Picked up JAVA_TOOL_OPTIONS"), "the agent was offered to the tool: " + output);
        assertFalse(output.contains("[palisade]"), "the agent stays silent and idle in JDK tools: " + output);
    }

    @Test
    void refusesToStartTheJvmWithMalformedOptions() throws Exception {
        Process process = new ProcessBuilder(jdk.javaExecutable().toString(),
                "-javaagent:" + BuildOutputs.agentJar() + "=policy", "-version")
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(78, process.exitValue(), output);
        assertTrue(output.contains("invalid -javaagent options") && output.contains("'policy'"), output);
    }

    @Test
    void printsNoUnsafeOrIllegalAccessWarnings() throws IOException {
        RunningApp app = apps.start(TestApp.TOMCAT_JAVAX, jdk, AgentSettings.withAgent());
        HttpResponse response = app.http().get("/health");
        assertEquals(200, response.status());
        for (String line : app.output().stderr()) {
            assertFalse(line.contains("sun.misc.Unsafe") || line.contains("illegal reflective access")
                    || line.contains("Byte Buddy") && line.contains("experimental"), "unexpected JVM warning: " + line);
        }
    }
}
