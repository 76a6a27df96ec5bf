package dev.palisade.telemetry.report;

import dev.palisade.telemetry.record.Timestamps;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Turns parsed telemetry records, fed oldest first, into a {@link Report}.
 *
 * <ul>
 *   <li><b>Period.</b> A record counts when its {@code timestamp} is at or after {@code --since}; for
 *       endpoint records that is the window end, so an interval that straddles the cut counts whole.
 *       Covered time is the union of the windows of the endpoint and {@code stats} records counted,
 *       so gaps while no agent ran do not dilute req/s.
 *   <li><b>Routes</b> are keyed by method and route; sorted by calls, most first.
 *   <li><b>Inventory</b> comes from the latest inventory record of each endpoint.
 * </ul>
 */
final class ReportBuilder {

    private static final int TOP_CLIENTS = 5;

    private final Long sinceMillis;
    private final Map<String, RouteTotals> routes = new LinkedHashMap<>();
    private final Map<String, SecurityTotals> security = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> latestInventory = new LinkedHashMap<>();
    /** Window start to the latest end seen for it; all endpoints of one interval share a window. */
    private final Map<Long, Long> windows = new HashMap<>();
    private Long first;
    private Long last;

    ReportBuilder(Long sinceMillis) {
        this.sinceMillis = sinceMillis;
    }

    /** Adds one parsed record; returns false when it is not a telemetry record at all. */
    boolean add(Map<String, Object> record) {
        String type = Values.asString(record.get("type"));
        Long timestamp = millis(record.get("timestamp"));
        if (type == null || timestamp == null) {
            return false;
        }
        if (sinceMillis != null && timestamp < sinceMillis) {
            return true;
        }
        first = first == null ? timestamp : Math.min(first, timestamp);
        last = last == null ? timestamp : Math.max(last, timestamp);
        switch (type) {
            case "endpoint":
                addWindow(record);
                routeTotals(record).add(record);
                break;
            case "security":
                securityTotals(record).add(record);
                break;
            case "inventory":
                latestInventory.put(key(record), record);
                break;
            case "agent":
                if ("stats".equals(record.get("event"))) {
                    addWindow(record);
                }
                break;
            default:
                break;
        }
        return true;
    }

    Report build(List<String> files, long skippedLines) {
        double covered = coveredSeconds();
        List<Report.RouteRow> routeRows = new ArrayList<>();
        for (RouteTotals t : routes.values()) {
            Map<String, Object> inventory = latestInventory.get(t.method + " " + t.route);
            Boolean credentialsRequired = inventory == null ? null
                    : Boolean.TRUE.equals(inventory.get("authentication.required"));
            routeRows.add(new Report.RouteRow(t.method, t.route, t.calls, covered > 0 ? t.calls / covered : null,
                    t.p50Millis(), t.p99Millis(), t.exactPercentiles(), percent(t.status4xx, t.calls),
                    percent(t.status5xx, t.calls), t.blocked, credentialsRequired));
        }
        routeRows.sort(Comparator.comparingLong((Report.RouteRow r) -> -r.calls)
                .thenComparing(r -> r.route).thenComparing(r -> r.method));

        List<Report.SecurityRow> securityRows = new ArrayList<>();
        for (SecurityTotals t : security.values()) {
            securityRows.add(t.toRow());
        }
        securityRows.sort(Comparator.comparingLong((Report.SecurityRow r) -> -r.count)
                .thenComparing(r -> r.event).thenComparing(r -> r.route));

        List<Report.InventoryRow> uncovered = new ArrayList<>();
        List<Report.InventoryRow> unauthenticated = new ArrayList<>();
        latestInventory.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            Map<String, Object> r = e.getValue();
            Report.InventoryRow row = new Report.InventoryRow(Values.asString(r.get("http.request.method")),
                    Values.asString(r.get("http.route")), Values.asString(r.get("policy.endpoint")),
                    Boolean.TRUE.equals(r.get("authentication.required")), Values.asLong(r.get("count")),
                    Values.asString(r.get("last_seen")));
            if (row.policyEndpoint == null) {
                uncovered.add(row);
            }
            if (Boolean.TRUE.equals(r.get("unauthenticated_2xx"))) {
                unauthenticated.add(row);
            }
        });
        return new Report(files, sinceMillis, first, last, covered, skippedLines, routeRows, securityRows,
                uncovered, unauthenticated);
    }

    private RouteTotals routeTotals(Map<String, Object> record) {
        String method = Objects.toString(record.get("http.request.method"), "?");
        String route = Objects.toString(record.get("http.route"), "?");
        return routes.computeIfAbsent(method + " " + route, k -> new RouteTotals(method, route));
    }

    private SecurityTotals securityTotals(Map<String, Object> record) {
        String event = Objects.toString(record.get("event"), "?");
        Object route = record.get("http.route") != null ? record.get("http.route") : record.get("url.path");
        String where = Objects.toString(route, "?");
        return security.computeIfAbsent(event + " " + where, k -> new SecurityTotals(event, where));
    }

    private void addWindow(Map<String, Object> record) {
        Long start = millis(record.get("window_start"));
        Long end = millis(record.get("window_end"));
        if (start != null && end != null && end > start) {
            windows.merge(start, end, Math::max);
            first = Math.min(first, start); // the period starts where the earliest counted window does
        }
    }

    private double coveredSeconds() {
        long covered = 0;
        long currentStart = Long.MIN_VALUE;
        long currentEnd = Long.MIN_VALUE;
        for (Map.Entry<Long, Long> w : new TreeMap<>(windows).entrySet()) {
            if (w.getKey() > currentEnd) {
                covered += currentEnd - currentStart;
                currentStart = w.getKey();
                currentEnd = w.getValue();
            } else {
                currentEnd = Math.max(currentEnd, w.getValue());
            }
        }
        covered += currentEnd - currentStart;
        return covered / 1000.0;
    }

    private static String key(Map<String, Object> record) {
        return record.get("http.request.method") + " " + record.get("http.route");
    }

    private static double percent(long part, long whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }

    private static Long millis(Object value) {
        if (!(value instanceof String)) {
            return null;
        }
        try {
            return Timestamps.parse((String) value);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Security events of one kind on one route. */
    private static final class SecurityTotals {
        private final String event;
        private final String route;
        private long count;
        private long blocked;
        private long monitored;
        private final Map<String, Long> clients = new HashMap<>();

        SecurityTotals(String event, String route) {
            this.event = event;
            this.route = route;
        }

        void add(Map<String, Object> record) {
            count++;
            Object action = record.get("action");
            if ("blocked".equals(action)) {
                blocked++;
            } else if ("monitored".equals(action)) {
                monitored++;
            }
            String client = Values.asString(record.get("client.address"));
            if (client != null) {
                clients.merge(client, 1L, Long::sum);
            }
        }

        Report.SecurityRow toRow() {
            List<Report.ClientCount> top = new ArrayList<>();
            new TreeMap<>(clients).entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .limit(TOP_CLIENTS)
                    .forEach(e -> top.add(new Report.ClientCount(e.getKey(), e.getValue())));
            return new Report.SecurityRow(event, route, count, blocked, monitored, top);
        }
    }
}
