package dev.palisade.benchmarks.overhead;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One child JVM running the test app on a free loopback port: started, polled until the first
 * {@code 200}, read from {@code /proc} and {@code jcmd}, then stopped. Linux only ({@code /proc}).
 */
final class ServiceUnderTest implements AutoCloseable {

    /** Sent on every request: the example policy wants a bearer token outside {@code /health} and {@code /api/public/**}. */
    static final String AUTHORIZATION = "Bearer bench";

    private static final Pattern HEAP_USED = Pattern.compile("total (\\d+)K, used (\\d+)K");
    private static final Pattern RSS = Pattern.compile("VmRSS:\\s+(\\d+) kB");

    private final Process process;
    private final int port;
    private final long startNanos;

    private ServiceUnderTest(Process process, int port, long startNanos) {
        this.process = process;
        this.port = port;
        this.startNanos = startNanos;
    }

    /** Starts {@code java <jvmOptions> -jar <app> <port>}, output to {@code log}. */
    static ServiceUnderTest start(List<String> jvmOptions, Path app, Path workDir, Path log) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(app.toString());
        command.add(Integer.toString(port));
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        return new ServiceUnderTest(process, port, start);
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    /** Polls {@code path} every 5 ms; returns milliseconds from JVM launch to the first {@code 200}. */
    long awaitFirstSuccess(String path) throws InterruptedException {
        long deadline = startNanos + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited with " + process.exitValue() + " before serving");
            }
            if (ok(path)) {
                return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException("no successful GET " + path + " within 90 s");
    }

    private boolean ok(String path) {
        try {
            HttpURLConnection connection = (HttpURLConnection) new URL("http://127.0.0.1:" + port + path).openConnection();
            connection.setRequestProperty("Authorization", AUTHORIZATION);
            connection.setConnectTimeout(200);
            connection.setReadTimeout(5000);
            return connection.getResponseCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    /** utime + stime of the service's process, in clock ticks ({@code /proc/<pid>/stat} fields 14 and 15). */
    long cpuTicks() throws IOException {
        String stat = Files.readString(Paths.get("/proc", Long.toString(pid()), "stat"), StandardCharsets.US_ASCII);
        // The command name (field 2) may contain spaces; fields after it are split from its closing ')'.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** Resident set size from {@code /proc/<pid>/status}, in MiB. */
    double rssMb() throws IOException {
        String status = Files.readString(Paths.get("/proc", Long.toString(pid()), "status"), StandardCharsets.US_ASCII);
        Matcher rss = RSS.matcher(status);
        if (!rss.find()) {
            throw new IllegalStateException("no VmRSS in /proc/" + pid() + "/status");
        }
        return Long.parseLong(rss.group(1)) / 1024.0;
    }

    /** Heap in use after {@code jcmd GC.run}, from {@code GC.heap_info}, in MiB. */
    double heapAfterGcMb() throws IOException, InterruptedException {
        jcmd("GC.run");
        Matcher used = HEAP_USED.matcher(jcmd("GC.heap_info"));
        if (!used.find()) {
            throw new IllegalStateException("jcmd GC.heap_info printed no 'used' figure for pid " + pid());
        }
        return Long.parseLong(used.group(2)) / 1024.0;
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        String jcmd = Paths.get(System.getProperty("java.home"), "bin", "jcmd").toString();
        Process p = new ProcessBuilder(jcmd, Long.toString(pid()), command).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        return text;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
