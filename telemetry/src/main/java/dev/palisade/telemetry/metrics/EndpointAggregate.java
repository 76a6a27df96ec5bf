package dev.palisade.telemetry.metrics;

import dev.palisade.telemetry.record.EndpointRecord;
import dev.palisade.telemetry.record.InventoryRecord;
import dev.palisade.telemetry.text.SafeText;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.WriterReaderPhaser;

/**
 * Everything telemetry keeps about one endpoint (method and route): the counters of the current
 * interval, and the inventory facts that live as long as the agent.
 *
 * <p><b>Why a phaser.</b> The interval boundary must neither lose nor double-count a request. Request
 * threads enter a {@link WriterReaderPhaser} critical section (two uncontended atomic increments, no
 * lock), pick the current {@link IntervalCounts} and update it. The flushing thread swaps the
 * reference to null and then {@code flipPhase()}s, which waits until every writer that might still
 * hold the old counts has left. After that the old counts are stable and are read exactly once; every
 * later request lands in a new instance. This is the mechanism inside HdrHistogram's {@code Recorder};
 * it is used directly so that the histogram and all the counters swap at the same instant.
 */
final class EndpointAggregate {

    private final SafeText text;
    private final String method;
    private final String route;
    private final WriterReaderPhaser phaser = new WriterReaderPhaser();
    private final AtomicReference<IntervalCounts> current = new AtomicReference<>();

    private final long firstSeen;
    private final LongAdder total = new LongAdder();
    private volatile long lastSeen;
    private volatile String policyEndpoint;
    private volatile boolean authenticationRequired;
    private volatile boolean unauthenticated2xx;

    EndpointAggregate(String method, String route, long firstSeen, SafeText text) {
        this.text = text;
        this.method = method;
        this.route = route;
        this.firstSeen = firstSeen;
        this.lastSeen = firstSeen;
    }

    String method() {
        return method;
    }

    String route() {
        return route;
    }

    void record(CompletedRequest request, long nowMillis) {
        long phase = phaser.writerCriticalSectionEnter();
        try {
            IntervalCounts counts;
            while ((counts = current.get()) == null) {
                current.compareAndSet(null, new IntervalCounts());
            }
            counts.record(request);
        } finally {
            phaser.writerCriticalSectionExit(phase);
        }
        updateInventory(request, nowMillis);
    }

    /**
     * Ends the current interval and returns its record, or null when the endpoint saw no request since
     * the previous call. Called by one thread at a time (the writer thread).
     */
    EndpointRecord finishInterval(long windowStart, long windowEnd) {
        IntervalCounts finished;
        phaser.readerLock();
        try {
            finished = current.getAndSet(null);
            if (finished == null) {
                // No writer can hold counts that were never installed; nothing to wait for.
                return null;
            }
            phaser.flipPhase();
        } finally {
            phaser.readerUnlock();
        }
        if (finished.count() == 0) {
            // A writer that raced with the swap installed counts, saw them swapped out, and recorded
            // into the next ones: these are empty, not lost.
            return null;
        }
        return finished.toRecord(method, route, outputPattern(), windowStart, windowEnd);
    }

    InventoryRecord inventory(long nowMillis) {
        return new InventoryRecord(nowMillis, method, route, outputPattern(), authenticationRequired,
                unauthenticated2xx, firstSeen, lastSeen, total.sum());
    }

    /** Policy patterns are the operator's, but they are cleaned like any other string on the way out. */
    private String outputPattern() {
        return text.clean(policyEndpoint);
    }

    private void updateInventory(CompletedRequest request, long nowMillis) {
        total.increment();
        // Volatile writes only when something changed keeps the shared cache line mostly read-only.
        if (nowMillis > lastSeen) {
            lastSeen = nowMillis;
        }
        String pattern = request.policyEndpoint();
        if (!Objects.equals(pattern, policyEndpoint)) {
            policyEndpoint = pattern;
        }
        if (request.authenticationRequired() != authenticationRequired) {
            authenticationRequired = request.authenticationRequired();
        }
        if (!unauthenticated2xx && !request.credentialsPresent()
                && request.status() >= 200 && request.status() <= 299) {
            unauthenticated2xx = true;
        }
    }
}
