package dev.palisade.benchmarks;

import dev.palisade.benchmarks.overhead.OverheadRun;

/**
 * End-to-end overhead of the agent against no agent and against a peer agent (issue 9): start-up
 * time, throughput, p50/p99 latency, server CPU per request, heap and RSS on the Tomcat test app,
 * written to {@code BENCHMARKS.md}. Linux only; needs {@code wrk} (installed with apt-get when
 * missing and running as root) and Maven (to fetch the pinned {@code dd-java-agent}).
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.palisade.benchmarks.OverheadRunner [loadSeconds] [rounds] [startupRuns]</pre>
 * from the repository root; defaults 20 s, 3 rounds, 5 start-ups per configuration (about 17 minutes).
 */
public final class OverheadRunner {

    private OverheadRunner() {
    }

    public static void main(String[] args) throws Exception {
        int loadSeconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int startupRuns = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        new OverheadRun(java.nio.file.Paths.get("").toAbsolutePath(), loadSeconds, rounds, startupRuns).run();
    }
}
