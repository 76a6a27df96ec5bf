package dev.palisade.benchmarks.overhead;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One wrk window of one service, profiled by {@link AsyncProfiler}: where its CPU time per request
 * went, by thread kind and by frame. Sample counts are turned into microseconds per request by their
 * share of the window's samples times the window's CPU per request measured from {@code /proc}.
 *
 * @param cpuUsPerRequest the service's CPU time per request in the window ({@code /proc/<pid>/stat})
 * @param byKind µs/request per {@link #KINDS} entry
 * @param leafFrames µs/request per innermost frame, for samples on request threads outside agent code
 * @param agentFrames µs/request per innermost agent frame, for samples with agent code on the stack
 */
record CpuProfile(long samples, double cpuUsPerRequest, Map<String, Double> byKind, Map<String, Double> leafFrames,
        Map<String, Double> agentFrames) {

    static final String AGENT_ON_REQUEST_THREADS = "request threads: agent code (a `dev.palisade` frame on the stack)";
    static final String REST_ON_REQUEST_THREADS = "request threads: everything else (Tomcat, the app, H2, JDK, system calls)";
    static final String IO_THREADS = "Tomcat poller and acceptor threads";
    static final String JIT = "JIT compiler threads";
    static final String JVM = "GC and other JVM threads";
    static final String AGENT_THREADS = "the agent's own threads (telemetry writer, policy watcher)";
    static final String OTHER = "other threads";
    static final List<String> KINDS = List.of(AGENT_ON_REQUEST_THREADS, REST_ON_REQUEST_THREADS, IO_THREADS, JIT,
            JVM, AGENT_THREADS, OTHER);

    /** Reads async-profiler's collapsed output written with the {@code threads} option. */
    static CpuProfile read(Path collapsed, double cpuUsPerRequest) throws IOException {
        Map<String, Long> kinds = new LinkedHashMap<>();
        KINDS.forEach(k -> kinds.put(k, 0L));
        Map<String, Long> leaves = new HashMap<>();
        Map<String, Long> agent = new HashMap<>();
        long total = 0;
        for (String line : Files.readAllLines(collapsed, StandardCharsets.UTF_8)) {
            int space = line.lastIndexOf(' ');
            if (space < 0) {
                continue;
            }
            long count = Long.parseLong(line.substring(space + 1).trim());
            String[] frames = line.substring(0, space).split(";");
            total += count;
            String thread = frames[0];
            String innermostAgent = null;
            for (int i = frames.length - 1; i > 0 && innermostAgent == null; i--) {
                if (frames[i].startsWith("dev/palisade") || frames[i].startsWith("dev.palisade")) {
                    innermostAgent = frames[i].replace('/', '.');
                }
            }
            String kind = kindOf(thread, innermostAgent != null);
            kinds.merge(kind, count, Long::sum);
            if (kind.equals(AGENT_ON_REQUEST_THREADS)) {
                agent.merge(innermostAgent, count, Long::sum);
            } else if (kind.equals(REST_ON_REQUEST_THREADS)) {
                leaves.merge(frames[frames.length - 1].replace('/', '.'), count, Long::sum);
            }
        }
        double perSample = total == 0 ? 0 : cpuUsPerRequest / total;
        return new CpuProfile(total, cpuUsPerRequest, scaled(kinds, perSample), scaled(leaves, perSample),
                scaled(agent, perSample));
    }

    private static String kindOf(String thread, boolean agentOnStack) {
        if (thread.contains("-exec-")) {
            return agentOnStack ? AGENT_ON_REQUEST_THREADS : REST_ON_REQUEST_THREADS;
        }
        if (thread.contains("http-nio") || thread.contains("Poller") || thread.contains("Acceptor")) {
            return IO_THREADS;
        }
        if (thread.contains("CompilerThread")) {
            return JIT;
        }
        if (thread.contains("palisade")) {
            return AGENT_THREADS;
        }
        if (thread.contains("GC") || thread.contains("G1") || thread.contains("VM Thread")
                || thread.contains("VM Periodic") || thread.contains("Sweeper") || thread.contains("Service Thread")) {
            return JVM;
        }
        return OTHER;
    }

    private static Map<String, Double> scaled(Map<String, Long> counts, double perSample) {
        Map<String, Double> out = new LinkedHashMap<>();
        counts.forEach((k, v) -> out.put(k, v * perSample));
        return out;
    }

    /** The {@code n} entries of {@code after} that grew most against {@code before} (µs/request). */
    static List<Map.Entry<String, double[]>> largestGrowth(Map<String, Double> before, Map<String, Double> after, int n) {
        Map<String, double[]> both = new HashMap<>();
        before.forEach((k, v) -> both.computeIfAbsent(k, x -> new double[2])[0] = v);
        after.forEach((k, v) -> both.computeIfAbsent(k, x -> new double[2])[1] = v);
        List<Map.Entry<String, double[]>> entries = new ArrayList<>(both.entrySet());
        entries.sort((a, b) -> Double.compare(b.getValue()[1] - b.getValue()[0], a.getValue()[1] - a.getValue()[0]));
        return entries.subList(0, Math.min(n, entries.size()));
    }

    /** The {@code n} largest entries. */
    static List<Map.Entry<String, Double>> largest(Map<String, Double> values, int n) {
        List<Map.Entry<String, Double>> entries = new ArrayList<>(values.entrySet());
        entries.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        return entries.subList(0, Math.min(n, entries.size()));
    }
}
