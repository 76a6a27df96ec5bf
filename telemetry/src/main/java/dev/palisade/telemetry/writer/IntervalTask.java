package dev.palisade.telemetry.writer;

import dev.palisade.telemetry.record.TelemetryRecord;
import java.util.function.Consumer;

/**
 * Produces the periodic records (endpoint, inventory, stats). Runs on the writer thread, which hands
 * the records straight to the file: periodic records never go through the queue and are never
 * dropped for lack of space.
 */
@FunctionalInterface
public interface IntervalTask {

    /**
     * Emits the records for the window {@code [windowStart, windowEnd)}.
     *
     * @param last true for the final run during {@link TelemetryWriter#close}
     */
    void run(long windowStart, long windowEnd, boolean last, Consumer<TelemetryRecord> out);
}
