package dev.palisade.telemetry.metrics;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.palisade.telemetry.text.SafeText;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** Recording a request on a known endpoint allocates nothing (measured with the JVM's allocation counter). */
class HotPathAllocationTest {

    @Test
    void recordingOnAKnownEndpointDoesNotAllocatePerRequest() {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        assertTrue(bean instanceof com.sun.management.ThreadMXBean, "needs HotSpot's allocation counter");
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
        assertTrue(threads.isThreadAllocatedMemorySupported());
        threads.setThreadAllocatedMemoryEnabled(true);

        EndpointMetrics metrics = new EndpointMetrics(10, Clock.systemUTC(), SafeText.defaults(), () -> { });
        RequestOutcome ok = RequestOutcome.builder("GET", "/api/orders/{id}").policy("/api/orders/{id}", true)
                .status(200).durationNanos(3_000_000).client("10.0.0.1").credentialsPresent(true).bytes(10, 200)
                .db(1, 500_000).build();
        RequestOutcome blocked = RequestOutcome.builder("GET", "/api/orders/{id}").status(401)
                .blocked("authentication.missing").client("10.0.0.2").build();
        for (int i = 0; i < 20_000; i++) {
            metrics.record(i % 10 == 0 ? blocked : ok);
        }
        long id = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(id);
        int requests = 200_000;
        for (int i = 0; i < requests; i++) {
            metrics.record(i % 10 == 0 ? blocked : ok);
        }
        long allocated = threads.getThreadAllocatedBytes(id) - before;
        System.out.printf("%d requests recorded, %d bytes allocated%n", requests, allocated);
        assertTrue(allocated < requests / 10, allocated + " bytes for " + requests + " requests");
    }
}
