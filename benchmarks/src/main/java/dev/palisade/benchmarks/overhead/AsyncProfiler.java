package dev.palisade.benchmarks.overhead;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * async-profiler (Apache-2.0, {@code tools.profiler:async-profiler} from Maven Central) loaded into a
 * running service with {@code jcmd <pid> JVMTI.agent_load}, started and stopped around one wrk window.
 *
 * <p>Why it and not JFR for the load profile: JFR samples only threads running Java code and at most
 * a few per period, so it cannot say how much of the service's CPU the agent's frames, the JIT, the
 * garbage collector or the system calls take; async-profiler samples every thread on CPU, native and
 * JVM frames included. The {@code itimer} event needs no perf_events access (this machine has none);
 * its resolution is the kernel tick, so sample counts are scaled to the window's CPU time from
 * {@code /proc}, never read as absolute time.
 */
final class AsyncProfiler {

    static final String VERSION = "3.0";

    private final Path library;

    private AsyncProfiler(Path library) {
        this.library = library;
    }

    /** Fetches the linux-x64 artifact into {@code benchmarks/target/async-profiler} and extracts its library. */
    static AsyncProfiler fetch(Path root) throws IOException, InterruptedException {
        Path dir = root.resolve("benchmarks/target/async-profiler");
        Path library = dir.resolve("libasyncProfiler.so");
        if (!Files.exists(library)) {
            OverheadRun.say("fetching tools.profiler:async-profiler:" + VERSION + ":linux-x64 from Maven Central");
            int exit = OverheadRun.exec(root, List.of("mvn", "-q", "-B",
                    "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy",
                    "-Dartifact=tools.profiler:async-profiler:" + VERSION + ":jar:linux-x64",
                    "-DoutputDirectory=" + dir), 600);
            if (exit != 0) {
                throw new IllegalStateException("mvn dependency:copy of async-profiler failed with exit code " + exit);
            }
            Path jar = dir.resolve("async-profiler-" + VERSION + "-linux-x64.jar");
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                ZipEntry entry = zip.getEntry("linux-x64/libasyncProfiler.so");
                if (entry == null) {
                    throw new IllegalStateException(jar + " holds no linux-x64/libasyncProfiler.so");
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, library, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return new AsyncProfiler(library);
    }

    /** Starts CPU sampling of every thread, every millisecond of CPU time (at kernel-tick resolution). */
    void start(long pid) throws IOException, InterruptedException {
        agentLoad(pid, "start,event=itimer,interval=1ms,threads");
    }

    /** Stops sampling and writes collapsed stacks (one line per stack, thread name first) to {@code file}. */
    void stop(long pid, Path file) throws IOException, InterruptedException {
        agentLoad(pid, "stop,collapsed,file=" + file);
        for (int i = 0; i < 100 && !Files.exists(file); i++) {
            Thread.sleep(100);
        }
        if (!Files.exists(file)) {
            throw new IllegalStateException("async-profiler wrote no " + file);
        }
    }

    private void agentLoad(long pid, String options) throws IOException, InterruptedException {
        String jcmd = Paths.get(System.getProperty("java.home"), "bin", "jcmd").toString();
        // Quoted: jcmd would otherwise read "event=itimer" as one of its own key=value arguments.
        Process p = new ProcessBuilder(jcmd, Long.toString(pid), "JVMTI.agent_load", library.toString(),
                "\"" + options + "\"").redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0 || output.contains("return code: ")
                && !output.contains("return code: 0")) {
            throw new IllegalStateException("async-profiler '" + options + "' in " + pid + " failed: " + output);
        }
    }
}
