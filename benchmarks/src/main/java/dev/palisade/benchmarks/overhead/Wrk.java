package dev.palisade.benchmarks.overhead;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs {@code wrk --latency} against a loopback URL and reads its summary. */
final class Wrk {

    private static final Pattern REQUESTS = Pattern.compile("(\\d+) requests in");
    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
    private static final Pattern SOCKET_ERRORS = Pattern.compile("Socket errors: (.*)");

    private Wrk() {
    }

    /** One load window's figures; latencies in milliseconds. */
    record Result(long requests, double requestsPerSecond, double p50Ms, double p99Ms, long non2xx, String socketErrors) {
    }

    static Result run(int threads, int connections, int seconds, String url) throws IOException, InterruptedException {
        Process wrk = new ProcessBuilder(List.of("wrk", "-t" + threads, "-c" + connections, "-d" + seconds + "s",
                "--latency", "-H", "Authorization: " + ServiceUnderTest.AUTHORIZATION, url))
                .redirectErrorStream(true).start();
        String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!wrk.waitFor(seconds + 60L, TimeUnit.SECONDS) || wrk.exitValue() != 0) {
            throw new IllegalStateException("wrk failed on " + url + ":\n" + out);
        }
        Matcher socketErrors = SOCKET_ERRORS.matcher(out);
        return new Result(Long.parseLong(find(REQUESTS, out, url)), Double.parseDouble(find(RATE, out, url)),
                percentile(out, "50%", url), percentile(out, "99%", url),
                NON_2XX.matcher(out).find() ? Long.parseLong(find(NON_2XX, out, url)) : 0,
                socketErrors.find() ? socketErrors.group(1).trim() : "none");
    }

    private static String find(Pattern pattern, String out, String url) {
        Matcher m = pattern.matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("unexpected wrk output for " + url + " (no " + pattern + "):\n" + out);
        }
        return m.group(1);
    }

    /** wrk prints the distribution as {@code "     99%    1.23ms"}, in us, ms or s. */
    private static double percentile(String out, String label, String url) {
        Matcher m = Pattern.compile("\\s" + Pattern.quote(label) + "\\s+([0-9.]+)(us|ms|s)\\b").matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("no " + label + " latency in wrk output for " + url + ":\n" + out);
        }
        double value = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }
}
