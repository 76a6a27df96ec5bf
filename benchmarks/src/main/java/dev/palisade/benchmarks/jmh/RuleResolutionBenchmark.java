package dev.palisade.benchmarks.jmh;

import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import dev.palisade.policy.Policy;
import dev.palisade.policy.PolicyLoadResult;
import dev.palisade.policy.PolicyLoader;
import dev.palisade.policy.match.ResolvedRule;

/**
 * Rule resolution with many rules (target: at most 1 µs at the median with 1,000 rules, and no
 * growth with the rule count). The policy mixes literal, {@code {id}}, {@code *} and {@code **}
 * rules across 50 services; requests hit literal, templated and catch-all rules and miss.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RuleResolutionBenchmark {

    @Param({"10", "100", "1000"})
    public int rules;

    private Policy policy;
    private String[] paths;
    private int next;

    @Setup
    public void setUp() {
        StringBuilder json = new StringBuilder("{\"version\":1,\"mode\":\"block\",\"authentication\":{\"schemes\":"
                + "{\"bearer\":{\"type\":\"http\",\"scheme\":\"bearer\"}}},\"defaults\":{\"authentication\":[\"bearer\"]},"
                + "\"endpoints\":[");
        for (int i = 0; i < rules; i++) {
            if (i > 0) {
                json.append(',');
            }
            int service = i % 50;
            String path;
            switch (i % 4) {
                case 0: path = "/api/s" + service + "/items" + i; break;
                case 1: path = "/api/s" + service + "/orders" + i + "/{id}"; break;
                case 2: path = "/api/s" + service + "/files" + i + "/*/meta"; break;
                default: path = "/api/s" + service + "/admin" + i + "/**";
            }
            json.append("{\"path\":\"").append(path).append("\",\"authentication\":").append(i % 3 == 0 ? "[]" : "[\"bearer\"]").append('}');
        }
        json.append("]}");
        PolicyLoadResult result = PolicyLoader.parse(json.toString().getBytes(StandardCharsets.UTF_8), Paths.get("bench.json"));
        if (!result.isValid()) {
            throw new IllegalStateException(result.errors().toString());
        }
        policy = result.policy();
        paths = new String[256];
        for (int i = 0; i < paths.length; i++) {
            int rule = (i * 7) % rules;
            int service = rule % 50;
            switch (i % 5) {
                case 0: paths[i] = "/api/s" + service + "/items" + rule; break;
                case 1: paths[i] = "/api/s" + service + "/orders" + rule + "/" + (1000 + i); break;
                case 2: paths[i] = "/api/s" + service + "/files" + rule + "/x" + i + "/meta"; break;
                case 3: paths[i] = "/api/s" + service + "/admin" + rule + "/users/" + i + "/roles"; break;
                default: paths[i] = "/unknown/" + i + "/path";
            }
        }
    }

    @Benchmark
    public ResolvedRule resolve() {
        String path = paths[next++ & 255];
        return policy.resolve("GET", path);
    }
}
