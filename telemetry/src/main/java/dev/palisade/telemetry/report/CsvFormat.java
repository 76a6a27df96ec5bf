package dev.palisade.telemetry.report;

import java.io.PrintStream;
import java.util.List;
import java.util.StringJoiner;

/**
 * CSV (RFC 4180) for spreadsheets: one block per section, each starting with its header row, blocks
 * separated by one empty line. The first column of every header names the section ({@code route},
 * {@code security}, {@code uncovered}, {@code unauthenticated_2xx}) so that a block can be told from
 * another. Text cells that start with {@code = + - @} get a leading apostrophe so a spreadsheet does
 * not run request data as a formula.
 */
final class CsvFormat implements ReportFormat {

    @Override
    public void write(Report report, PrintStream out) {
        row(out, "route", "method", "route", "calls", "req_per_s", "p50_ms", "p99_ms", "percentiles_exact",
                "4xx_pct", "5xx_pct", "blocked", "credentials_required");
        for (Report.RouteRow r : report.routes) {
            row(out, "route", text(r.method), text(r.route), Long.toString(r.calls),
                    r.requestsPerSecond == null ? "" : ReportFormat.number(r.requestsPerSecond, 3),
                    ReportFormat.number(r.p50Millis, 3), ReportFormat.number(r.p99Millis, 3),
                    Boolean.toString(r.exactPercentiles), ReportFormat.number(r.percent4xx, 2),
                    ReportFormat.number(r.percent5xx, 2), text(r.blocked.isEmpty() ? "" : ReportFormat.blocked(r.blocked)),
                    r.credentialsRequired == null ? "" : r.credentialsRequired.toString());
        }
        out.println();
        row(out, "security", "event", "route", "count", "blocked", "monitored", "top_clients");
        for (Report.SecurityRow s : report.security) {
            StringJoiner clients = new StringJoiner(" ");
            s.topClients.forEach(c -> clients.add(c.address + "=" + c.count));
            row(out, "security", text(s.event), text(s.route), Long.toString(s.count), Long.toString(s.blocked),
                    Long.toString(s.monitored), text(clients.toString()));
        }
        out.println();
        inventory(out, "uncovered", report.uncovered);
        out.println();
        inventory(out, "unauthenticated_2xx", report.unauthenticated2xx);
    }

    private static void inventory(PrintStream out, String section, List<Report.InventoryRow> rows) {
        row(out, section, "method", "route", "policy_endpoint", "authentication_required", "calls", "last_seen");
        for (Report.InventoryRow r : rows) {
            row(out, section, text(r.method), text(r.route), text(r.policyEndpoint == null ? "" : r.policyEndpoint),
                    Boolean.toString(r.authenticationRequired), Long.toString(r.count), text(r.lastSeen));
        }
    }

    private static void row(PrintStream out, String... cells) {
        StringJoiner line = new StringJoiner(",");
        for (String cell : cells) {
            line.add(quote(cell));
        }
        out.print(line);
        out.print("\r\n");
    }

    private static String text(String value) {
        if (value == null) {
            return "";
        }
        if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    private static String quote(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
