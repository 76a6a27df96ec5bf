package dev.palisade.telemetry.record;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** Writes the value types {@link Attributes} allows; shared by the record classes. */
final class JsonValues {

    private JsonValues() {
    }

    static void write(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String) {
            json.writeString((String) value);
        } else if (value instanceof Boolean) {
            json.writeBoolean((Boolean) value);
        } else if (value instanceof Double) {
            json.writeNumber((Double) value);
        } else if (value instanceof Number) {
            json.writeNumber(((Number) value).longValue());
        } else if (value instanceof Attributes) {
            json.writeStartObject();
            writeFields(json, (Attributes) value);
            json.writeEndObject();
        } else if (value instanceof List) {
            json.writeStartArray();
            for (Object element : (List<?>) value) {
                write(json, element);
            }
            json.writeEndArray();
        } else {
            // Attributes never holds other types; stay safe if a caller bypassed it.
            json.writeString(String.valueOf(value));
        }
    }

    static void writeFields(JsonGenerator json, Attributes attributes) throws IOException {
        for (Map.Entry<String, Object> e : attributes.asMap().entrySet()) {
            json.writeFieldName(e.getKey());
            write(json, e.getValue());
        }
    }

    /** Writes a string field, or null. */
    static void writeString(JsonGenerator json, String name, String value) throws IOException {
        json.writeFieldName(name);
        if (value == null) {
            json.writeNull();
        } else {
            json.writeString(value);
        }
    }

    /** Writes milliseconds as a decimal with at most three fraction digits. */
    static void writeMillis(JsonGenerator json, String name, double millis) throws IOException {
        json.writeNumberField(name, Math.round(millis * 1000.0) / 1000.0);
    }
}
