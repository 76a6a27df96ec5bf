package dev.palisade.detection.sql;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The common path (no input occurs in the SQL, or only plain words do) must not allocate: it runs
 * for every statement of every request. Counts bytes, not time.
 */
class NoAllocationTest {
    private static final String SQL = "SELECT o.id, o.total, o.created_at, c.name, c.email FROM orders o "
            + "JOIN customers c ON c.id = o.customer_id WHERE o.status = ? AND o.created_at > ? "
            + "AND c.region = ? ORDER BY o.created_at DESC LIMIT 50";

    @Test
    void allocatesNothingWhenNoInputOccurs() {
        List<RequestInput> inputs = new ArrayList<>();
        inputs.add(RequestInput.of(InputSource.QUERY, "page", "3"));
        inputs.add(RequestInput.of(InputSource.QUERY, "size", "50"));
        inputs.add(RequestInput.of(InputSource.QUERY, "status", "shipped"));
        inputs.add(RequestInput.of(InputSource.QUERY, "region", "north-east"));
        inputs.add(RequestInput.of(InputSource.QUERY, "q", "O'Brien & Sons"));
        inputs.add(RequestInput.of(InputSource.COOKIE, "session", "3f2a9c1e-77b0-4d1f-9a55-0c2b8f3d4e61"));
        inputs.add(RequestInput.of(InputSource.HEADER, "x-tenant", "acme"));
        inputs.add(RequestInput.of(InputSource.JSON, "note", "please deliver after 5 pm; ring twice -- thanks"));
        inputs.add(RequestInput.of(InputSource.PATH, "id", "1234"));
        inputs.add(RequestInput.of(InputSource.QUERY, "sort", "name"));
        SqlInjectionCheck check = new SqlInjectionCheck();

        com.sun.management.ThreadMXBean threads = threadBean();
        long thread = Thread.currentThread().getId();
        for (int i = 0; i < 20_000; i++) {
            assertSame(SqlInjectionResult.CLEAN, check.check(SQL, SqlDialect.POSTGRESQL, inputs));
        }
        long before = threads.getThreadAllocatedBytes(thread);
        for (int i = 0; i < 100_000; i++) {
            check.check(SQL, SqlDialect.POSTGRESQL, inputs);
        }
        long allocated = threads.getThreadAllocatedBytes(thread) - before;
        // One allocation per call would be at least 1.6 MB; allow a little for the measurement itself.
        assertTrue(allocated < 4096, "allocated " + allocated + " bytes in 100,000 checks");
    }

    private static com.sun.management.ThreadMXBean threadBean() {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        assertTrue(bean instanceof com.sun.management.ThreadMXBean, "needs HotSpot's ThreadMXBean");
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
        assertTrue(threads.isThreadAllocatedMemorySupported());
        threads.setThreadAllocatedMemoryEnabled(true);
        return threads;
    }
}
