package dev.palisade.telemetry.record;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * Encodes records as complete JSON Lines: one object, UTF-8, ending in exactly one {@code '\n'}, with
 * no raw line break anywhere inside (see {@link LineSafeEscapes}).
 *
 * <p>A record is encoded into a private buffer and only a fully encoded line is returned, so a record
 * that fails to encode never leaves half a line behind. Not thread-safe: the writer thread owns one.
 */
public final class JsonLines {

    private final JsonFactory factory = JsonFactory.builder().build();
    private final LineSafeEscapes escapes = new LineSafeEscapes();
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(1024);

    /** Encodes {@code record} as one line, including the trailing newline. */
    public byte[] encode(TelemetryRecord record) throws IOException {
        buffer.reset();
        try (JsonGenerator json = factory.createGenerator(buffer, JsonEncoding.UTF8)) {
            json.setCharacterEscapes(escapes);
            json.writeStartObject();
            json.writeStringField("type", record.type().jsonName());
            json.writeStringField("timestamp", Timestamps.format(record.epochMillis()));
            record.writeFields(json);
            json.writeEndObject();
        }
        buffer.write('\n');
        return buffer.toByteArray();
    }
}
