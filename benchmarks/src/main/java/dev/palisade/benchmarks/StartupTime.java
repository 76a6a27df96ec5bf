package dev.palisade.benchmarks;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Measures the agent's start-up cost: time from launching the JVM to the first successful request
 * on the Tomcat test app, without and with the agent, alternating the two runs round by round so
 * machine drift affects both alike. Prints raw numbers and medians as a Markdown table. On Linux it
 * also prints the CPU time (user + system, all threads) the app's JVM had used at that moment,
 * which a busy shared machine distorts much less than the wall-clock time.
 *
 * <pre>java benchmarks/src/main/java/dev/palisade/benchmarks/StartupTime.java [rounds] [app]</pre>
 * (run from the repository root after {@code mvn -DskipTests verify}). The agent runs with the full
 * example policy ({@code examples/policy.json}, block mode) unless {@code -Dpalisade.policy} names
 * another.
 */
public final class StartupTime {

    private StartupTime() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        String app = args.length > 1 ? args[1] : "tomcat-jakarta";
        Path root = Paths.get("").toAbsolutePath();
        Path jar = root.resolve("test-apps/" + app + "/target/" + app + "-app.jar");
        Path agent = root.resolve("agent/target/palisade-agent.jar");
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        if (!Files.exists(jar) || !Files.exists(agent)) {
            throw new IllegalStateException("build first: mvn -DskipTests verify (missing " + jar + " or " + agent + ")");
        }
        Path workDir = Files.createTempDirectory("palisade-startup");
        // The full example policy in block mode (its /health rule is public); override with -Dpalisade.policy.
        String policy = System.getProperty("palisade.policy", root.resolve("examples/policy.json").toString());
        List<String> agentOptions = List.of("-javaagent:" + agent + "=policy=" + policy
                + ",telemetry=" + workDir.resolve("telemetry.jsonl"));

        List<long[]> without = new ArrayList<>();
        List<long[]> with = new ArrayList<>();
        measure(java, List.of(), jar, workDir); // warm the file system cache; not counted
        for (int round = 0; round < rounds; round++) {
            boolean agentFirst = round % 2 == 1;
            if (agentFirst) {
                with.add(measure(java, agentOptions, jar, workDir));
                without.add(measure(java, List.of(), jar, workDir));
            } else {
                without.add(measure(java, List.of(), jar, workDir));
                with.add(measure(java, agentOptions, jar, workDir));
            }
        }
        long medianWithout = median(without, 0);
        long medianWith = median(with, 0);
        long cpuWithout = median(without, 1);
        long cpuWith = median(with, 1);
        System.out.println("| run | without agent (ms) | with agent (ms) | CPU without (ms) | CPU with (ms) |");
        System.out.println("|---|---|---|---|---|");
        for (int i = 0; i < rounds; i++) {
            System.out.println("| " + (i + 1) + " | " + without.get(i)[0] + " | " + with.get(i)[0] + " | "
                    + cpu(without.get(i)[1]) + " | " + cpu(with.get(i)[1]) + " |");
        }
        System.out.println("| **median** | **" + medianWithout + "** | **" + medianWith + "** (+"
                + (medianWith - medianWithout) + " ms) | **" + cpu(cpuWithout) + "** | **" + cpu(cpuWith) + "**"
                + (cpuWith >= 0 && cpuWithout >= 0 ? " (+" + (cpuWith - cpuWithout) + " ms)" : "") + " |");
        System.out.println();
        System.out.println("app " + app + ", java " + System.getProperty("java.version") + ", "
                + Runtime.getRuntime().availableProcessors() + " cores");
    }

    /** {wall-clock ms, CPU ms or -1} from launch to the first successful request. */
    private static long[] measure(String java, List<String> agentOptions, Path jar, Path workDir)
            throws IOException, InterruptedException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(agentOptions);
        command.add("-jar");
        command.add(jar.toString());
        command.add(Integer.toString(port));
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            long deadline = start + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline) {
                if (ok(port)) {
                    return new long[] {TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), cpuMillis(process.pid())};
                }
                Thread.sleep(5);
            }
            throw new IllegalStateException("no successful request within 60 s");
        } finally {
            process.destroy();
            process.waitFor(20, TimeUnit.SECONDS);
        }
    }

    private static boolean ok(int port) {
        try {
            HttpURLConnection connection = (HttpURLConnection) new URL("http://127.0.0.1:" + port + "/health").openConnection();
            connection.setConnectTimeout(200);
            connection.setReadTimeout(2000);
            return connection.getResponseCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    /** User + system CPU time of a process from /proc (Linux; clock ticks assumed 100 Hz), or -1. */
    private static long cpuMillis(long pid) {
        try {
            String stat = Files.readString(Paths.get("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
        } catch (IOException | RuntimeException notLinux) {
            return -1;
        }
    }

    private static String cpu(long millis) {
        return millis < 0 ? "n/a" : Long.toString(millis);
    }

    private static long median(List<long[]> values, int index) {
        List<Long> sorted = new ArrayList<>();
        for (long[] value : values) {
            sorted.add(value[index]);
        }
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
