package dev.palisade.telemetry.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import dev.palisade.telemetry.record.Timestamps;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/** One pretty-printed JSON document with the same sections as the table. */
final class JsonFormat implements ReportFormat {

    /** The generator must not close standard output when it is done. */
    private static final JsonFactory FACTORY =
            JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    @Override
    public void write(Report report, PrintStream out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeArrayFieldStart("files");
            for (String file : report.files) {
                json.writeString(file);
            }
            json.writeEndArray();
            timestamp(json, "since", report.sinceMillis);
            timestamp(json, "first", report.firstMillis);
            timestamp(json, "last", report.lastMillis);
            json.writeNumberField("covered_seconds", round(report.coveredSeconds));
            json.writeNumberField("skipped_lines", report.skippedLines);
            json.writeArrayFieldStart("routes");
            for (Report.RouteRow r : report.routes) {
                writeRoute(json, r);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("security");
            for (Report.SecurityRow s : report.security) {
                writeSecurity(json, s);
            }
            json.writeEndArray();
            json.writeObjectFieldStart("inventory");
            writeInventory(json, "uncovered", report.uncovered);
            writeInventory(json, "unauthenticated_2xx", report.unauthenticated2xx);
            json.writeEndObject();
            json.writeEndObject();
        }
        out.println();
    }

    private static void writeRoute(JsonGenerator json, Report.RouteRow r) throws IOException {
        json.writeStartObject();
        json.writeStringField("http.request.method", r.method);
        json.writeStringField("http.route", r.route);
        json.writeNumberField("calls", r.calls);
        if (r.requestsPerSecond == null) {
            json.writeNullField("req_per_s");
        } else {
            json.writeNumberField("req_per_s", round(r.requestsPerSecond));
        }
        json.writeNumberField("p50_ms", round(r.p50Millis));
        json.writeNumberField("p99_ms", round(r.p99Millis));
        json.writeBooleanField("percentiles_exact", r.exactPercentiles);
        json.writeNumberField("4xx_pct", round(r.percent4xx));
        json.writeNumberField("5xx_pct", round(r.percent5xx));
        json.writeObjectFieldStart("blocked");
        for (Map.Entry<String, Long> e : new java.util.TreeMap<>(r.blocked).entrySet()) {
            json.writeNumberField(e.getKey(), e.getValue());
        }
        json.writeEndObject();
        if (r.credentialsRequired == null) {
            json.writeNullField("credentials_required");
        } else {
            json.writeBooleanField("credentials_required", r.credentialsRequired);
        }
        json.writeEndObject();
    }

    private static void writeSecurity(JsonGenerator json, Report.SecurityRow s) throws IOException {
        json.writeStartObject();
        json.writeStringField("event", s.event);
        json.writeStringField("http.route", s.route);
        json.writeNumberField("count", s.count);
        json.writeNumberField("blocked", s.blocked);
        json.writeNumberField("monitored", s.monitored);
        json.writeArrayFieldStart("top_clients");
        for (Report.ClientCount c : s.topClients) {
            json.writeStartObject();
            json.writeStringField("client.address", c.address);
            json.writeNumberField("count", c.count);
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeInventory(JsonGenerator json, String name, List<Report.InventoryRow> rows)
            throws IOException {
        json.writeArrayFieldStart(name);
        for (Report.InventoryRow r : rows) {
            json.writeStartObject();
            json.writeStringField("http.request.method", r.method);
            json.writeStringField("http.route", r.route);
            json.writeStringField("policy.endpoint", r.policyEndpoint);
            json.writeBooleanField("authentication.required", r.authenticationRequired);
            json.writeNumberField("count", r.count);
            json.writeStringField("last_seen", r.lastSeen);
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void timestamp(JsonGenerator json, String name, Long millis) throws IOException {
        if (millis == null) {
            json.writeNullField(name);
        } else {
            json.writeStringField(name, Timestamps.format(millis));
        }
    }

    private static double round(double value) {
        return Math.round(value * 1000.0) / 1000.0;
    }
}
