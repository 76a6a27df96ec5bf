package dev.palisade.telemetry.record;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * One line of the telemetry file. Implementations are immutable values whose strings were already
 * cleaned by {@link dev.palisade.telemetry.text.SafeText}, so they can be handed from a request thread
 * to the writer thread without copying.
 */
public interface TelemetryRecord {

    /** The record's kind, written as {@code type}. */
    RecordType type();

    /** When the record happened, written as {@code timestamp}. */
    long epochMillis();

    /**
     * Writes the fields that follow {@code type} and {@code timestamp} into the already opened JSON
     * object. Called on the writer thread only.
     */
    void writeFields(JsonGenerator json) throws IOException;
}
