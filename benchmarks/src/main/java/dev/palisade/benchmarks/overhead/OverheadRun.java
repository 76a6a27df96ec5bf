package dev.palisade.benchmarks.overhead;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The end-to-end overhead run behind {@link dev.palisade.benchmarks.OverheadRunner}: prepares the
 * tools, measures start-up and load for each configuration with the order rotated round by round,
 * profiles block mode with JFR, and hands everything to {@link OverheadReport}.
 */
public final class OverheadRun {

    /** Pinned peer: the latest 1.x on Maven Central when this runner was written. */
    static final String DD_VERSION = "1.68.1";
    static final String LIGHT_PATH = "/api/public/hello";
    static final String JDBC_PATH = "/api/items/search-safe?name=apple";
    static final int WRK_THREADS = 2;
    static final int WRK_CONNECTIONS = 16;
    /**
     * Uncounted wrk seconds per endpoint before a window: 5 s left the JIT still compiling agent code
     * in the measured window (C2 thread 1.4 µs/request with the agent against 0.5 without, measured by
     * hand); after 15 s both are at steady state, which is what a long-running service pays.
     */
    static final int WARMUP_SECONDS = 15;
    private static final List<String> COMMON_JVM_OPTIONS = List.of("-Xms512m", "-Xmx512m");

    private final Path root;
    private final int loadSeconds;
    private final int rounds;
    private final int startupRuns;
    private final Path work;
    private final Path log;

    public OverheadRun(Path root, int loadSeconds, int rounds, int startupRuns) throws IOException {
        this.root = root;
        this.loadSeconds = loadSeconds;
        this.rounds = rounds;
        this.startupRuns = startupRuns;
        this.work = Files.createTempDirectory("palisade-overhead");
        this.log = work.resolve("services.log");
    }

    public void run() throws Exception {
        Instant began = Instant.now();
        String loadAverage = Files.readString(Path.of("/proc/loadavg")).trim();
        Path app = root.resolve("test-apps/tomcat-jakarta/target/tomcat-jakarta-app.jar");
        Path agent = root.resolve("agent/target/palisade-agent.jar");
        Tools.buildIfMissing(root, app, agent);
        Tools.installWrkIfMissing();
        Path dd = Tools.fetchPeer(root, DD_VERSION);
        AsyncProfiler profiler = AsyncProfiler.fetch(root);
        List<Configuration> configurations = configurations(agent, dd);
        say("work directory " + work + " (service output in services.log)");

        Map<Configuration, List<Long>> startup = new LinkedHashMap<>();
        configurations.forEach(c -> startup.put(c, new ArrayList<>()));
        for (Configuration c : configurations) {
            startupMillis(c, app); // warm the file system cache and the JDK's CDS archive; not counted
        }
        for (int run = 0; run < startupRuns; run++) {
            for (Configuration c : rotated(configurations, run)) {
                long ms = startupMillis(c, app);
                startup.get(c).add(ms);
                say("start-up run " + (run + 1) + " " + c + ": " + ms + " ms");
            }
        }

        List<LoadSample> samples = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            for (Configuration c : rotated(configurations, round - 1)) {
                LoadSample sample = load(round, c, app);
                samples.add(sample);
                say(String.format("load round %d %s: light %.0f req/s p99 %.2f ms %.1f us CPU/req; jdbc %.0f req/s"
                        + " p99 %.2f ms %.1f us CPU/req; heap %.1f MB, RSS %.0f MB", round, c,
                        sample.light().requestsPerSecond(), sample.light().p99Ms(), sample.lightCpuUsPerRequest(),
                        sample.jdbc().requestsPerSecond(), sample.jdbc().p99Ms(), sample.jdbcCpuUsPerRequest(),
                        sample.heapMb(), sample.rssMb()));
            }
        }

