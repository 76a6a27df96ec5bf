package dev.palisade.telemetry.report;

import dev.palisade.telemetry.record.Timestamps;
import java.io.PrintStream;
import java.util.StringJoiner;

/** Aligned text for people: a header, then the routes, security events and inventory sections. */
final class TableFormat implements ReportFormat {

    @Override
    public void write(Report report, PrintStream out) {
        out.println("Palisade telemetry report");
        out.println("Files:   " + TextTable.terminalSafe(String.join(", ", report.files)));
        out.println("Period:  " + period(report));
        if (report.sinceMillis != null) {
            out.println("Since:   " + Timestamps.format(report.sinceMillis));
        }
        out.println();

        out.println("Routes");
        TextTable routes = new TextTable("METHOD", "ROUTE", "CALLS>", "REQ/S>", "P50 MS>", "P99 MS>", "4XX %>",
                "5XX %>", "BLOCKED", "CREDENTIALS");
        for (Report.RouteRow r : report.routes) {
            String approx = r.exactPercentiles ? "" : "~";
            routes.add(r.method, r.route, Long.toString(r.calls),
                    r.requestsPerSecond == null ? "-" : ReportFormat.number(r.requestsPerSecond, 2),
                    approx + ReportFormat.number(r.p50Millis, 2), approx + ReportFormat.number(r.p99Millis, 2),
                    ReportFormat.number(r.percent4xx, 1), ReportFormat.number(r.percent5xx, 1),
                    ReportFormat.blocked(r.blocked), requiredLabel(r.credentialsRequired));
        }
        print(routes, out);
        if (report.routes.stream().anyMatch(r -> !r.exactPercentiles)) {
            out.println("~ percentiles averaged over intervals that carried no histogram (approximate)");
        }

        out.println("Security events");
        TextTable security = new TextTable("EVENT", "ROUTE", "COUNT>", "BLOCKED>", "MONITORED>", "TOP CLIENTS");
        for (Report.SecurityRow s : report.security) {
            StringJoiner clients = new StringJoiner(", ");
            s.topClients.forEach(c -> clients.add(c.address + " (" + c.count + ")"));
            security.add(s.event, s.route, Long.toString(s.count), Long.toString(s.blocked),
                    Long.toString(s.monitored), clients.length() == 0 ? "-" : clients.toString());
        }
        print(security, out);

        out.println("Uncovered routes (no policy rule)");
        print(inventory(report.uncovered, false), out);
        out.println("Routes that answered 2xx without credentials");
        print(inventory(report.unauthenticated2xx, true), out);

        if (report.skippedLines > 0) {
            out.println(report.skippedLines + " unreadable line(s) skipped");
        }
    }

    private static TextTable inventory(java.util.List<Report.InventoryRow> rows, boolean withPolicy) {
        TextTable table = withPolicy
                ? new TextTable("METHOD", "ROUTE", "POLICY ENDPOINT", "CREDENTIALS", "CALLS>", "LAST SEEN")
                : new TextTable("METHOD", "ROUTE", "CALLS>", "LAST SEEN");
        for (Report.InventoryRow r : rows) {
            if (withPolicy) {
                table.add(r.method, r.route, r.policyEndpoint == null ? "(none)" : r.policyEndpoint,
                        r.authenticationRequired ? "required" : "not required", Long.toString(r.count), r.lastSeen);
            } else {
                table.add(r.method, r.route, Long.toString(r.count), r.lastSeen);
            }
        }
        return table;
    }

    private static void print(TextTable table, PrintStream out) {
        if (table.isEmpty()) {
            out.println("  (none)");
        } else {
            table.print(out);
        }
        out.println();
    }

    private static String requiredLabel(Boolean required) {
        return required == null ? "-" : required ? "required" : "not required";
    }

    private static String period(Report report) {
        if (report.firstMillis == null) {
            return "no records";
        }
        return Timestamps.format(report.firstMillis) + " to " + Timestamps.format(report.lastMillis) + " ("
                + ReportFormat.number(report.coveredSeconds, 0) + " s covered by intervals)";
    }
}
