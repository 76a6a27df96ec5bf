package dev.palisade.benchmarks.jmh;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import dev.palisade.agent.auth.AuthenticationCheck;
import dev.palisade.agent.client.ClientAddressResolution;
import dev.palisade.agent.inspect.InputInspectionCheck;
import dev.palisade.agent.jdbc.JdbcSinkHooks;
import dev.palisade.agent.jdbc.SqlSink;
import dev.palisade.agent.runtime.AgentStats;
import dev.palisade.agent.runtime.DebugRequestLog;
import dev.palisade.agent.runtime.FailureLog;
import dev.palisade.agent.runtime.PolicyResolution;
import dev.palisade.agent.runtime.PolicyRuntime;
import dev.palisade.agent.runtime.RequestListener;
import dev.palisade.agent.runtime.TestFaults;
import dev.palisade.agent.servlet.ServletRequestHooks;
import dev.palisade.agent.telemetry.AgentTelemetry;
import dev.palisade.agent.telemetry.TelemetryRecorder;
import dev.palisade.bridge.JdbcHooks;
import dev.palisade.detection.sql.SqlInjectionCheck;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.MappingMatch;

/**
 * The agent's whole per-request path without a server or the network (issue 9): servlet entry with
 * the example policy's request steps (policy resolution, client address, authentication, input
 * inspection), then, for the JDBC case, a prepared statement's two JDBC hooks (prepare with the
 * SQL text, execute without), then servlet exit with telemetry. The request is the overhead
 * runner's ({@code Authorization: Bearer bench}); the servlet objects are plain Java classes, so
 * the figure is the agent's cost plus a few map lookups. Run with {@code -prof gc} for bytes per
 * request: unlike the time, that figure does not depend on how busy the machine is.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RequestPathBenchmark {

    private static final String POLICY = "{\"version\":1,\"mode\":\"block\",\"authentication\":{\"schemes\":{"
            + "\"bearer\":{\"type\":\"http\",\"scheme\":\"bearer\"},\"basic\":{\"type\":\"http\",\"scheme\":\"basic\"},"
            + "\"apiKey\":{\"type\":\"apiKey\",\"in\":\"header\",\"name\":\"X-API-Key\"},"
            + "\"session\":{\"type\":\"apiKey\",\"in\":\"cookie\",\"name\":\"SESSION\"}}},"
            + "\"defaults\":{\"authentication\":[\"bearer\",\"apiKey\"],"
            + "\"injection\":{\"sql\":\"block\",\"input\":\"monitor\"}},\"endpoints\":["
            + "{\"path\":\"/health\",\"authentication\":[]},"
            + "{\"path\":\"/api/public/**\",\"methods\":[\"GET\"],\"authentication\":[]},"
            + "{\"path\":\"/api/orders/{id}\",\"methods\":[\"GET\",\"DELETE\"],\"authentication\":[\"bearer\"]},"
            + "{\"path\":\"/api/admin/**\",\"authentication\":[\"bearer\"],\"injection\":{\"input\":\"block\"}}]}";

    private static final String SQL = "SELECT id, name, price FROM items WHERE name = ?";

    private Path directory;
    private AgentTelemetry telemetry;
    private ServletRequestHooks servlet;
    private JdbcSinkHooks jdbc;
    private BenchRequest light;
    private BenchRequest search;
    private BenchResponse response;
    private final Object connection = new Object();

    @Setup
    public void setUp() throws IOException {
        directory = Files.createTempDirectory("palisade-request-path");
        Path policyFile = directory.resolve("policy.json");
        Files.write(policyFile, POLICY.getBytes(StandardCharsets.UTF_8));
        PolicyRuntime policies = PolicyRuntime.load(policyFile.toString()).runtime;
        AgentStats stats = new AgentStats();
        FailureLog failures = new FailureLog(stats);
        AgentTelemetry.Settings settings = new AgentTelemetry.Settings();
        settings.file = directory.resolve("telemetry.jsonl");
        telemetry = AgentTelemetry.start(settings, stats::snapshot, failures);
        // The same steps, in the same order, as the agent's runtime.
        List<RequestListener> steps = new ArrayList<>();
        steps.add(new PolicyResolution(policies));
        steps.add(new ClientAddressResolution());
        steps.add(new DebugRequestLog());
        steps.add(new AuthenticationCheck(telemetry));
        steps.add(new InputInspectionCheck(telemetry));
        steps.add(new TelemetryRecorder(telemetry));
        TestFaults faults = new TestFaults(null);
        servlet = new ServletRequestHooks(steps, stats, failures, faults);
        jdbc = new JdbcSinkHooks(servlet::current, new SqlSink(new SqlInjectionCheck(), telemetry), failures, faults);
        light = new BenchRequest("/api/public/hello", null);
        search = new BenchRequest("/api/items/search-safe", "name=apple");
        response = new BenchResponse();
        lightRequest();
        jdbcRequest();
        if (stats.agentFailures.sum() != 0 || stats.requestsAnsweredByAgent.sum() != 0) {
            throw new IllegalStateException("the benchmark requests must pass the agent without failures or answers: "
                    + stats.snapshot());
        }
    }

    @TearDown
    public void tearDown() throws IOException {
        telemetry.close();
        try (java.util.stream.Stream<Path> files = Files.list(directory)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(file);
            }
        }
        Files.deleteIfExists(directory);
    }

    /** {@code GET /api/public/hello}: a public route, no database. */
    @Benchmark
    public Object lightRequest() {
        light.attributes.clear();
        Object scope = servlet.enter(light, response);
        servlet.exit(scope, light, response, null);
        return scope;
    }

    /** {@code GET /api/items/search-safe?name=apple}: a protected route and one prepared statement. */
    @Benchmark
    public Object jdbcRequest() {
        search.attributes.clear();
        Object scope = servlet.enter(search, response);
        long prepare = jdbc.enter(connection, SQL, JdbcHooks.PREPARE);
        jdbc.exit(prepare);
        long execute = jdbc.enter(connection, null, JdbcHooks.EXECUTE_PREPARED);
        jdbc.exit(execute);
        servlet.exit(scope, search, response, null);
        return scope;
    }

    /** A request whose unexpected calls fail loudly (the wrapped proxy), so the benchmark only runs what it says. */
    static final class BenchRequest extends HttpServletRequestWrapper {
        final Map<String, Object> attributes = new HashMap<>();
        /** Name, value, name, value...: looked up like Tomcat's MimeHeaders, by a case-insensitive scan. */
        private final String[] headers = {"Host", "127.0.0.1:8080", "User-Agent", "wrk", "Authorization", "Bearer bench"};
        private final String uri;
        private final String query;
        private final HttpServletMapping mapping;

        BenchRequest(String uri, String query) {
            super((HttpServletRequest) unsupported(HttpServletRequest.class));
            this.uri = uri;
            this.query = query;
            this.mapping = new HttpServletMapping() {
                @Override
                public String getMatchValue() {
                    return uri.substring(1);
                }

                @Override
                public String getPattern() {
                    return uri;
                }

                @Override
                public String getServletName() {
                    return "bench";
                }

                @Override
                public MappingMatch getMappingMatch() {
                    return MappingMatch.EXACT;
                }
            };
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getRequestURI() {
            return uri;
        }

        @Override
        public String getQueryString() {
            return query;
        }

        @Override
        public String getContextPath() {
            return "";
        }

        @Override
        public String getServletPath() {
            return uri;
        }

        @Override
        public String getPathInfo() {
            return null;
        }

        @Override
        public String getRemoteAddr() {
            return "127.0.0.1";
        }

        @Override
        public String getHeader(String name) {
            for (int i = 0; i < headers.length; i += 2) {
                if (headers[i].equalsIgnoreCase(name)) {
                    return headers[i + 1];
                }
            }
            return null;
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            String value = getHeader(name);
            return value == null ? Collections.emptyEnumeration() : Collections.enumeration(List.of(value));
        }

        @Override
        public DispatcherType getDispatcherType() {
            return DispatcherType.REQUEST;
        }

        @Override
        public Object getAttribute(String name) {
            return attributes.get(name);
        }

        @Override
        public void setAttribute(String name, Object value) {
            attributes.put(name, value);
        }

        @Override
        public boolean isAsyncStarted() {
            return false;
        }

        @Override
        public HttpServletMapping getHttpServletMapping() {
            return mapping;
        }
    }

    static final class BenchResponse extends HttpServletResponseWrapper {
        BenchResponse() {
            super((HttpServletResponse) unsupported(HttpServletResponse.class));
        }

        @Override
        public int getStatus() {
            return 200;
        }

        @Override
        public String getHeader(String name) {
            return null;
        }

        @Override
        public boolean isCommitted() {
            return false;
        }
    }

    private static Object unsupported(Class<?> type) {
        return Proxy.newProxyInstance(RequestPathBenchmark.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> {
                    throw new UnsupportedOperationException("the benchmark does not expect " + method.getName());
                });
    }
}
