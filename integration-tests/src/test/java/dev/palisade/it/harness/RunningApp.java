package dev.palisade.it.harness;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A test app running in a child JVM, optionally with the agent attached. Always stopped with
 * SIGTERM (so shutdown hooks run and the agent writes its final record), then killed if it hangs.
 */
public final class RunningApp implements AutoCloseable {

    private static final Pattern READY_PORT = Pattern.compile("READY port=(\\d+)");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long STARTUP_TIMEOUT_MILLIS = 120_000;

    private final TestApp app;
    private final Jdk jdk;
    private final Process process;
    private final ChildOutput output;
    private final Path workDir;
    private final Path telemetryFile;
    private final int port;
    private final List<String> command;
    private Integer exitStatus;

    private RunningApp(TestApp app, Jdk jdk, Process process, ChildOutput output, Path workDir,
            Path telemetryFile, int port, List<String> command) {
        this.app = app;
        this.jdk = jdk;
        this.process = process;
        this.output = output;
        this.workDir = workDir;
        this.telemetryFile = telemetryFile;
        this.port = port;
        this.command = command;
    }

    /** Starts {@code app} on {@code jdk} and waits until it serves requests. */
    public static RunningApp start(TestApp app, Jdk jdk, AgentSettings settings) {
        try {
            Path workDir = Files.createTempDirectory("palisade-it-" + app.module() + "-");
            Path telemetry = workDir.resolve("palisade-telemetry.jsonl");
            int fixedPort = app.needsFixedPort() ? freePort() : 0;
            List<String> command = new ArrayList<>();
            command.add(jdk.javaExecutable().toString());
            command.add("-Xmx512m");
            command.add("-XX:TieredStopAtLevel=1");
            command.add("-Xshare:auto");
            if (settings.attach()) {
                StringBuilder argument = new StringBuilder();
                if (settings.policyResource() != null && !settings.options().containsKey("policy")) {
                    Path policy = workDir.resolve("policy.json");
                    try (java.io.InputStream in = RunningApp.class.getResourceAsStream("/policies/" + settings.policyResource())) {
                        if (in == null) {
                            throw new IllegalArgumentException("no test policy " + settings.policyResource());
                        }
                        Files.copy(in, policy);
                    }
                    argument.append("policy=").append(policy).append(',');
                }
                if (!settings.options().containsKey("telemetry")) {
                    argument.append("telemetry=").append(telemetry);
                }
                for (Map.Entry<String, String> option : settings.options().entrySet()) {
                    if (argument.length() > 0) {
                        argument.append(',');
                    }
                    argument.append(option.getKey()).append('=').append(option.getValue());
                }
                command.add("-javaagent:" + BuildOutputs.agentJar() + "=" + argument);
            }
            command.addAll(settings.jvmOptions());
            command.addAll(app.launchArguments(fixedPort));
            command.addAll(settings.appArguments());
            ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
            builder.environment().keySet().removeIf(name -> name.startsWith("PALISADE_") || name.equals("JAVA_TOOL_OPTIONS"));
            builder.environment().putAll(settings.environment());
            Process process = builder.start();
            process.getOutputStream().close();
            ChildOutput output = new ChildOutput();
            output.pump(process.getInputStream(), app.module() + "-out", false);
            output.pump(process.getErrorStream(), app.module() + "-err", true);
            boolean ready = output.await(app.readinessMarker(), STARTUP_TIMEOUT_MILLIS, process::isAlive);
            RunningApp running = new RunningApp(app, jdk, process, output, workDir, telemetry,
                    fixedPort != 0 ? fixedPort : 0, command);
            if (!ready) {
                running.close();
                throw new IllegalStateException(app + " on " + jdk + " did not become ready (exit "
                        + running.exitStatus + ")\ncommand: " + String.join(" ", command) + "\n" + output.text());
            }
            return fixedPort != 0 ? running : running.withPort(readPort(output));
        } catch (IOException e) {
            throw new IllegalStateException("could not start " + app, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private RunningApp withPort(int actualPort) {
        return new RunningApp(app, jdk, process, output, workDir, telemetryFile, actualPort, command);
    }

    private static int readPort(ChildOutput output) {
        for (String line : output.lines()) {
            Matcher matcher = READY_PORT.matcher(line);
            if (matcher.find()) {
                return Integer.parseInt(matcher.group(1));
            }
        }
        throw new IllegalStateException("readiness line without port:\n" + output.text());
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** The child JVM's process id (for tools that attach to it, e.g. {@code jcmd}). */
    public long pid() {
        return process.pid();
    }

    public Http http() {
        return new Http(port);
    }

    public int port() {
        return port;
    }

    public TestApp app() {
        return app;
    }

    public Jdk jdk() {
        return jdk;
    }

    public ChildOutput output() {
        return output;
    }

    public Path workDir() {
        return workDir;
    }

    /** The policy file the app started with (in its work directory). */
    public Path policyFile() {
        return workDir.resolve("policy.json");
    }

    public Path telemetryFile() {
        return telemetryFile;
    }

    public List<String> command() {
        return command;
    }

    /** Stops with SIGTERM and waits; the agent's final records are written by then. */
    @Override
    public void close() {
        if (exitStatus != null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
            exitStatus = process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        } catch (IllegalThreadStateException stillRunning) {
            exitStatus = -1;
        }
    }

    /** True while the child JVM runs (it may have exited on its own). */
    public boolean isAlive() {
        return process.isAlive();
    }

    public boolean isStopped() {
        return exitStatus != null;
    }

    /** Every telemetry line, parsed. */
    public List<JsonNode> telemetry() {
        List<JsonNode> records = new ArrayList<>();
        if (!Files.exists(telemetryFile)) {
            return records;
        }
        try {
            for (String line : Files.readAllLines(telemetryFile)) {
                if (!line.isBlank()) {
                    records.add(JSON.readTree(line));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("unreadable telemetry " + telemetryFile, e);
        }
        return records;
    }

    /** The {@code agent} record with the given event, the last one if several. */
    public JsonNode agentRecord(String event) {
        JsonNode found = null;
        for (JsonNode record : telemetry()) {
            if ("agent".equals(record.path("type").asText()) && event.equals(record.path("event").asText())) {
                found = record;
            }
        }
        return found;
    }

    /** The agent's own counters from the last {@code agent}/{@code stats} record (written at each interval and at stop). */
    public JsonNode agentCounters() {
        JsonNode stats = agentRecord("stats");
        return stats == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : stats.path("counters");
    }

    @Override
    public String toString() {
        return app + " on " + jdk;
    }
}
