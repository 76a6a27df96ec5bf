package dev.palisade.benchmarks.jmh;

import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import dev.palisade.agent.auth.AuthenticationDecision;
import dev.palisade.agent.auth.CredentialSource;
import dev.palisade.policy.Policy;
import dev.palisade.policy.PolicyLoader;

/**
 * Rule resolution plus the authentication presence check for one request (target: at most 5 µs at
 * the median), with the example policy: a bearer request to a protected route, a request
 * with a malformed credential, and one to a public route.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class AuthenticationBenchmark {

    private static final String POLICY = "{\"version\":1,\"mode\":\"block\",\"authentication\":{\"schemes\":{"
            + "\"bearer\":{\"type\":\"http\",\"scheme\":\"bearer\"},\"basic\":{\"type\":\"http\",\"scheme\":\"basic\"},"
            + "\"apiKey\":{\"type\":\"apiKey\",\"in\":\"header\",\"name\":\"X-API-Key\"},"
            + "\"session\":{\"type\":\"apiKey\",\"in\":\"cookie\",\"name\":\"SESSION\"}}},"
            + "\"defaults\":{\"authentication\":[\"bearer\",\"apiKey\"]},\"endpoints\":["
            + "{\"path\":\"/health\",\"authentication\":[]},"
            + "{\"path\":\"/api/public/**\",\"methods\":[\"GET\"],\"authentication\":[]},"
            + "{\"path\":\"/api/orders/{id}\",\"methods\":[\"GET\",\"DELETE\"],\"authentication\":[\"bearer\"]},"
            + "{\"path\":\"/api/admin/**\",\"authentication\":[\"bearer\"]}]}";

    private Policy policy;
    private CredentialSource bearer;
    private CredentialSource malformed;
    private CredentialSource none;

    @Setup
    public void setUp() {
        policy = PolicyLoader.parse(POLICY.getBytes(StandardCharsets.UTF_8), Paths.get("bench.json")).policy();
        bearer = source(Map.of("authorization", "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJl",
                "user-agent", "curl/8.0", "accept", "application/json"));
        malformed = source(Map.of("authorization", "Bearer ", "user-agent", "curl/8.0"));
        none = source(Map.of("user-agent", "curl/8.0"));
    }

    private static CredentialSource source(Map<String, String> headers) {
        return new CredentialSource() {
            @Override
            public String header(String name) {
                return headers.get(name.toLowerCase(Locale.ROOT));
            }

            @Override
            public String queryParameter(String name) {
                return null;
            }

            @Override
            public String cookie(String name) {
                return null;
            }
        };
    }

    @Benchmark
    public AuthenticationDecision protectedRouteWithBearer() {
        String path = "/api/orders/7";
        return AuthenticationDecision.decide(policy, policy.resolve("GET", path), "GET", path, path, bearer);
    }

    @Benchmark
    public AuthenticationDecision protectedRouteWithMalformedCredential() {
        String path = "/api/admin/users";
        return AuthenticationDecision.decide(policy, policy.resolve("GET", path), "GET", path, path, malformed);
    }

    @Benchmark
    public AuthenticationDecision publicRoute() {
        String path = "/api/public/catalog";
        return AuthenticationDecision.decide(policy, policy.resolve("GET", path), "GET", path, path, none);
    }
}
