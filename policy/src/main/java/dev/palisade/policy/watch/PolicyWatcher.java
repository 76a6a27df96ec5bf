package dev.palisade.policy.watch;

import dev.palisade.policy.Policy;
import dev.palisade.policy.PolicyHolder;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Watches the policy file and puts each new valid version in force, within about a second.
 *
 * <p>Two mechanisms, on one daemon thread named {@value #THREAD_NAME}:
 * <ul>
 *   <li>a {@link WatchService} on the file's directory, so edits in place, replacement by rename
 *       (editors, {@code mv}) and Kubernetes ConfigMap updates (a {@code ..data} symlink flip in
 *       that directory) are noticed at once;</li>
 *   <li>a poll every {@code pollInterval} comparing size, modification time, inode and real path,
 *       plus a full hash every {@value #FULL_CHECK_SECONDS} s - the safety net for file systems and
 *       platforms where watch events are late or missing (network mounts, macOS polling, a
 *       symlink into another directory).</li>
 * </ul>
 * A change is applied only when the SHA-256 of the bytes differs from the last version seen, so
 * touching the file or a spurious event never reloads. A valid version goes into the
 * {@link PolicyHolder} in one atomic swap; an invalid, missing or unreadable one is reported to
 * the listener and the last good policy stays.
 */
public final class PolicyWatcher implements Closeable {

    /** The watcher thread's name, so thread dumps say what it is. */
    public static final String THREAD_NAME = "palisade-policy-watcher";
    /** Default poll interval. */
    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofMillis(500);

    static final int FULL_CHECK_SECONDS = 10;
    /** Quiet time after a watch event before reading, so a save in several writes is read whole. */
    private static final long SETTLE_MILLIS = 50;
    /** Upper bound on that wait, so a file written continuously is still read. */
    private static final long MAX_SETTLE_MILLIS = 300;

    private final Path file;
    private final String fileName;
    private final long pollNanos;
    private final ReloadCheck check;
    private final WatchService watchService;
    private final Thread thread;
    private volatile boolean closed;

    private PolicyWatcher(PolicyHolder holder, PolicyListener listener, Duration pollInterval,
            boolean useWatchService) {
        Policy current = holder.current();
        if (current.source() == null) {
            throw new IllegalArgumentException("the policy was not loaded from a file; nothing to watch");
        }
        this.file = current.source();
        this.fileName = String.valueOf(file.getFileName());
        this.pollNanos = Math.max(TimeUnit.MILLISECONDS.toNanos(10), pollInterval.toNanos());
        this.check = new ReloadCheck(file, holder, listener, TimeUnit.SECONDS.toNanos(FULL_CHECK_SECONDS));
        this.watchService = useWatchService ? register(file) : null;
        this.thread = new Thread(this::loop, THREAD_NAME);
        thread.setDaemon(true);
    }

    /** Starts watching the file the holder's current policy came from, polling every 500 ms. */
    public static PolicyWatcher start(PolicyHolder holder, PolicyListener listener) {
        return start(holder, listener, DEFAULT_POLL_INTERVAL);
    }

    /** Starts watching with a custom poll interval (tests use a short one). */
    public static PolicyWatcher start(PolicyHolder holder, PolicyListener listener, Duration pollInterval) {
        return start(holder, listener, pollInterval, true);
    }

    /** With {@code useWatchService} false, polling alone: how tests prove the safety net works. */
    static PolicyWatcher start(PolicyHolder holder, PolicyListener listener, Duration pollInterval,
            boolean useWatchService) {
        PolicyWatcher watcher = new PolicyWatcher(holder, listener, pollInterval, useWatchService);
        watcher.thread.start();
        return watcher;
    }

    /** The watched file, as configured (not resolved through symlinks). */
    public Path file() {
        return file;
    }

    private static WatchService register(Path file) {
        Path directory = file.toAbsolutePath().getParent();
        if (directory == null) {
            return null;
        }
        WatchService service = null;
        try {
            service = FileSystems.getDefault().newWatchService();
            directory.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
            return service;
        } catch (IOException | UnsupportedOperationException e) {
            // Polling alone still applies changes; only the latency suffers.
            closeQuietly(service);
            return null;
        }
    }

    private void loop() {
        long nextPoll = System.nanoTime();
        while (!closed) {
            try {
                long wait = Math.max(0, nextPoll - System.nanoTime());
                boolean relevant = watchService != null ? awaitRelevantEvent(watchService, wait) : sleep(wait);
                if (closed) {
                    return;
                }
                if (relevant || System.nanoTime() - nextPoll >= 0) {
                    check.run(relevant);
                    nextPoll = System.nanoTime() + pollNanos;
                }
            } catch (ClosedWatchServiceException e) {
                return;
            } catch (InterruptedException e) {
                if (closed) {
                    return;
                }
            } catch (RuntimeException | Error e) {
                // Never let the watcher die silently: the service would keep running on a stale policy.
                System.err.println("palisade: policy watcher error (still watching " + file + "): " + e);
            }
        }
    }

    /**
     * Waits up to {@code waitNanos} for an event that concerns the policy file; true when one
     * arrived. Events for other files are ignored: the telemetry file lives in the same directory
     * by default and changes constantly.
     */
    private boolean awaitRelevantEvent(WatchService events, long waitNanos) throws InterruptedException {
        WatchKey key = events.poll(waitNanos, TimeUnit.NANOSECONDS);
        boolean relevant = false;
        long settleDeadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MAX_SETTLE_MILLIS);
        while (key != null) {
            for (WatchEvent<?> event : key.pollEvents()) {
                relevant |= concernsPolicyFile(event);
            }
            key.reset();
            if (!relevant || closed || System.nanoTime() - settleDeadline >= 0) {
                break;
            }
            // A save may be several writes or a write then a rename: wait until the directory is quiet.
            key = events.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS);
        }
        return relevant;
    }

    private boolean concernsPolicyFile(WatchEvent<?> event) {
        if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
            return true;
        }
        String name = String.valueOf(event.context());
        // "..data" and "..2024_01_01_..." are how Kubernetes swaps a mounted ConfigMap.
        return name.equals(fileName) || name.startsWith("..");
    }

    private boolean sleep(long nanos) throws InterruptedException {
        TimeUnit.NANOSECONDS.sleep(nanos);
        return false;
    }

    /** Stops the thread; the holder keeps the policy in force at that moment. */
    @Override
    public void close() {
        closed = true;
        closeQuietly(watchService);
        thread.interrupt();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(WatchService service) {
        if (service == null) {
            return;
        }
        try {
            service.close();
        } catch (IOException e) {
            // Nothing useful to do: the watcher is stopping.
        }
    }
}