        LoadProfiles profile = profileLoad(configurations.get(0), configurations.get(2), app, profiler);
        StartupProfile startupProfile = profileStartup(configurations.get(0), configurations.get(2), app);
        Instant ended = Instant.now();
        Path report = root.resolve("BENCHMARKS.md");
        Files.writeString(report, new OverheadReport(configurations, startup, samples, profile, startupProfile,
                loadSeconds, began, ended, loadAverage).markdown(), StandardCharsets.UTF_8);
        say("wrote " + report);
    }

    private List<Configuration> configurations(Path agent, Path dd) throws IOException {
        Path blockPolicy = root.resolve("examples/policy.json");
        String example = Files.readString(blockPolicy, StandardCharsets.UTF_8);
        String monitor = example.replaceFirst("\"mode\"\\s*:\\s*\"block\"", "\"mode\": \"monitor\"");
        if (monitor.equals(example)) {
            throw new IllegalStateException(blockPolicy + " has no \"mode\": \"block\" to turn into monitor mode");
        }
        Path monitorPolicy = work.resolve("policy-monitor.json");
        Files.writeString(monitorPolicy, monitor, StandardCharsets.UTF_8);
        int unusedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            unusedPort = socket.getLocalPort(); // no Datadog agent listens here: traces go nowhere
        }
        return List.of(
                new Configuration("a", "no agent", COMMON_JVM_OPTIONS),
                new Configuration("b", "Palisade monitor", with(COMMON_JVM_OPTIONS, "-javaagent:" + agent + "=policy="
                        + monitorPolicy + ",telemetry=" + work.resolve("telemetry-monitor.jsonl"))),
                new Configuration("c", "Palisade block", with(COMMON_JVM_OPTIONS, "-javaagent:" + agent + "=policy="
                        + blockPolicy + ",telemetry=" + work.resolve("telemetry-block.jsonl"))),
                new Configuration("d", "dd-java-agent " + DD_VERSION, with(COMMON_JVM_OPTIONS,
                        "-javaagent:" + dd, "-Ddd.service=palisade-bench", "-Ddd.appsec.enabled=true",
                        "-Ddd.appsec.rasp.enabled=true", "-Ddd.trace.enabled=true", "-Ddd.agent.host=127.0.0.1",
                        "-Ddd.trace.agent.port=" + unusedPort, "-Ddd.remote_config.enabled=false",
                        "-Ddd.telemetry.enabled=false",
                        // the tracer reads its telemetry switch under this name (its start-up log showed it on without it)
                        "-Ddd.instrumentation.telemetry.enabled=false", "-Ddd.profiling.enabled=false")));
    }

    private long startupMillis(Configuration c, Path app) throws IOException, InterruptedException {
        try (ServiceUnderTest service = ServiceUnderTest.start(c.jvmOptions(), app, work, log)) {
            return service.awaitFirstSuccess(LIGHT_PATH);
        }
    }

    private LoadSample load(int round, Configuration c, Path app) throws IOException, InterruptedException {
        try (ServiceUnderTest service = ServiceUnderTest.start(c.jvmOptions(), app, work, log)) {
            service.awaitFirstSuccess(JDBC_PATH);
            String base = "http://127.0.0.1:" + service.port();
            Wrk.run(WRK_THREADS, WRK_CONNECTIONS, WARMUP_SECONDS, base + LIGHT_PATH); // JIT warm-up, not counted
            Wrk.run(WRK_THREADS, WRK_CONNECTIONS, WARMUP_SECONDS, base + JDBC_PATH);
            long ticks0 = service.cpuTicks();
            Wrk.Result light = Wrk.run(WRK_THREADS, WRK_CONNECTIONS, loadSeconds, base + LIGHT_PATH);
            long ticks1 = service.cpuTicks();
            Wrk.Result jdbc = Wrk.run(WRK_THREADS, WRK_CONNECTIONS, loadSeconds, base + JDBC_PATH);
            long ticks2 = service.cpuTicks();
            for (Wrk.Result r : List.of(light, jdbc)) {
                if (r.non2xx() > 0) {
                    throw new IllegalStateException(c + ": " + r.non2xx() + " non-2xx responses under load");
                }
            }
            double heap = service.heapAfterGcMb();
            double rss = service.rssMb();
            return new LoadSample(round, c, light, usPerRequest(ticks1 - ticks0, light.requests()),
                    jdbc, usPerRequest(ticks2 - ticks1, jdbc.requests()), heap, rss);
        }
    }

    /**
     * One more service per configuration, (a) and (c), warmed up like a round, then each endpoint's
     * window profiled with async-profiler: where the CPU time per request goes, and what grows with
     * the agent.
     */
    private LoadProfiles profileLoad(Configuration none, Configuration block, Path app, AsyncProfiler profiler)
            throws IOException, InterruptedException {
        CpuProfile[] noneProfiles = profileWindows(none, app, profiler);
        CpuProfile[] blockProfiles = profileWindows(block, app, profiler);
        return new LoadProfiles(noneProfiles[0], noneProfiles[1], blockProfiles[0], blockProfiles[1]);
    }

    private CpuProfile[] profileWindows(Configuration c, Path app, AsyncProfiler profiler)
            throws IOException, InterruptedException {
        try (ServiceUnderTest service = ServiceUnderTest.start(c.jvmOptions(), app, work, log)) {
            service.awaitFirstSuccess(JDBC_PATH);
            String base = "http://127.0.0.1:" + service.port();
            Wrk.run(WRK_THREADS, WRK_CONNECTIONS, WARMUP_SECONDS, base + LIGHT_PATH);
            Wrk.run(WRK_THREADS, WRK_CONNECTIONS, WARMUP_SECONDS, base + JDBC_PATH);
            CpuProfile[] profiles = new CpuProfile[2];
            String[] paths = {LIGHT_PATH, JDBC_PATH};
            for (int i = 0; i < 2; i++) {
                Path file = work.resolve("cpu-" + c.key() + "-" + i + ".collapsed");
                profiler.start(service.pid());
                long ticks0 = service.cpuTicks();
                Wrk.Result result = Wrk.run(WRK_THREADS, WRK_CONNECTIONS, loadSeconds, base + paths[i]);
                long ticks1 = service.cpuTicks();
                profiler.stop(service.pid(), file);
                profiles[i] = CpuProfile.read(file, usPerRequest(ticks1 - ticks0, result.requests()));
                say("CPU profile " + c + " " + paths[i] + ": " + profiles[i].samples() + " samples, "
                        + String.format("%.1f", profiles[i].cpuUsPerRequest()) + " us CPU/request");
            }
            return profiles;
        }
    }

    /**
     * Extra start-ups, alternated, not counted in the start-up medians: both configurations log their
     * class loading and record JFR from launch (only block mode's recordings are read); block mode also
     * writes its own telemetry file, whose {@code started} record holds the agent's {@code premain} time.
     */
    private StartupProfile profileStartup(Configuration none, Configuration block, Path app)
            throws IOException, InterruptedException {
        List<Long> premain = new ArrayList<>();
        List<Long> classesNone = new ArrayList<>();
        List<Long> classesBlock = new ArrayList<>();
        List<Long> own = new ArrayList<>();
        List<Long> shaded = new ArrayList<>();
        List<Path> recordings = new ArrayList<>();
        int runs = Math.max(3, startupRuns);
        for (int run = 0; run < runs; run++) {
            Path noneLog = work.resolve("classes-none-" + run + ".log");
            // JFR loads classes of its own: the no-agent start-up records too, so the class counts compare like with like
            startupMillis(new Configuration(none.key(), none.name(), with(none.jvmOptions(),
                    "-Xlog:class+load=info:file=" + noneLog, "-XX:StartFlightRecording=filename="
                    + work.resolve("startup-none-" + run + ".jfr") + ",settings=profile,dumponexit=true")), app);
            classesNone.add(StartupProfile.classCounts(noneLog)[0]);

            Path blockLog = work.resolve("classes-block-" + run + ".log");
            Path telemetry = work.resolve("telemetry-startup-" + run + ".jsonl");
            Path recording = work.resolve("startup-" + run + ".jfr");
            List<String> options = new ArrayList<>();
            for (String option : block.jvmOptions()) {
                options.add(option.startsWith("-javaagent:")
                        ? option.replaceFirst(",telemetry=[^,]*", ",telemetry=" + telemetry) : option);
            }
            options.add("-Xlog:class+load=info:file=" + blockLog);
            options.add("-XX:StartFlightRecording=filename=" + recording + ",settings=profile,dumponexit=true");
            startupMillis(new Configuration(block.key(), block.name(), options), app);
            long[] counts = StartupProfile.classCounts(blockLog);
            classesBlock.add(counts[0]);
            own.add(counts[1]);
            shaded.add(counts[2]);
            premain.add(StartupProfile.premainMillis(telemetry));
            for (int i = 0; i < 100 && !Files.exists(recording); i++) {
                Thread.sleep(100);
            }
            recordings.add(recording);
            say("start-up profile run " + (run + 1) + ": premain " + premain.get(run) + " ms, classes "
                    + classesNone.get(run) + " without the agent, " + counts[0] + " with it");
        }
        return new StartupProfile(runs, StartupProfile.median(premain), StartupProfile.median(classesNone),
                StartupProfile.median(classesBlock), StartupProfile.median(own), StartupProfile.median(shaded),
                Profile.read(recordings, "dev.palisade", 15));
    }

    /** CPU ticks are 1/100 s on Linux ({@code getconf CLK_TCK}). */
    private static double usPerRequest(long ticks, long requests) {
        return requests == 0 ? Double.NaN : ticks * 10_000.0 / requests;
    }

    private static List<Configuration> rotated(List<Configuration> list, int by) {
        List<Configuration> out = new ArrayList<>(list);
        java.util.Collections.rotate(out, -(by % list.size()));
        return out;
    }

    private static List<String> with(List<String> base, String... more) {
        List<String> out = new ArrayList<>(base);
        out.addAll(List.of(more));
        return out;
    }

    static void say(String line) {
        System.out.println("[overhead " + Instant.now().toString().substring(11, 19) + "] " + line);
    }

    static int exec(Path dir, List<String> command, long timeoutSeconds) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("timed out: " + String.join(" ", command));
        }
        return p.exitValue();
    }
}
