package dev.palisade.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.palisade.telemetry.metrics.RequestOutcome;
import dev.palisade.telemetry.record.AgentEvent;
import dev.palisade.telemetry.record.SecurityAction;
import dev.palisade.telemetry.writer.BlockingRecord;
import dev.palisade.telemetry.writer.Lines;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TelemetryTest {

    private static final String[] ROUTES = {"/api/a", "/api/b/{id}", "/api/c", "/api/d", "/api/e"};

    @TempDir
    Path dir;

    private final List<String> warnings = new CopyOnWriteArrayList<>();

    @Test
    void closeWritesQueuedEventsTheFinalIntervalAndStoppedLast() throws IOException {
        Path file = dir.resolve("palisade-telemetry.jsonl");
        Telemetry telemetry = Telemetry.start(config(file).build());
        telemetry.emit(AgentEvent.started("0.1.0", "17", "/etc/policy.json", "ab12", List.of("servlet", "jdbc")));
        int blocked = 0;
        Map<String, Long> expectedByClass = new HashMap<>();
        for (int i = 0; i < 1_000; i++) {
            String route = ROUTES[i % 5];
            boolean block = i % 50 == 0;
            int status = block ? 401 : new int[] {200, 200, 404, 500, 201}[(i / 5) % 5];
            expectedByClass.merge(status / 100 + "xx", 1L, Long::sum);
            if (block) {
                blocked++;
                telemetry.emit(telemetry.securityEvent("authentication.missing", SecurityAction.BLOCKED)
                        .requestId("r" + i).method("GET").path(route).route(route).policyEndpoint(route)
                        .clientAddress("10.0.0." + (i % 3)).build());
            }
            telemetry.requestFinished(RequestOutcome.builder("GET", route).policy(route, true)
                    .status(status).durationNanos(2_000_000).blocked(block ? "authentication.missing" : null)
                    .credentialsPresent(!block).client("10.0.0." + (i % 3)).build());
        }
        assertTrue(telemetry.close(Duration.ofSeconds(10)));

        List<Map<String, Object>> lines = Lines.readAll(file);
        assertEquals("started", lines.get(0).get("event"));
        assertEquals("stopped", lines.get(lines.size() - 1).get("event"));
        assertEquals(blocked, Lines.ofType(lines, "security").size());
        List<Map<String, Object>> endpoints = Lines.ofType(lines, "endpoint");
        assertEquals(5, endpoints.size());
        long calls = 0;
        long blockedCounted = 0;
        Map<String, Long> byClass = new HashMap<>();
        for (Map<String, Object> e : endpoints) {
            calls += (Long) e.get("count");
            Map<?, ?> b = (Map<?, ?>) e.get("blocked");
            blockedCounted += b.isEmpty() ? 0 : (Long) b.get("authentication.missing");
            ((Map<?, ?>) e.get("status")).forEach((k, v) -> byClass.merge((String) k, (Long) v, Long::sum));
        }
        assertEquals(1_000, calls);
        assertEquals(20, blockedCounted);
        expectedByClass.putIfAbsent("1xx", 0L);
        expectedByClass.putIfAbsent("3xx", 0L);
        assertEquals(expectedByClass, byClass);
        assertEquals(5, Lines.ofType(lines, "inventory").size());
        assertTrue(warnings.isEmpty(), warnings.toString());
    }

    @Test
    void droppedRecordsAreCountedByTypeAndReportedInTheNextStatsRecord() throws Exception {
        Path file = dir.resolve("drops.jsonl");
        Telemetry telemetry = Telemetry.start(config(file).queueCapacity(4).build());
        BlockingRecord blocker = new BlockingRecord();
        telemetry.emit(blocker);
        blocker.awaitWriterInside();
        int accepted = 0;
        for (int i = 0; i < 10; i++) {
            if (telemetry.emit(telemetry.securityEvent("injection.sql", SecurityAction.MONITORED).build())) {
                accepted++;
            }
        }
        assertEquals(4, accepted, "the queue holds four");
        assertEquals(6, telemetry.drops().totals().get("security"));
        blocker.release();
        assertTrue(telemetry.close(Duration.ofSeconds(10)));

        List<Map<String, Object>> lines = Lines.readAll(file);
        assertEquals(4, Lines.ofType(lines, "security").size());
        Map<String, Object> stats = statsRecords(lines).get(0);
        assertEquals(Map.of("security", 6L), stats.get("dropped"));
        assertEquals(Map.of("security", 6L), stats.get("dropped_total"));
    }

    @Test
    void rotationWhileManyThreadsWriteLeavesOnlyWholeLinesAndLosesNothing() throws Exception {
        Path file = dir.resolve("busy.jsonl");
        Telemetry telemetry = Telemetry.start(config(file).maxFileBytes(128 * 1024).maxFiles(1_000)
                .queueCapacity(100_000).interval(Duration.ofMillis(20)).build());
        int threads = 4;
        int perThread = 2_000;
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int id = t;
            Thread worker = new Thread(() -> {
                for (int i = 0; i < perThread; i++) {
                    String hostile = "v" + id + "-" + i + "\n{\"type\":\"x\"}\r" + "y".repeat((i * 37) % 600);
                    telemetry.emit(telemetry.securityEvent("injection.input", SecurityAction.BLOCKED)
                            .path(hostile).evidence(telemetry.evidence().input("query", "q", hostile).build()).build());
                    telemetry.requestFinished(RequestOutcome.builder("POST", "/w" + id).status(200).build());
                }
            });
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        assertTrue(telemetry.close(Duration.ofSeconds(20)));

        assertTrue(Files.exists(dir.resolve("busy.5.jsonl")), "rotated several times");
        List<Map<String, Object>> lines = Lines.readAll(file);
        long dropped = telemetry.drops().totals().getOrDefault("security", 0L);
        assertEquals(threads * perThread, Lines.ofType(lines, "security").size() + dropped);
        long calls = Lines.ofType(lines, "endpoint").stream().mapToLong(e -> (Long) e.get("count")).sum();
        assertEquals(threads * perThread, calls, "endpoint records are never dropped");
        assertTrue(statsRecords(lines).size() > 1, "intervals ran while writing");
    }

    @Test
    void routeBoundIsAnnouncedOnceByAnAgentRecord() throws IOException {
        Path file = dir.resolve("routes.jsonl");
        Telemetry telemetry = Telemetry.start(config(file).maxRoutes(2).build());
        for (int i = 0; i < 10; i++) {
            String route = telemetry.routes().resolve(null, null, "/spray/p" + (char) ('a' + i));
            telemetry.requestFinished(RequestOutcome.builder("GET", route).status(404).build());
        }
        assertTrue(telemetry.close(Duration.ofSeconds(10)));
        List<Map<String, Object>> lines = Lines.readAll(file);
        long notices = lines.stream().filter(l -> "routes.limit_reached".equals(l.get("event"))).count();
        assertEquals(1, notices);
        Map<String, Long> counts = new HashMap<>();
        Lines.ofType(lines, "endpoint").forEach(e -> counts.put((String) e.get("http.route"), (Long) e.get("count")));
        assertEquals(Map.of("/spray/pa", 1L, "/spray/pb", 1L, "other", 8L), counts);
    }

    @Test
    void statsCarryTheAgentCounters() throws IOException {
        Path file = dir.resolve("stats.jsonl");
        Telemetry telemetry = Telemetry.start(config(file)
                .agentCounters(() -> Map.of("contexts.opened", 5, "contexts.leaked", 0)).build());
        assertTrue(telemetry.close(Duration.ofSeconds(10)));
        Map<String, Object> stats = statsRecords(Lines.readAll(file)).get(0);
        assertEquals(Map.of("contexts.opened", 5L, "contexts.leaked", 0L), stats.get("counters"));
        assertEquals(Map.of(), stats.get("dropped"));
        assertEquals(0L, stats.get("write_errors"));
    }

    @Test
    void recordsAfterCloseAreDroppedAndCounted() throws IOException {
        Telemetry telemetry = Telemetry.start(config(dir.resolve("late.jsonl")).build());
        assertTrue(telemetry.close(Duration.ofSeconds(10)));
        assertFalse(telemetry.emit(AgentEvent.stopped()));
        assertEquals(1, telemetry.drops().totals().get("agent"));
    }

    @Test
    void startFailsWithAnIOExceptionWhenTheFileCannotBeCreated() throws IOException {
        Path notADirectory = Files.createFile(dir.resolve("plain"));
        assertThrows(IOException.class, () -> Telemetry.start(config(notADirectory.resolve("t.jsonl")).build()));
    }

    private TelemetryConfig.Builder config(Path file) {
        return TelemetryConfig.builder(file).warnings(warnings::add);
    }

    private static List<Map<String, Object>> statsRecords(List<Map<String, Object>> lines) {
        List<Map<String, Object>> stats = new ArrayList<>();
        for (Map<String, Object> l : Lines.ofType(lines, "agent")) {
            if ("stats".equals(l.get("event"))) {
                stats.add(l);
            }
        }
        return stats;
    }
}
