package dev.palisade.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

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
import dev.palisade.it.harness.RequestLog;
import dev.palisade.it.harness.RunningApp;
import dev.palisade.it.harness.TestApp;

/**
 * The policy on a running service: a bad policy stops the JVM at start (unless failOpen), a valid
 * edit applies to new requests within seconds as one atomic swap, an invalid edit keeps the last
 * good policy, and reloading under concurrent load fails no request.
 */
@ParameterizedClass(name = "{0}")
@MethodSource("dev.palisade.it.harness.Matrix#everyJdk")
class PolicyLifecycleIT {

    private static final String ORDERS_RULE_POLICY = """
            {
              "version": 1,
              "mode": "monitor",
              "endpoints": [
                { "path": "/health", "authentication": [] },
                { "path": "/api/orders/{id}", "methods": ["GET"], "authentication": [] }
              ]
            }
            """;

    @RegisterExtension
    static final AgentAppExtension apps = new AgentAppExtension();

    @Parameter(0)
    Jdk jdk;

    @Test
    void refusesToStartTheJvmWithAnInvalidPolicyAndNamesEveryError() throws Exception {
        Path policy = copyResource("invalid.json");
        Process process = new ProcessBuilder(jdk.javaExecutable().toString(),
                "-javaagent:" + BuildOutputs.agentJar() + "=policy=" + policy, "-version")
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(78, process.exitValue(), output);
        assertTrue(output.contains("FATAL the policy could not be loaded"), output);
        assertTrue(output.contains(policy + ":3:11: error: mode: invalid value \"blocking\""), output);
        assertTrue(output.contains(policy + ":8:32: error: endpoints[0]: unknown key \"authentification\"; did you mean \"authentication\"?"), output);
        assertTrue(output.contains("failOpen=true"), "says how to start unprotected deliberately: " + output);
        assertFalse(output.contains("openjdk version"), "the JVM did not go on to run the main program");
    }

    @Test
    void refusesToStartWhenThePolicyFileIsMissing() throws Exception {
        Process process = new ProcessBuilder(jdk.javaExecutable().toString(),
                "-javaagent:" + BuildOutputs.agentJar() + "=policy=/nonexistent/palisade.json", "-version")
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(78, process.exitValue(), output);
        assertTrue(output.contains("/nonexistent/palisade.json: policy file not found"), output);
    }

    @Test
    void failOpenStartsTheApplicationUnprotectedAndSaysSoLoudly() {
        RunningApp app = apps.start(TestApp.TOMCAT_JAKARTA, jdk,
                AgentSettings.withAgent().policy("invalid.json").option("failOpen", "true"));
        assertEquals(200, app.http().get("/health").status());
        String stderr = String.join("\n", app.output().stderr());
        assertTrue(stderr.contains("WITHOUT PROTECTION"), stderr);
        assertTrue(stderr.contains("unknown key \"authentification\""), stderr);
        JsonNode rejected = app.agentRecord("policy.rejected");
        assertNotNull(rejected, "an agent telemetry record says the policy was rejected");
        assertTrue(rejected.path("fail_open").asBoolean());
        assertFalse(app.agentRecord("started").path("protected").asBoolean(true));
    }

    @Test
    void appliesAValidEditToNewRequestsAndKeepsTheLastGoodPolicyOnAnInvalidOne() throws Exception {
        RunningApp app = apps.start(TestApp.TOMCAT_JAKARTA, jdk, AgentSettings.withAgent());
        assertEquals("(defaults)", ruleFor(app, "/api/orders/7"));

        long written = System.nanoTime();
        replaceAtomically(app.policyFile(), ORDERS_RULE_POLICY);
        String rule = awaitRule(app, "/api/orders/{id}");
        System.out.printf("[reload] %s: valid edit applied after %d ms%n", jdk,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - written));
        assertEquals("/api/orders/{id}", rule);
        assertNotNull(awaitAgentRecord(app, "policy.reloaded"), "reload recorded in telemetry");

        replaceAtomically(app.policyFile(), "{ \"version\": 1, \"endpoints\": [ { \"path\": \"/x/**/y\" } ] }");
        awaitStderr(app, "policy change REJECTED");
        JsonNode rejected = awaitAgentRecord(app, "policy.rejected");
        assertTrue(rejected.path("errors").toString().contains("\\\"**\\\" must be the last segment"), rejected.toString());
        assertEquals("/api/orders/{id}", ruleFor(app, "/api/orders/8"), "the last good policy stays in force");
    }

    @Test
    void reloadingUnderConcurrentLoadFailsNoRequestAndNeverMixesVersions() throws Exception {
        RunningApp app = apps.start(TestApp.TOMCAT_JAKARTA, jdk, AgentSettings.withAgent());
        String original = Files.readString(app.policyFile());
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger sent = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> workers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            workers.add(pool.submit(() -> {
                while (running.get()) {
                    int status = app.http().get("/api/orders/" + sent.incrementAndGet()).status();
                    if (status != 200) {
                        failed.incrementAndGet();
                    }
                }
            }));
        }
        try {
            for (int round = 0; round < 3; round++) {
                replaceAtomically(app.policyFile(), ORDERS_RULE_POLICY);
                awaitRule(app, "/api/orders/{id}");
                replaceAtomically(app.policyFile(), original);
                awaitRule(app, "(defaults)");
            }
        } finally {
            running.set(false);
            for (Future<?> worker : workers) {
                worker.get(30, TimeUnit.SECONDS);
            }
            pool.shutdownNow();
        }
        assertTrue(sent.get() > 50, "load was applied: " + sent.get());
        assertEquals(0, failed.get(), "no request failed during " + sent.get() + " requests and 6 reloads");
        for (RequestLog.Opened opened : RequestLog.opened(app)) {
            if (opened.raw.startsWith("/api/orders/")) {
                assertTrue(Set.of("(defaults)", "/api/orders/{id}").contains(opened.rule), opened.toString());
            }
        }
    }

    /** Sends a request and returns the rule the agent resolved for it. */
    private static String ruleFor(RunningApp app, String target) {
        assertEquals(200, app.http().get(target).status());
        RequestLog.Opened opened = RequestLog.lastFor(app, target);
        assertNotNull(opened, "no context for " + target);
        return opened.rule;
    }

    private static final AtomicInteger PROBES = new AtomicInteger(1000);

    /**
     * Polls with fresh request paths under {@code /api/orders/} until they resolve to
     * {@code expectedRule} (at most 10 s; the target is 2 s and is printed, not asserted).
     */
    private static String awaitRule(RunningApp app, String expectedRule) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        String rule = null;
        while (System.currentTimeMillis() < deadline) {
            rule = ruleFor(app, "/api/orders/" + PROBES.incrementAndGet());
            if (expectedRule.equals(rule)) {
                return rule;
            }
            Thread.sleep(50);
        }
        return rule;
    }

    private static JsonNode awaitAgentRecord(RunningApp app, String event) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        JsonNode record;
        while ((record = app.agentRecord(event)) == null && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        return record;
    }

    private static void awaitStderr(RunningApp app, String text) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            if (app.output().stderr().stream().anyMatch(line -> line.contains(text))) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no stderr line with '" + text + "':\n" + app.output().text());
    }

    /** Writes a new version the way editors and config management do: temp file, then rename. */
    private static void replaceAtomically(Path file, String content) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temp, content);
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static Path copyResource(String name) throws IOException {
        Path dir = Files.createTempDirectory("palisade-policy-it");
        Path file = dir.resolve(name);
        try (var in = PolicyLifecycleIT.class.getResourceAsStream("/policies/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }
}
