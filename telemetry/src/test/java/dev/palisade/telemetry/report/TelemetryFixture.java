package dev.palisade.telemetry.report;

import dev.palisade.telemetry.record.AgentEvent;
import dev.palisade.telemetry.record.Attributes;
import dev.palisade.telemetry.record.DurationSummary;
import dev.palisade.telemetry.record.EndpointRecord;
import dev.palisade.telemetry.record.InventoryRecord;
import dev.palisade.telemetry.record.JsonLines;
import dev.palisade.telemetry.record.SecurityAction;
import dev.palisade.telemetry.record.SecurityEvent;
import dev.palisade.telemetry.record.TelemetryRecord;
import dev.palisade.telemetry.record.Timestamps;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;

/**
 * A crafted telemetry set of three one-minute intervals in three files (two rotated), written with
 * the real record classes. Known totals, used by the report tests:
 *
 * <pre>
 * t.2.jsonl  10:00–10:01  GET  /api/orders/{id}  100 calls (90 2xx, 8 4xx, 2 5xx), 1..100 ms, 5 auth blocks
 * t.1.jsonl  10:01–10:02  GET  /api/orders/{id}  100 calls (all 2xx), 200 ms
 *                         POST /api/orders        50 calls (40 2xx, 10 5xx), 10 ms
 *                         5 authentication.missing on /api/orders/{id}: 10.0.0.1 ×3, 10.0.0.2 ×2
 *                         2 injection.sql (monitored) on /api/orders from 10.0.0.3
 * t.jsonl    10:02–10:03  GET  /internal/debug    10 calls (all 2xx), 1 ms
 *                         inventory: /internal/debug has no policy rule and answered 2xx unauthenticated
 *                         plus one garbage line and a torn last line
 * </pre>
 */
final class TelemetryFixture {

    static final long T0 = Timestamps.parse("2026-11-23T10:00:00.000Z");
    static final long MINUTE = 60_000;

    private TelemetryFixture() {
    }

    static Path write(Path dir) throws IOException {
        Path active = dir.resolve("t.jsonl");
        List<TelemetryRecord> first = new ArrayList<>();
        first.add(AgentEvent.started("0.1.0", "17.0.15", "/etc/palisade.json", "ab", List.of("servlet")).at(T0));
        Histogram oneToHundred = new Histogram(2);
        for (int ms = 1; ms <= 100; ms++) {
            oneToHundred.recordValue(ms * 1_000L);
        }
        first.add(endpoint("GET", "/api/orders/{id}", "/api/orders/{id}", 0, 100, 90, 8, 2, oneToHundred)
                .blocked("authentication.missing", 5).build());
        first.add(stats(0));

        List<TelemetryRecord> second = new ArrayList<>();
        for (String client : List.of("10.0.0.1", "10.0.0.2", "10.0.0.1", "10.0.0.2", "10.0.0.1")) {
            second.add(SecurityEvent.builder("authentication.missing", SecurityAction.BLOCKED)
                    .timestamp(T0 + MINUTE + 1_000).method("GET").path("/api/orders/7").route("/api/orders/{id}")
                    .clientAddress(client).build());
        }
        for (int i = 0; i < 2; i++) {
            second.add(SecurityEvent.builder("injection.sql", SecurityAction.MONITORED)
                    .timestamp(T0 + MINUTE + 2_000).method("POST").path("/api/orders").route("/api/orders")
                    .clientAddress("10.0.0.3").build());
        }
        second.add(endpoint("GET", "/api/orders/{id}", "/api/orders/{id}", 1, 100, 100, 0, 0, constant(100, 200)).build());
        second.add(endpoint("POST", "/api/orders", "/api/orders", 1, 50, 40, 0, 10, constant(50, 10)).build());
        second.add(stats(1));

        List<TelemetryRecord> third = new ArrayList<>();
        third.add(endpoint("GET", "/internal/debug", null, 2, 10, 10, 0, 0, constant(10, 1)).build());
        long end = T0 + 3 * MINUTE;
        third.add(new InventoryRecord(end, "GET", "/api/orders/{id}", "/api/orders/{id}", true, false, T0, end, 200));
        third.add(new InventoryRecord(end, "POST", "/api/orders", "/api/orders", true, false, T0, end, 50));
        third.add(new InventoryRecord(end, "GET", "/internal/debug", null, false, true, T0, end, 10));
        third.add(stats(2));

        Files.write(RotatingFileNames.generation(active, 2), lines(first));
        Files.write(RotatingFileNames.generation(active, 1), lines(second));
        ByteArrayOutputStream last = new ByteArrayOutputStream();
        last.write(lines(third));
        last.write("this is not json\n".getBytes(StandardCharsets.UTF_8));
        last.write("{\"type\":\"endpoint\",\"timestamp\":\"2026-11-".getBytes(StandardCharsets.UTF_8));
        Files.write(active, last.toByteArray());
        return active;
    }

    private static EndpointRecord.Builder endpoint(String method, String route, String policy, int interval,
            long count, long ok, long clientErrors, long serverErrors, Histogram micros) {
        return EndpointRecord.builder(method, route, T0 + interval * MINUTE, T0 + (interval + 1) * MINUTE)
                .policyEndpoint(policy).count(count).statusClassCount(2, ok).statusClassCount(4, clientErrors)
                .statusClassCount(5, serverErrors).durations(DurationSummary.of(micros)).clients(2);
    }

    private static Histogram constant(int count, long millis) {
        Histogram h = new Histogram(2);
        h.recordValueWithCount(millis * 1_000, count);
        return h;
    }

    private static TelemetryRecord stats(int interval) {
        return AgentEvent.stats(Attributes.builder()
                .put("window_start", Timestamps.format(T0 + interval * MINUTE))
                .put("window_end", Timestamps.format(T0 + (interval + 1) * MINUTE))
                .build()).at(T0 + (interval + 1) * MINUTE);
    }

    private static byte[] lines(List<TelemetryRecord> records) throws IOException {
        JsonLines encoder = new JsonLines();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (TelemetryRecord r : records) {
            out.write(encoder.encode(r));
        }
        return out.toByteArray();
    }

    /** The writer's naming, restated so the test does not depend on the class under test for paths. */
    private static final class RotatingFileNames {
        static Path generation(Path active, int n) {
            return active.resolveSibling("t." + n + ".jsonl");
        }
    }
}
