package dev.palisade.benchmarks.jmh;

import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

import dev.palisade.telemetry.Telemetry;
import dev.palisade.telemetry.TelemetryConfig;
import dev.palisade.telemetry.metrics.RequestOutcome;

/**
 * Recording one finished request in the endpoint metrics and inventory (what every request pays on
 * its way out), single-threaded and with two threads contending.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class TelemetryRecordBenchmark {

    private Telemetry telemetry;
    private RequestOutcome[] requests;
    private int next;

    @Setup
    public void setUp() throws IOException {
        telemetry = Telemetry.start(TelemetryConfig.builder(Files.createTempFile("palisade-bench", ".jsonl"))
                .intervalSeconds(1).build());
        requests = new RequestOutcome[64];
        for (int i = 0; i < requests.length; i++) {
            requests[i] = RequestOutcome.builder("GET", "/api/orders/{id}").policy("/api/orders/{id}", true)
                    .status(i % 10 == 0 ? 404 : 200).durationNanos(150_000L + i * 1_000L)
                    .client("10.0.0." + (i % 16)).build();
        }
    }

    @TearDown
    public void tearDown() {
        telemetry.close();
    }

    @Benchmark
    public void requestFinished() {
        telemetry.requestFinished(requests[next++ & 63]);
    }

    @Benchmark
    @Threads(2)
    public void requestFinishedTwoThreads() {
        telemetry.requestFinished(requests[(int) (Thread.currentThread().getId() & 63)]);
    }
}
