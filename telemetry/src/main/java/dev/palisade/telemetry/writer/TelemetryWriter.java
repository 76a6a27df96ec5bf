package dev.palisade.telemetry.writer;

import dev.palisade.telemetry.record.JsonLines;
import dev.palisade.telemetry.record.TelemetryRecord;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Moves records from request threads to the telemetry file without ever making a request thread
 * wait for I/O.
 *
 * <p><b>Request threads</b> call {@link #offer}: a bounded {@link ArrayBlockingQueue} whose
 * {@code offer} never waits for space. When the queue is full (or the writer is closed) the record is
 * dropped and counted by type in {@link #drops()}; the {@code stats} record reports the count.
 *
 * <p><b>One daemon thread</b>, {@value #THREAD_NAME}, encodes records ({@link JsonLines}) and appends
 * them to a {@link RotatingFile}. It writes the buffered lines whenever the queue runs empty and at
 * least every second, and every interval it runs the {@link IntervalTask}, whose records bypass the
 * queue. Nothing the writer does can throw into the caller; write failures are counted and reported
 * once on the warning sink.
 *
 * <p><b>Shutdown</b>: {@link #close(Duration)} stops intake, drains the queue, runs the interval task
 * one last time (the final partial interval), writes and closes the file, all within the timeout.
 */
public final class TelemetryWriter {

    /** The writer thread's name. */
    public static final String THREAD_NAME = "palisade-telemetry-writer";

    /** Default queue capacity. */
    public static final int DEFAULT_QUEUE_CAPACITY = 8_192;

    private static final long FLUSH_EVERY_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final int MAX_BATCH = 1_024;

    private final ArrayBlockingQueue<TelemetryRecord> queue;
    private final RotatingFile file;
    private final Clock clock;
    private final long intervalNanos;
    private final IntervalTask intervalTask;
    private final Consumer<String> warnings;
    private final DropCounter drops = new DropCounter();
    private final JsonLines encoder = new JsonLines();
    private final AtomicLong writeErrors = new AtomicLong();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread thread;
    private volatile boolean closing;
    private long windowStart;

    /**
     * Starts the writer thread.
     *
     * @param file          the file to append to; owned by the writer from now on
     * @param queueCapacity records that may wait for the writer
     * @param interval      how often {@code intervalTask} runs
     * @param clock         timestamps of interval windows
     * @param warnings      where human-readable problems go (e.g. {@code System.err::println})
     */
    public TelemetryWriter(RotatingFile file, int queueCapacity, Duration interval, IntervalTask intervalTask,
            Clock clock, Consumer<String> warnings) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("interval must be positive, was " + interval);
        }
        this.file = Objects.requireNonNull(file, "file");
        this.queue = new ArrayBlockingQueue<>(queueCapacity);
        this.intervalNanos = interval.toNanos();
        this.intervalTask = Objects.requireNonNull(intervalTask, "intervalTask");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.warnings = Objects.requireNonNull(warnings, "warnings");
        this.windowStart = clock.millis();
        this.thread = new Thread(this::run, THREAD_NAME);
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Queues a record for writing; never blocks. Returns false, and counts the drop, when the queue is
     * full or the writer is closing.
     */
    public boolean offer(TelemetryRecord record) {
        if (!closing && queue.offer(record)) {
            return true;
        }
        drops.drop(record.type());
        return false;
    }

    /** Records dropped so far. */
    public DropCounter drops() {
        return drops;
    }

    /** Records waiting in the queue. */
    public int queued() {
        return queue.size();
    }

    /** Failed write or encode attempts since start. */
    public long writeErrors() {
        return writeErrors.get();
    }

    /** Lines lost to I/O errors since start. Read on the writer thread only (interval task). */
    public long linesLost() {
        return file.linesLost();
    }

    /** File rotations since start. Read on the writer thread only (interval task). */
    public long rotations() {
        return file.rotations();
    }

    /**
     * Stops intake, writes what is queued and the final interval, and closes the file. Waits at most
     * {@code timeout}; returns whether everything was written in time. Safe to call more than once and
     * from a shutdown hook.
     */
    public boolean close(Duration timeout) {
        closing = true;
        thread.interrupt();
        try {
            return finished.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void run() {
        long nextInterval = System.nanoTime() + intervalNanos;
        long lastFlush = System.nanoTime();
        try {
            while (!closing) {
                long now = System.nanoTime();
                TelemetryRecord first = poll(Math.min(nextInterval - now, FLUSH_EVERY_NANOS));
                if (first != null) {
                    write(first);
                    drainSome();
                }
                now = System.nanoTime();
                if (queue.isEmpty() || now - lastFlush >= FLUSH_EVERY_NANOS) {
                    flush();
                    lastFlush = now;
                }
                if (now - nextInterval >= 0) {
                    runInterval(false);
                    nextInterval = Math.max(nextInterval + intervalNanos, now + intervalNanos / 2);
                }
            }
            finish();
        } catch (Throwable t) {
            warn("telemetry writer stopped unexpectedly: " + t);
        } finally {
            finished.countDown();
        }
    }

    private void finish() {
        Thread.interrupted();
        TelemetryRecord record;
        while ((record = queue.poll()) != null) {
            write(record);
        }
        runInterval(true);
        flush();
        try {
            file.close();
        } catch (IOException e) {
            failed("closing", e);
        }
        // An offer that raced with close() may have slipped in after the drain: count, don't lose silently.
        while ((record = queue.poll()) != null) {
            drops.drop(record.type());
        }
    }

    private TelemetryRecord poll(long nanos) {
        try {
            return queue.poll(Math.max(nanos, 0), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            // close() interrupts to wake us up; the loop condition sees `closing`.
            return null;
        }
    }

    private void drainSome() {
        TelemetryRecord record;
        for (int i = 0; i < MAX_BATCH && (record = queue.poll()) != null; i++) {
            write(record);
        }
    }

    private void runInterval(boolean last) {
        long windowEnd = clock.millis();
        try {
            intervalTask.run(windowStart, windowEnd, last, this::write);
        } catch (RuntimeException e) {
            writeErrors.incrementAndGet();
            warn("telemetry interval failed: " + e);
        }
        windowStart = windowEnd;
    }

    private void write(TelemetryRecord record) {
        byte[] line;
        try {
            line = encoder.encode(record);
        } catch (IOException | RuntimeException e) {
            // Encoding goes to a private buffer, so nothing partial reached the file.
            drops.drop(record.type());
            failed("encoding a " + record.type().jsonName() + " record", e);
            return;
        }
        try {
            file.append(line);
        } catch (IOException e) {
            failed("writing", e);
        }
    }

    private void flush() {
        try {
            file.flush();
        } catch (IOException e) {
            failed("writing", e);
        }
    }

    private void failed(String what, Exception e) {
        if (writeErrors.getAndIncrement() == 0) {
            warn("telemetry: " + what + " " + file.path() + " failed (" + e
                    + "); affected records are dropped and counted, further errors are only counted");
        }
    }

    private void warn(String message) {
        try {
            warnings.accept("palisade: " + message);
        } catch (RuntimeException ignored) {
            // A broken warning sink must not take the writer down.
        }
    }
}
