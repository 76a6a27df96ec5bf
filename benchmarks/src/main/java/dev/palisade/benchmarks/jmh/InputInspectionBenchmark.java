package dev.palisade.benchmarks.jmh;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

import dev.palisade.detection.input.InputInspector;
import dev.palisade.detection.input.InspectionResult;

/**
 * Request-input inspection with all four detectors. Targets: a typical request (10 short inputs)
 * in at most 10 µs at the median; at least 50 MB/s per core on a realistic mix of benign parameter
 * values ({@code benignMixThroughput} inspects {@link #MIX_BYTES} bytes per operation: divide).
 */
@State(Scope.Benchmark)
public class InputInspectionBenchmark {

    /** Realistic benign parameter values: ids, words, prose, emails, URLs, JSON, dates, tokens. */
    private static final String[] BENIGN = {
        "42", "apple", "O'Reilly", "select your options", "alice@example.com", "2026-11-23T10:15:30Z",
        "https://example.com/search?q=shoes&page=2", "{\"name\":\"apple\",\"tags\":[\"red\",\"fruit\"]}",
        "The quick brown fox jumps over the lazy dog; it's 5 < 7 and 9 > 3.", "en-US,en;q=0.9",
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36",
        "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJl", "12 Main St., Apt #4 - Springfield, IL 62701",
        "SKU-1234-XL", "Hello world! How are you doing (today)?", "C:\\\\Users\\\\alice\\\\Documents\\\\report.pdf",
    };
    static final int MIX_BYTES;

    static {
        int bytes = 0;
        for (String value : BENIGN) {
            bytes += value.getBytes(StandardCharsets.UTF_8).length;
        }
        MIX_BYTES = bytes;
    }

    private InputInspector inspector;
    private String[] typicalRequest;

    @Setup
    public void setUp() {
        inspector = InputInspector.allDetectors();
        typicalRequest = new String[] {"42", "apple", "desc", "en-US", "2026-11-23", "alice@example.com",
            "page-7", "true", "red shoes", "O'Reilly"};
    }

    /** The same mix inspected as one request's values ({@code InputInspector#inspectAll}): divide by {@link #MIX_BYTES} too. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public Object benignMixThroughputAsOneRequest() {
        return inspector.inspectAll(BENIGN);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public void typicalRequestOfTenInputs(Blackhole blackhole) {
        for (String value : typicalRequest) {
            blackhole.consume(inspector.inspect(value));
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public void benignMixThroughput(Blackhole blackhole) {
        for (String value : BENIGN) {
            blackhole.consume(inspector.inspect(value));
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public InspectionResult attack() {
        return inspector.inspect("1' UNION SELECT username, password FROM users--");
    }
}
