package dev.palisade.agent.runtime;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Appends {@code type: "agent"} lifecycle records (started, stopped) to the telemetry file as JSON
 * Lines. These are rare, so each is written synchronously as one whole line.
 */
public final class AgentRecordLog {

    private static final JsonFactory JSON = new JsonFactory();

    private final Path file;

    public AgentRecordLog(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** Writes one record; failures are reported to the caller's failure log, never thrown. */
    public synchronized void write(String event, Map<String, Object> fields, FailureLog failures) {
        if (file == null) {
            return;
        }
        try {
            StringWriter text = new StringWriter(256);
            try (JsonGenerator json = JSON.createGenerator(text)) {
                json.writeStartObject();
                json.writeStringField("type", "agent");
                json.writeStringField("timestamp", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
                json.writeStringField("event", event);
                for (Map.Entry<String, Object> field : fields.entrySet()) {
                    writeField(json, field.getKey(), field.getValue());
                }
                json.writeEndObject();
            }
            text.write('\n');
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
                out.write(text.toString().getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException | RuntimeException e) {
            failures.onFailure("telemetry.agent-record", e);
        }
    }

    private static void writeField(JsonGenerator json, String name, Object value) throws IOException {
        json.writeFieldName(name);
        writeValue(json, value);
    }

    private static void writeValue(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof Number) {
            json.writeNumber(((Number) value).longValue());
        } else if (value instanceof Boolean) {
            json.writeBoolean((Boolean) value);
        } else if (value instanceof Map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                writeField(json, String.valueOf(entry.getKey()), entry.getValue());
            }
            json.writeEndObject();
        } else if (value instanceof List) {
            json.writeStartArray();
            for (Object element : (List<?>) value) {
                writeValue(json, element);
            }
            json.writeEndArray();
        } else {
            json.writeString(String.valueOf(value));
        }
    }
}
