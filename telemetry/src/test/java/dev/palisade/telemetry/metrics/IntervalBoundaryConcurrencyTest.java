package dev.palisade.telemetry.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.palisade.telemetry.record.EndpointRecord;
import dev.palisade.telemetry.text.SafeText;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The interval boundary neither loses nor double-counts a request: N threads record M requests each
 * while another thread ends intervals as fast as it can; the flushed counts must add up to N×M, and
 * within each record the status classes and the histogram must agree with the count.
 */
class IntervalBoundaryConcurrencyTest {

    private static final int THREADS = 8;
    private static final int REQUESTS_PER_THREAD = 200_000;
    private static final String[] ROUTES = {"/hot", "/warm", "/cold"};

    @Test
    void countsAcrossAllFlushedIntervalsEqualRequestsRecorded() throws InterruptedException {
        EndpointMetrics metrics = new EndpointMetrics(100, Clock.systemUTC(), SafeText.defaults(), () -> { });
        RequestOutcome[] outcomes = new RequestOutcome[ROUTES.length];
        for (int i = 0; i < ROUTES.length; i++) {
            outcomes[i] = RequestOutcome.builder("GET", ROUTES[i]).status(200 + i * 100).durationNanos(1_500_000)
                    .client("10.0.0." + i).build();
        }
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(THREADS);
        for (int t = 0; t < THREADS; t++) {
            Thread writer = new Thread(() -> {
                awaitQuietly(start);
                for (int i = 0; i < REQUESTS_PER_THREAD; i++) {
                    metrics.record(outcomes[i % outcomes.length]);
                    if (i % 1_000 == 0) {
                        Thread.yield(); // on few cores, let the flushing thread run while we record
                    }
                }
                done.countDown();
            });
            writer.start();
        }
        List<EndpointRecord> flushed = new ArrayList<>();
        AtomicBoolean writersDone = new AtomicBoolean();
        int intervals = 0;
        start.countDown();
        while (!writersDone.get()) {
            writersDone.set(done.getCount() == 0);
            flushed.addAll(metrics.finishInterval(intervals, intervals + 1));
            intervals++;
        }
        flushed.addAll(metrics.finishInterval(intervals, intervals + 1));

        long total = 0;
        long intervalsWithHotTraffic = flushed.stream().filter(r -> r.route().equals("/hot")).count();
        for (EndpointRecord r : flushed) {
            long byClass = r.statusCount("2xx") + r.statusCount("3xx") + r.statusCount("4xx");
            assertEquals(r.count(), byClass, "status classes add up within an interval");
            assertEquals(r.count(), EndpointMetricsTest.decode(r.durations().encodedHistogram()).getTotalCount(),
                    "histogram swaps together with the counters");
            total += r.count();
        }
        System.out.printf("%d requests over %d intervals, %d of them with traffic on /hot%n",
                (long) THREADS * REQUESTS_PER_THREAD, intervals, intervalsWithHotTraffic);
        assertTrue(intervalsWithHotTraffic >= 10,
                "boundaries must fall while requests are recorded; only " + intervalsWithHotTraffic + " did");
        assertEquals((long) THREADS * REQUESTS_PER_THREAD, total);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
