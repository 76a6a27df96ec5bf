package dev.palisade.detection.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.junit.jupiter.api.Test;

/**
 * Pins what inspecting benign values costs in garbage (issue 8): values of letters, digits and
 * {@code _ - . @ ,} allocate nothing at all, and other short benign values reuse the detectors'
 * per-thread token buffers instead of allocating them (before: 2-4 KB per value, now a few small
 * objects). Also checks that a reused buffer carries nothing from one value into the next.
 */
class InspectionCostTest {
    private static final int WARM_UP = 20_000;
    private static final int MEASURED = 2_000;

    private final InputInspector all = InputInspector.allDetectors();

    @Test
    void inertValuesAllocateNothing() {
        for (String value : new String[] {"42", "alice@example.com", "2026-11-23", "page-7", "SKU-1234-XL"}) {
            assertEquals(0, allocatedPerInspection(value), value);
        }
    }

    @Test
    void shortBenignValuesAllocateNoTokenBuffersOrRuleObjects() {
        String[] values = {
            "select your options", "red shoes", "o'reilly",
            "the quick brown fox jumps over the lazy dog; it's 5 < 7 and 9 > 3.",
            "{\"name\":\"apple\",\"tags\":[\"red\",\"fruit\"]}", "https://example.com/search?q=shoes&page=2",
        };
        for (String value : values) {
            long bytes = allocatedPerInspection(value);
            // What is left is the normalized copy and the NormalizedInput (32-232 B measured); token buffers
            // (about 1 KiB) and the SQL and shell rule objects (about 300 B per tokenization) are reused per thread.
            assertTrue(bytes <= 256, value + " allocated " + bytes + " bytes per inspection");
        }
    }

    @Test
    void reusedBuffersCarryNothingFromTheValueBefore() {
        String[] values = {
            "1' union select username, password from users--", "red shoes", "; cat /etc/passwd", "o'reilly",
            "../../etc/passwd", "<img src=x onerror=alert(1)>", "Mozilla/5.0 (X11; Linux x86_64)",
            "\" onmouseover=\"alert(1)", "a;b|c&&d$(e)`f`", "{\"a\":[1,2,{\"b\":\"c\"}]}",
        };
        String[] first = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            first[i] = all.inspect(values[i]).toString();
        }
        for (int i = values.length - 1; i >= 0; i--) {
            assertEquals(first[i], all.inspect(values[i]).toString(), values[i]);
        }
    }

    /** Bytes this thread allocates per {@code inspect(value)} once the JIT has compiled the path. */
    private long allocatedPerInspection(String value) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        assertTrue(threads instanceof com.sun.management.ThreadMXBean, "needs per-thread allocation counters");
        com.sun.management.ThreadMXBean counters = (com.sun.management.ThreadMXBean) threads;
        long id = Thread.currentThread().getId();
        int sink = 0;
        for (int i = 0; i < WARM_UP; i++) {
            sink += all.inspect(value).detections().size();
        }
        counters.getThreadAllocatedBytes(id);
        long before = counters.getThreadAllocatedBytes(id);
        for (int i = 0; i < MEASURED; i++) {
            sink += all.inspect(value).detections().size();
        }
        long after = counters.getThreadAllocatedBytes(id);
        assertEquals(0, sink, value + " is benign");
        return (after - before) / MEASURED;
    }
}
