package dev.palisade.benchmarks.overhead;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Summary of a JFR recording's {@code jdk.ExecutionSample} events: the most frequent top frames and
 * the share of samples with a frame of a given package prefix anywhere on the stack.
 */
record Profile(int samples, int samplesWithPrefix, List<Map.Entry<String, Integer>> topFrames,
        List<Map.Entry<String, Integer>> topPrefixFrames) {

    static Profile read(Path recording, String prefix, int top) throws IOException, InterruptedException {
        return read(List.of(recording), prefix, top);
    }

    /** The samples of several recordings counted together (e.g. several start-ups of the same configuration). */
    static Profile read(List<Path> recordings, String prefix, int top) throws IOException, InterruptedException {
        Map<String, Integer> topCounts = new HashMap<>();
        Map<String, Integer> prefixCounts = new HashMap<>();
        int samples = 0;
        int withPrefix = 0;
        for (Path recording : recordings) {
            String text = print(recording);
            // Each event prints "stackTrace = [", one frame per line ("pkg.Class.method(...) line: N"), then "]".
            String[] lines = text.split("\n");
            for (int i = 0; i < lines.length; i++) {
                if (!lines[i].trim().startsWith("stackTrace = [")) {
                    continue;
                }
                samples++;
                boolean first = true;
                String firstPrefixFrame = null;
                for (i++; i < lines.length && !lines[i].trim().startsWith("]"); i++) {
                    String frame = method(lines[i]);
                    if (frame.isEmpty() || frame.equals("...")) {
                        continue;
                    }
                    if (first) {
                        topCounts.merge(frame, 1, Integer::sum);
                        first = false;
                    }
                    if (firstPrefixFrame == null && frame.startsWith(prefix)) {
                        firstPrefixFrame = frame;
                    }
                }
                if (firstPrefixFrame != null) {
                    withPrefix++;
                    prefixCounts.merge(firstPrefixFrame, 1, Integer::sum);
                }
            }
        }
        return new Profile(samples, withPrefix, sorted(topCounts, top), sorted(prefixCounts, top));
    }

    private static String print(Path recording) throws IOException, InterruptedException {
        String jfr = Paths.get(System.getProperty("java.home"), "bin", "jfr").toString();
        Process p = new ProcessBuilder(jfr, "print", "--events", "jdk.ExecutionSample", "--stack-depth", "64",
                recording.toString()).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(120, TimeUnit.SECONDS);
        return text;
    }

    private static String method(String line) {
        String frame = line.trim();
        int paren = frame.indexOf('(');
        return paren > 0 ? frame.substring(0, paren) : frame;
    }

    private static List<Map.Entry<String, Integer>> sorted(Map<String, Integer> counts, int top) {
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        return entries.subList(0, Math.min(top, entries.size()));
    }
}
