package dev.palisade.benchmarks;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Telemetry under full-speed load: starts the Tomcat test app with the agent (a policy with a 1 MB
 * telemetry file limit so rotation happens during the run), drives it from this process over
 * loopback for the given time with keep-alive connections, samples the service's heap after a
 * forced GC every 10 s (jcmd), then stops it and checks the telemetry: every request counted, no
 * dropped records, whole lines only across the rotated files.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.palisade.benchmarks.TelemetryLoad [seconds] [connections]</pre>
 * (from the repository root after {@code mvn -DskipTests verify}).
 */
public final class TelemetryLoad {

    private static final Pattern COUNT = Pattern.compile("\"type\":\"endpoint\".*?\"count\":(\\d+)");
    private static final Pattern DROPPED = Pattern.compile("\"event\":\"stats\".*?\"dropped\":\\{([^}]*)\\}");

    private TelemetryLoad() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 120;
        int connections = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        Path root = Paths.get("").toAbsolutePath();
        Path work = Files.createTempDirectory("palisade-telemetry-load");
        Path policy = work.resolve("policy.json");
        Files.writeString(policy, "{\"version\":1,\"mode\":\"block\",\"authentication\":{\"schemes\":{\"bearer\":"
                + "{\"type\":\"http\",\"scheme\":\"bearer\"}}},\"defaults\":{\"authentication\":[]},\"endpoints\":["
                + "{\"path\":\"/api/admin/**\",\"authentication\":[\"bearer\"]}],"
                + "\"telemetry\":{\"intervalSeconds\":1,\"maxFileMB\":1,\"maxFiles\":1000}}");
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        Process app = new ProcessBuilder(java, "-Xmx256m",
                "-javaagent:" + root.resolve("agent/target/palisade-agent.jar") + "=policy=" + policy,
                "-jar", root.resolve("test-apps/tomcat-jakarta/target/tomcat-jakarta-app.jar").toString(),
                Integer.toString(port))
                .directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(work.resolve("app.log").toFile()).start();
        waitUntilServing(port);

        LongAdder sent = new LongAdder();
        LongAdder errors = new LongAdder();
        LongAdder reconnects = new LongAdder();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        for (int c = 0; c < connections; c++) {
            int connection = c;
            pool.submit(() -> drive(port, connection, running, sent, errors, reconnects));
        }
        List<String> heap = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 10; t <= seconds; t += 10) {
            Thread.sleep(10_000);
            heap.add(t + "s: " + heapAfterGc(app.pid()) + " (" + sent.sum() + " requests)");
        }
        running.set(false);
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - start) / 1e9;
        app.destroy();
        app.waitFor(60, TimeUnit.SECONDS);

        long counted = 0;
        long lines = 0;
        int files = 0;
        StringBuilder dropped = new StringBuilder();
        try (DirectoryStream<Path> telemetry = Files.newDirectoryStream(work, "palisade-telemetry*.jsonl")) {
            for (Path file : telemetry) {
                files++;
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    lines++;
                    if (!line.startsWith("{") || !line.endsWith("}")) {
                        throw new IllegalStateException("torn line in " + file + ": " + line);
                    }
                    Matcher count = COUNT.matcher(line);
                    if (count.find()) {
                        counted += Long.parseLong(count.group(1));
                    }
                    Matcher drop = DROPPED.matcher(line);
                    if (drop.find() && !drop.group(1).isEmpty()) {
                        dropped.append(drop.group(1)).append(' ');
                    }
                }
            }
        }
        System.out.printf("duration %.1f s, %d connections, %d requests (%.0f req/s), %d errors, %d reconnects"
                + " (the server closes the connection after some error responses)%n",
                elapsed, connections, sent.sum(), sent.sum() / elapsed, errors.sum(), reconnects.sum());
        System.out.printf("telemetry: %d files (rotation at 1 MB), %d lines, all whole; requests counted %d of %d; dropped: %s%n",
                files, lines, counted, sent.sum(), dropped.length() == 0 ? "none" : dropped);
        System.out.println("service heap after full GC:");
        heap.forEach(line -> System.out.println("  " + line));
        System.out.println("work directory: " + work);
    }

    private static void drive(int port, int connection, AtomicBoolean running, LongAdder sent, LongAdder errors,
            LongAdder reconnects) {
        String[] targets = {"/health", "/api/orders/" + connection, "/api/public/hello", "/api/admin/users", "/api/error"};
        int i = 0;
        while (running.get()) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
                socket.setSoTimeout(10_000);
                var out = socket.getOutputStream();
                var in = new java.io.BufferedInputStream(socket.getInputStream());
                boolean open = true;
                while (running.get() && open) {
                    String target = targets[i++ % targets.length];
                    out.write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    open = readResponse(in);
                    sent.increment();
                }
                if (!open) {
                    reconnects.increment();
                }
            } catch (IOException e) {
                errors.increment();
            }
        }
    }

    /**
     * Reads one HTTP/1.1 response (Content-Length or chunked) from a keep-alive connection; returns
     * whether the connection stays open.
     */
    private static boolean readResponse(java.io.InputStream in) throws IOException {
        int contentLength = -1;
        boolean chunked = false;
        boolean keepAlive = true;
        String line;
        while (!(line = readLine(in)).isEmpty()) {
            String lower = line.toLowerCase(java.util.Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                contentLength = Integer.parseInt(lower.substring(15).trim());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                keepAlive = false;
            }
        }
        if (chunked) {
            int size;
            while ((size = Integer.parseInt(readLine(in).trim(), 16)) > 0) {
                in.readNBytes(size);
                readLine(in);
            }
            readLine(in);
        } else if (contentLength > 0) {
            in.readNBytes(contentLength);
        }
        return keepAlive;
    }

    private static String readLine(java.io.InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            if (b != '\r') {
                line.append((char) b);
            }
        }
        if (b == -1) {
            throw new IOException("connection closed");
        }
        return line.toString();
    }

    private static String heapAfterGc(long pid) throws IOException, InterruptedException {
        String jcmd = Paths.get(System.getProperty("java.home"), "bin", "jcmd").toString();
        new ProcessBuilder(jcmd, Long.toString(pid), "GC.run").redirectErrorStream(true).start().waitFor();
        Process info = new ProcessBuilder(jcmd, Long.toString(pid), "GC.heap_info").redirectErrorStream(true).start();
        String text = new String(info.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        info.waitFor();
        Matcher used = Pattern.compile("total (\\d+)K, used (\\d+)K").matcher(text);
        return used.find() ? (Long.parseLong(used.group(2)) / 1024) + " MB used" : "unknown";
    }

    private static void waitUntilServing(int port) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("the app did not start");
    }
}
