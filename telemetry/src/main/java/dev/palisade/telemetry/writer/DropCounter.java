package dev.palisade.telemetry.writer;

import dev.palisade.telemetry.record.RecordType;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Counts records that never reached the file, by record type, so that losses are reported instead of
 * silent. Request threads {@link #drop}; the stats writer {@link #takeUnreported()} once per interval.
 * Lock-free.
 */
public final class DropCounter {

    private static final RecordType[] TYPES = RecordType.values();

    private final AtomicLongArray unreported = new AtomicLongArray(TYPES.length);
    private final AtomicLongArray total = new AtomicLongArray(TYPES.length);

    /** Counts one dropped record of {@code type}. */
    public void drop(RecordType type) {
        unreported.incrementAndGet(type.ordinal());
        total.incrementAndGet(type.ordinal());
    }

    /** Drops since the previous call, by type name (types without drops are left out); resets them. */
    public Map<String, Long> takeUnreported() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (RecordType type : TYPES) {
            long n = unreported.getAndSet(type.ordinal(), 0);
            if (n > 0) {
                counts.put(type.jsonName(), n);
            }
        }
        return Collections.unmodifiableMap(counts);
    }

    /** Drops since start, by type name (types without drops are left out). */
    public Map<String, Long> totals() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (RecordType type : TYPES) {
            long n = total.get(type.ordinal());
            if (n > 0) {
                counts.put(type.jsonName(), n);
            }
        }
        return Collections.unmodifiableMap(counts);
    }

    /** Drops of {@code type} since start. */
    public long total(RecordType type) {
        return total.get(type.ordinal());
    }
}
