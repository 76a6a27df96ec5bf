package dev.palisade.telemetry.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

    private static final Clock AT_10_03_20 =
            Clock.fixed(Instant.ofEpochMilli(TelemetryFixture.T0 + 200_000), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Path file;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void writeFixture() throws IOException {
        file = TelemetryFixture.write(dir);
    }

    @Test
    void jsonMergesAllFilesOldestFirstWithExactPercentiles() throws IOException {
        assertEquals(0, run(file.toString(), "--format", "json"));
        Map<String, Object> doc = JsonTree.parseObject(stdout());
        assertEquals(List.of(dir.resolve("t.2.jsonl").toString(), dir.resolve("t.1.jsonl").toString(), file.toString()),
                doc.get("files"));
        assertEquals(180.0, doc.get("covered_seconds"));
        assertEquals(2L, doc.get("skipped_lines"));
        List<?> routes = (List<?>) doc.get("routes");
        assertEquals(3, routes.size());

        Map<?, ?> orders = (Map<?, ?>) routes.get(0);
        assertEquals("GET", orders.get("http.request.method"));
        assertEquals("/api/orders/{id}", orders.get("http.route"));
        assertEquals(200L, orders.get("calls"));
        assertEquals(200 / 180.0, (Double) orders.get("req_per_s"), 0.001);
        assertEquals(100.0, (Double) orders.get("p50_ms"), 1.0, "100th of 200 merged values");
        assertEquals(200.0, (Double) orders.get("p99_ms"), 2.0);
        assertEquals(Boolean.TRUE, orders.get("percentiles_exact"));
        assertEquals(4.0, orders.get("4xx_pct"));
        assertEquals(1.0, orders.get("5xx_pct"));
        assertEquals(Map.of("authentication.missing", 5L), orders.get("blocked"));
        assertEquals(Boolean.TRUE, orders.get("credentials_required"));

        Map<?, ?> post = (Map<?, ?>) routes.get(1);
        assertEquals("/api/orders", post.get("http.route"));
        assertEquals(50L, post.get("calls"));
        assertEquals(20.0, post.get("5xx_pct"));
        assertEquals(10.0, (Double) post.get("p50_ms"), 0.1);

        Map<?, ?> debug = (Map<?, ?>) routes.get(2);
        assertEquals(Boolean.FALSE, debug.get("credentials_required"));

        List<?> security = (List<?>) doc.get("security");
        Map<?, ?> auth = (Map<?, ?>) security.get(0);
        assertEquals("authentication.missing", auth.get("event"));
        assertEquals(5L, auth.get("count"));
        assertEquals(5L, auth.get("blocked"));
        assertEquals(List.of(Map.of("client.address", "10.0.0.1", "count", 3L),
                Map.of("client.address", "10.0.0.2", "count", 2L)), auth.get("top_clients"));
        Map<?, ?> sql = (Map<?, ?>) security.get(1);
        assertEquals("injection.sql", sql.get("event"));
        assertEquals(2L, sql.get("monitored"));

        Map<?, ?> inventory = (Map<?, ?>) doc.get("inventory");
        List<?> uncovered = (List<?>) inventory.get("uncovered");
        assertEquals(1, uncovered.size());
        assertEquals("/internal/debug", ((Map<?, ?>) uncovered.get(0)).get("http.route"));
        assertNull(((Map<?, ?>) uncovered.get(0)).get("policy.endpoint"));
        assertEquals(1, ((List<?>) inventory.get("unauthenticated_2xx")).size());
    }

    @Test
    void warnsOnceAboutGarbageAndTheTornLastLine() {
        assertEquals(0, run(file.toString()));
        String warnings = stderr();
        assertEquals(1, warnings.lines().count(), warnings);
        assertTrue(warnings.contains("skipped 2 line(s)"), warnings);
        assertTrue(warnings.contains("t.jsonl:"), warnings);
    }

    @Test
    void sinceKeepsOnlyIntervalsThatEndedAfterTheCut() throws IOException {
        assertEquals(0, run(file.toString(), "--since", "90s", "--format=json"));
        Map<String, Object> doc = JsonTree.parseObject(stdout());
        assertEquals("2026-11-23T10:01:50.000Z", doc.get("since"));
        assertEquals(120.0, doc.get("covered_seconds"));
        Map<?, ?> orders = (Map<?, ?>) ((List<?>) doc.get("routes")).get(0);
        assertEquals(100L, orders.get("calls"));
        assertEquals(200.0, (Double) orders.get("p50_ms"), 2.0);
        assertEquals(Map.of(), orders.get("blocked"));
    }

    @Test
    void sinceAcceptsAnInstantAndCanExcludeEverything() throws IOException {
        assertEquals(0, run(file.toString(), "--since", "2027-01-01T00:00:00Z", "--format", "json"));
        Map<String, Object> doc = JsonTree.parseObject(stdout());
        assertEquals(List.of(), doc.get("routes"));
        assertNull(doc.get("first"));
    }

    @Test
    void tableIsAlignedAndShowsEverySection() {
        assertEquals(0, run("report", file.toString()));
        String table = stdout();
        System.out.println(table);
        List<String> lines = table.lines().collect(java.util.stream.Collectors.toList());
        int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("METHOD  ROUTE")).findFirst().get());
        String headerLine = lines.get(header);
        int callsEnd = headerLine.indexOf("CALLS") + "CALLS".length();
        String ordersRow = lines.get(header + 1);
        assertTrue(ordersRow.startsWith("GET     /api/orders/{id}"), ordersRow);
        assertEquals("200", ordersRow.substring(callsEnd - 3, callsEnd), "numbers right-aligned under CALLS");
        assertEquals("50", lines.get(header + 2).substring(callsEnd - 2, callsEnd));
        assertTrue(ordersRow.contains("authentication.missing=5"));
        assertTrue(ordersRow.endsWith("required"));
        assertTrue(table.contains("10.0.0.1 (3), 10.0.0.2 (2)"));
        assertTrue(table.contains("Uncovered routes (no policy rule)"));
        assertTrue(table.contains("GET     /internal/debug"));
        assertTrue(table.contains("180 s covered"));
    }

    @Test
    void csvHasAHeaderPerSection() {
        assertEquals(0, run(file.toString(), "--format", "csv"));
        List<String> lines = stdout().lines().collect(java.util.stream.Collectors.toList());
        assertEquals("route,method,route,calls,req_per_s,p50_ms,p99_ms,percentiles_exact,4xx_pct,5xx_pct,blocked,"
                + "credentials_required", lines.get(0));
        assertTrue(lines.get(1).startsWith("route,GET,/api/orders/{id},200,1.111,"), lines.get(1));
        assertTrue(lines.get(1).endsWith(",true,4.00,1.00,authentication.missing=5,true"), lines.get(1));
        assertTrue(lines.contains("security,authentication.missing,/api/orders/{id},5,5,0,10.0.0.1=3 10.0.0.2=2"));
        assertTrue(lines.contains("uncovered,GET,/internal/debug,,false,10,2026-11-23T10:03:00.000Z"));
    }

    @Test
    void missingFileAndBadArgumentsExitWithTwo() {
        assertEquals(2, run(dir.resolve("nope.jsonl").toString()));
        assertTrue(stderr().contains("cannot read"));
        assertEquals(2, run());
        assertEquals(2, run(file.toString(), "--format", "xml"));
        assertEquals(2, run(file.toString(), "--since", "yesterday"));
        assertEquals(2, run(file.toString(), "--since"));
        assertEquals(2, run(file.toString(), "--verbose"));
        assertEquals(0, run("--help"));
    }

    @Test
    void tableNeutralizesTerminalEscapesFromTelemetry() throws IOException {
        Path hostile = dir.resolve("hostile.jsonl");
        Files.write(hostile, ("{\"type\":\"security\",\"timestamp\":\"2026-11-23T10:00:00.000Z\",\"event\":\"x\","
                + "\"action\":\"blocked\",\"http.route\":\"/a\\u001b[2J\\u202e\",\"client.address\":\"1.2.3.4\"}\n")
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(0, run(hostile.toString()));
        String table = stdout();
        assertFalse(table.contains("\u001b"));
        assertFalse(table.contains("\u202e"));
        assertTrue(table.contains("/a?[2J?"));
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return ReportCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), AT_10_03_20);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
