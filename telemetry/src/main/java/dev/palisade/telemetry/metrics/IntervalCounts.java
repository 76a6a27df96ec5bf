package dev.palisade.telemetry.metrics;

import dev.palisade.telemetry.record.DurationSummary;
import dev.palisade.telemetry.record.EndpointRecord;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;

/**
 * One endpoint's counters for one interval. Many request threads {@link #record} concurrently without
 * locks; {@link #toRecord} runs once the interval has been swapped out and every writer has left
 * (see {@link EndpointAggregate}).
 *
 * <p>A fresh instance is allocated per endpoint per interval, on the first request of the interval,
 * so idle endpoints hold no histogram. Footprint: a two-digit auto-resizing histogram (about 5 KB for
 * sub-millisecond latencies, about 25 KB when values reach seconds) plus a 0.8 KB client sketch.
 */
final class IntervalCounts {

    /** Durations above this are recorded as this, which bounds the histogram's size. */
    static final long MAX_TRACKED_MICROS = 3_600_000_000L;

    /** Distinct block reasons kept per interval; further reasons are counted as {@code other}. */
    static final int MAX_BLOCK_REASONS = 16;

    private final LongAdder count = new LongAdder();
    private final AtomicLongArray statusClasses = new AtomicLongArray(6);
    private final ConcurrentHistogram durationsMicros = new ConcurrentHistogram(2);
    private final ClientSketch clients = new ClientSketch();
    private final LongAdder requestBytes = new LongAdder();
    private final LongAdder responseBytes = new LongAdder();
    private final LongAdder requestsWithKnownRequestBytes = new LongAdder();
    private final LongAdder requestsWithKnownResponseBytes = new LongAdder();
    private final LongAdder dbStatements = new LongAdder();
    private final LongAdder dbNanos = new LongAdder();
    private final AtomicReference<ConcurrentHashMap<String, LongAdder>> blocked = new AtomicReference<>();

    void record(CompletedRequest request) {
        count.increment();
        statusClasses.incrementAndGet(EndpointRecord.statusClassIndex(request.status()));
        long micros = Math.max(0, request.durationNanos()) / 1_000;
        durationsMicros.recordValue(Math.min(micros, MAX_TRACKED_MICROS));
        clients.add(request.clientAddress());
        // Each getter is read once: behind them are a header lookup in the server and a lock.
        long requestSize = request.requestBytes();
        if (requestSize >= 0) {
            requestBytes.add(requestSize);
            requestsWithKnownRequestBytes.increment();
        }
        long responseSize = request.responseBytes();
        if (responseSize >= 0) {
            responseBytes.add(responseSize);
            requestsWithKnownResponseBytes.increment();
        }
        int statements = request.dbStatements();
        long statementNanos = request.dbNanos();
        if (statements > 0 || statementNanos > 0) {
            dbStatements.add(Math.max(0, statements));
            dbNanos.add(Math.max(0, statementNanos));
        }
        String reason = request.blockedReason();
        if (reason != null) {
            countBlock(reason);
        }
    }

    long count() {
        return count.sum();
    }

    /** Builds the interval's record. Only call after the interval was swapped out and writers left. */
    EndpointRecord toRecord(String method, String route, String policyEndpoint, long windowStart,
            long windowEnd) {
        EndpointRecord.Builder record = EndpointRecord.builder(method, route, windowStart, windowEnd)
                .policyEndpoint(policyEndpoint)
                .count(count.sum())
                .durations(DurationSummary.of(durationsMicros))
                .clients(clients.estimate())
                .bytes(knownSum(requestBytes, requestsWithKnownRequestBytes),
                        knownSum(responseBytes, requestsWithKnownResponseBytes))
                .db(dbStatements.sum(), dbNanos.sum());
        for (int i = 0; i < statusClasses.length(); i++) {
            record.statusClassCount(i, statusClasses.get(i));
        }
        Map<String, LongAdder> reasons = blocked.get();
        if (reasons != null) {
            new TreeMap<>(reasons).forEach((reason, n) -> record.blocked(reason, n.sum()));
        }
        return record.build();
    }

    private void countBlock(String reason) {
        ConcurrentHashMap<String, LongAdder> reasons = blocked.get();
        if (reasons == null) {
            blocked.compareAndSet(null, new ConcurrentHashMap<>(4));
            reasons = blocked.get();
        }
        LongAdder counter = reasons.get(reason);
        if (counter == null) {
            // Reasons come from the agent, not from requests, but a bound costs nothing.
            String key = reasons.size() < MAX_BLOCK_REASONS ? reason : "other";
            counter = reasons.computeIfAbsent(key, k -> new LongAdder());
        }
        counter.increment();
    }

    private static long knownSum(LongAdder sum, LongAdder known) {
        return known.sum() == 0 ? -1 : sum.sum();
    }
}
