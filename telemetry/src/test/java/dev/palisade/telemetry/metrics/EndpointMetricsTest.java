package dev.palisade.telemetry.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.palisade.telemetry.record.EndpointRecord;
import dev.palisade.telemetry.record.InventoryRecord;
import dev.palisade.telemetry.text.SafeText;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EndpointMetricsTest {

    private static final String[] ROUTES = {"/a", "/b/{id}", "/c", "/d/{id}/e", "/f"};

    private final AtomicInteger limitCalls = new AtomicInteger();
    private final EndpointMetrics metrics =
            new EndpointMetrics(100, Clock.systemUTC(), SafeText.defaults(), limitCalls::incrementAndGet);

    @Test
    void knownMixOfAThousandRequestsAddsUpExactly() {
        // 200 requests per route; on every route: statuses cycle 200,201,404,500,302 (40 each),
        // and on /a and /c, 10 of the 404s are blocks (20 blocked in total).
        for (String route : ROUTES) {
            int[] statuses = {200, 201, 404, 500, 302};
            for (int i = 0; i < 200; i++) {
                int status = statuses[i % 5];
                boolean blocked = status == 404 && i < 50 && (route.equals("/a") || route.equals("/c"));
                metrics.record(RequestOutcome.builder("GET", route)
                        .status(blocked ? 401 : status)
                        .blocked(blocked ? "authentication.missing" : null)
                        .durationNanos(1_000_000L * (1 + i % 10))
                        .client("10.0.0." + (i % 7))
                        .bytes(100, i % 2 == 0 ? 1_000 : -1)
                        .db(2, 3_000_000)
                        .build());
            }
        }
        Map<String, EndpointRecord> byRoute = byRoute(metrics.finishInterval(0, 60_000));
        assertEquals(5, byRoute.size());
        long total = 0;
        long blocked = 0;
        for (String route : ROUTES) {
            EndpointRecord r = byRoute.get(route);
            boolean hasBlocks = route.equals("/a") || route.equals("/c");
            assertEquals(200, r.count());
            assertEquals(80, r.statusCount("2xx"));
            assertEquals(40, r.statusCount("3xx"));
            assertEquals(40, r.statusCount("4xx"));
            assertEquals(40, r.statusCount("5xx"));
            assertEquals(0, r.statusCount("1xx"));
            assertEquals(hasBlocks ? Map.of("authentication.missing", 10L) : Map.of(), r.blocked());
            assertEquals(7, r.clients());
            assertEquals(200 * 100, r.requestBytes());
            assertEquals(100 * 1_000, r.responseBytes());
            assertEquals(400, r.dbStatements());
            assertEquals(200 * 3_000_000L, r.dbNanos());
            assertEquals(10_000, r.durations().maxMicros(), 10_000 * 0.01);
            assertEquals(5_000, r.durations().p50Micros(), 5_000 * 0.01);
            total += r.count();
            blocked += r.blocked().values().stream().mapToLong(Long::longValue).sum();
        }
        assertEquals(1_000, total);
        assertEquals(20, blocked);
    }

    @Test
    void secondIntervalStartsFromZeroAndIdleEndpointsAreSkipped() {
        metrics.record(RequestOutcome.builder("GET", "/a").status(200).build());
        metrics.record(RequestOutcome.builder("GET", "/b").status(200).build());
        assertEquals(2, metrics.finishInterval(0, 1).size());
        metrics.record(RequestOutcome.builder("GET", "/a").status(200).build());
        List<EndpointRecord> second = metrics.finishInterval(1, 2);
        assertEquals(1, second.size());
        assertEquals(1, second.get(0).count());
        assertTrue(metrics.finishInterval(2, 3).isEmpty());
        assertEquals(2, metrics.inventory(3).size(), "idle endpoints stay in the inventory");
    }

    @Test
    void unknownSizesAreReportedAsMinusOne() {
        metrics.record(RequestOutcome.builder("GET", "/a").status(200).build());
        EndpointRecord r = metrics.finishInterval(0, 1).get(0);
        assertEquals(-1, r.requestBytes());
        assertEquals(-1, r.responseBytes());
    }

    @Test
    void statusesOutsideTheClassesAreCountedAsOther() {
        metrics.record(RequestOutcome.builder("GET", "/a").status(0).build());
        metrics.record(RequestOutcome.builder("GET", "/a").status(700).build());
        EndpointRecord r = metrics.finishInterval(0, 1).get(0);
        assertEquals(2, r.count());
        assertEquals(2, r.statusCount("other"));
    }

    @Test
    void unknownMethodsShareOneEndpoint() {
        metrics.record(RequestOutcome.builder("FOO", "/a").status(200).build());
        metrics.record(RequestOutcome.builder("get", "/a").status(200).build());
        metrics.record(RequestOutcome.builder("GET", "/a").status(200).build());
        Map<String, Long> counts = metrics.finishInterval(0, 1).stream()
                .collect(Collectors.toMap(EndpointRecord::method, EndpointRecord::count));
        assertEquals(Map.of("GET", 1L, "_OTHER", 2L), counts);
    }

    @Test
    void endpointsBeyondTheBoundAreFoldedIntoOtherWithOneNotice() {
        EndpointMetrics small = new EndpointMetrics(3, Clock.systemUTC(), SafeText.defaults(), limitCalls::incrementAndGet);
        for (int i = 0; i < 10; i++) {
            small.record(RequestOutcome.builder("GET", "/r" + i).status(200).build());
            small.record(RequestOutcome.builder("POST", "/r" + i).status(200).build());
        }
        Map<String, EndpointRecord> records = small.finishInterval(0, 1).stream()
                .collect(Collectors.toMap(r -> r.method() + " " + r.route(), Function.identity()));
        assertEquals(5, records.size(), records.keySet().toString());
        assertEquals(8, records.get("GET other").count());
        assertEquals(9, records.get("POST other").count());
        assertEquals(1, limitCalls.get());
        assertTrue(small.limitReached());
        assertEquals(3, small.endpointCount());
    }

    @Test
    void inventoryShowsCoverageAndUnauthenticatedSuccess() {
        metrics.record(RequestOutcome.builder("GET", "/public").policy("/public", false).status(200).build());
        metrics.record(RequestOutcome.builder("GET", "/shadow").status(200).credentialsPresent(true).build());
        metrics.record(RequestOutcome.builder("GET", "/secure").policy("/secure", true).status(401).build());
        metrics.record(RequestOutcome.builder("GET", "/secure").policy("/secure", true).status(200)
                .credentialsPresent(true).build());
        Map<String, InventoryRecord> inventory = metrics.inventory(5).stream()
                .collect(Collectors.toMap(InventoryRecord::route, Function.identity()));
        assertTrue(inventory.get("/public").unauthenticated2xx());
        assertFalse(inventory.get("/public").authenticationRequired());
        assertNull(inventory.get("/shadow").policyEndpoint());
        assertFalse(inventory.get("/shadow").unauthenticated2xx());
        assertTrue(inventory.get("/secure").authenticationRequired());
        assertFalse(inventory.get("/secure").unauthenticated2xx());
        assertEquals(2, inventory.get("/secure").count());
    }

    @Test
    void histogramCountAgreesWithRequestCount() {
        for (int i = 0; i < 1_234; i++) {
            metrics.record(RequestOutcome.builder("GET", "/a").status(200).durationNanos(i * 10_000L).build());
        }
        EndpointRecord r = metrics.finishInterval(0, 1).get(0);
        org.HdrHistogram.Histogram decoded = decode(r.durations().encodedHistogram());
        assertEquals(1_234, decoded.getTotalCount());
        assertEquals(12_330, decoded.getMaxValue(), 12_330 * 0.01);
    }

    static org.HdrHistogram.Histogram decode(String base64) {
        try {
            return org.HdrHistogram.Histogram.decodeFromCompressedByteBuffer(
                    java.nio.ByteBuffer.wrap(java.util.Base64.getDecoder().decode(base64)), 0);
        } catch (java.util.zip.DataFormatException e) {
            throw new AssertionError(e);
        }
    }

    private static Map<String, EndpointRecord> byRoute(List<EndpointRecord> records) {
        return records.stream().collect(Collectors.toMap(EndpointRecord::route, Function.identity()));
    }
}
