package dev.palisade.policy.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.palisade.policy.Mode;
import dev.palisade.policy.Policy;
import dev.palisade.policy.PolicyHolder;
import dev.palisade.policy.PolicyLoader;
import dev.palisade.policy.validate.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hot reload: valid versions apply within 2 s, invalid ones are rejected, however the file is replaced. */
class PolicyWatcherTest {

    /** The format's promise; tests wait at most this long for a change to apply. */
    private static final Duration WITHIN = Duration.ofSeconds(2);
    private static final Duration FAST_POLL = Duration.ofMillis(100);

    @TempDir
    Path directory;
    private PolicyWatcher watcher;

    @AfterEach
    void stop() {
        if (watcher != null) {
            watcher.close();
        }
    }

    private static String policy(String mode) {
        return "{\"version\": 1, \"mode\": \"" + mode + "\"}\n";
    }

    private PolicyHolder load(Path file) throws IOException {
        return new PolicyHolder(PolicyLoader.load(file).policy());
    }

    private Path writeAtomically(Path target, String text) throws IOException {
        Path temporary = Files.writeString(target.resolveSibling(target.getFileName() + ".tmp"), text);
        return Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void appliesAValidEditWithinTwoSecondsAtTheDefaultPollInterval() throws Exception {
        Path file = Files.writeString(directory.resolve("policy.json"), policy("block"));
        PolicyHolder holder = load(file);
        RecordingListener listener = new RecordingListener();
        watcher = PolicyWatcher.start(holder, listener);

        Files.writeString(file, policy("monitor"));

        Policy reloaded = listener.nextReload(WITHIN);
        assertEquals(Mode.MONITOR, reloaded.mode());
        assertSame(reloaded, holder.current());
    }

    @Test
    void rejectsAnInvalidVersionAndKeepsTheLastGoodPolicy() throws Exception {
        Path file = Files.writeString(directory.resolve("policy.json"), policy("block"));
        PolicyHolder holder = load(file);
        Policy good = holder.current();
        RecordingListener listener = new RecordingListener();
        watcher = PolicyWatcher.start(holder, listener, FAST_POLL);

        writeAtomically(file, "{\"version\": 1, \"mode\": \"blok\"}");

        RecordingListener.Event event = listener.next(WITHIN);
        assertNull(event.reloaded);
        assertEquals(List.of(file + ":1:24: error: mode: invalid value \"blok\"; expected one of \"block\", "
                + "\"monitor\", \"off\"; did you mean \"block\"?"), formatted(event.rejected));
        assertSame(good, holder.current());

        writeAtomically(file, policy("monitor"));
        assertEquals(Mode.MONITOR, listener.nextReload(WITHIN).mode());
    }

    @Test
    void appliesAReplacementByRenameAsEditorsDoIt() throws Exception {
        Path file = Files.writeString(directory.resolve("policy.json"), policy("block"));
        PolicyHolder holder = load(file);
        RecordingListener listener = new RecordingListener();
        watcher = PolicyWatcher.start(holder, listener, FAST_POLL);

        // Like vim's backupcopy=no: write a new file, move the old one away, rename the new one in.
        Path fresh = Files.writeString(directory.resolve(".policy.json.swp"), policy("off"));
        Files.move(file, directory.resolve("policy.json~"));
        Files.move(fresh, file);

        assertEquals(Mode.OFF, listener.nextReload(WITHIN).mode());
        assertEquals(Mode.OFF, holder.current().mode());
    }

    @Test
    void appliesAKubernetesConfigMapSymlinkSwap() throws Exception {
        Path first = Files.createDirectory(directory.resolve("..2024_06_01_10_00_00.1"));
        Files.writeString(first.resolve("policy.json"), policy("block"));
        Files.createSymbolicLink(directory.resolve("..data"), first.getFileName());
        Path file = Files.createSymbolicLink(directory.resolve("policy.json"), Path.of("..data", "policy.json"));
        PolicyHolder holder = load(file);
        RecordingListener listener = new RecordingListener();
        watcher = PolicyWatcher.start(holder, listener, FAST_POLL);

        Path second = Files.createDirectory(directory.resolve("..2024_06_01_10_05_00.2"));
        Files.writeString(second.resolve("policy.json"), policy("monitor"));
        Path link = Files.createSymbolicLink(directory.resolve("..data_tmp"), second.getFileName());
        Files.move(link, directory.resolve("..data"), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);

        Policy reloaded = listener.nextReload(WITHIN);
        assertEquals(Mode.MONITOR, reloaded.mode());
        assertEquals(file, reloaded.source(), "the policy keeps the path the operator configured");
    }

    @Test
    void pollingAloneAppliesChangesWhenWatchEventsAreMissing() throws Exception {
        Path file = Files.writeString(directory.resolve("policy.json"), policy("block"));
        PolicyHolder holder = load(file);
        RecordingListener listener = new RecordingListener();
        watcher = PolicyWatcher.start(holder, listener, PolicyWatcher.DEFAULT_POLL_INTERVAL, false);

        writeAtomically(file, policy("monitor"));
        assertEquals(Mode.MONITOR, listener.nextReload(WITHIN).mode());
        Files.writeString(file, "{\"version\": 1, \"mode\": \"off\"}    \n");
        assertEquals(policy("monitor").length(), Files.size(file));
        assertEquals(Mode.OFF, listener.nextReload(WITHIN).mode(), "an in-place edit of the same size is seen too");
    }

    @Test
    void neverReloadsWhenTheContentIsUnchanged() throws Exception {
        Path file = Files.writeString(directory.resolve("policy.json"), policy("block"));
        PolicyHolder holder = load(file);
        Policy original = holder.current();
        RecordingListener listener = new RecordingListener();
        watcher = PolicyWatcher.start(holder, listener, FAST_POLL);

        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(60)));
        writeAtomically(file, policy("block"));
        Thread.sleep(FAST_POLL.toMillis() * 4);
        assertEquals(List.of(), listener.pending().stream().map(Object::toString).collect(
                java.util.stream.Collectors.toList()));
        assertSame(original, holder.current());

        // A real change afterwards is still applied: the watcher is alive, just quiet.
        writeAtomically(file, policy("monitor"));
        assertEquals(Mode.MONITOR, listener.nextReload(WITHIN).mode());
    }

    @Test
    void reportsAMissingFileOnceAndPicksUpItsReturn() throws Exception {
        Path file = Files.writeString(directory.resolve("policy.json"), policy("block"));
        PolicyHolder holder = load(file);
        Policy good = holder.current();
        RecordingListener listener = new RecordingListener();
        watcher = PolicyWatcher.start(holder, listener, FAST_POLL);

        Files.delete(file);
        RecordingListener.Event missing = listener.next(WITHIN);
        assertNotNull(missing.rejected);
        assertEquals(file + ": error: the policy file is missing; keeping the last good policy (sha256 "
                + good.sha256() + ")", missing.rejected.get(0).format());
        assertSame(good, holder.current());

        Thread.sleep(FAST_POLL.toMillis() * 3);
        assertEquals(0, listener.pending().size(), "reported once, not on every poll");

        Files.writeString(file, policy("monitor"));
        assertEquals(Mode.MONITOR, listener.nextReload(WITHIN).mode());
    }

    @Test
    void aFailingListenerDoesNotStopTheWatcher() throws Exception {
        Path file = Files.writeString(directory.resolve("policy.json"), policy("block"));
        PolicyHolder holder = load(file);
        AtomicBoolean failedOnce = new AtomicBoolean();
        RecordingListener recorder = new RecordingListener();
        watcher = PolicyWatcher.start(holder, new PolicyListener() {
            @Override
            public void onReload(Policy policy, List<Diagnostic> warnings) {
                if (failedOnce.compareAndSet(false, true)) {
                    throw new IllegalStateException("listener bug (expected by this test)");
                }
                recorder.onReload(policy, warnings);
            }

            @Override
            public void onRejected(List<Diagnostic> diagnostics) {
                recorder.onRejected(diagnostics);
            }
        }, FAST_POLL);

        writeAtomically(file, policy("monitor"));
        long deadline = System.nanoTime() + WITHIN.toNanos();
        while (!failedOnce.get() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertTrue(failedOnce.get());
        assertEquals(Mode.MONITOR, holder.current().mode(), "the swap happens before listeners run");

        writeAtomically(file, policy("off"));
        assertEquals(Mode.OFF, recorder.nextReload(WITHIN).mode());
    }

    @Test
    void runsOnOneNamedDaemonThreadThatCloseStops() throws Exception {
        Path file = Files.writeString(directory.resolve("policy.json"), policy("block"));
        watcher = PolicyWatcher.start(load(file), new RecordingListener(), FAST_POLL);
        Thread thread = watcherThread();
        assertNotNull(thread);
        assertTrue(thread.isDaemon());

        watcher.close();
        thread.join(WITHIN.toMillis());
        assertFalse(thread.isAlive());
    }

    @Test
    void requestsDuringReloadsAlwaysSeeOneWholeVersion() throws Exception {
        String protectedVersion = "{\"version\": 1, \"mode\": \"block\", \"authentication\": {\"schemes\": "
                + "{\"b\": {\"type\": \"http\", \"scheme\": \"bearer\"}}}, \"endpoints\": [{\"path\": \"/a\", "
                + "\"authentication\": [\"b\"]}]}";
        String publicVersion = "{\"version\": 1, \"mode\": \"monitor\", \"endpoints\": [{\"path\": \"/a\"}]}";
        Path file = Files.writeString(directory.resolve("policy.json"), protectedVersion);
        PolicyHolder holder = load(file);
        RecordingListener listener = new RecordingListener();
        watcher = PolicyWatcher.start(holder, listener, FAST_POLL);

        AtomicReference<String> inconsistency = new AtomicReference<>();
        AtomicBoolean running = new AtomicBoolean(true);
        Thread[] readers = new Thread[2];
        for (int i = 0; i < readers.length; i++) {
            readers[i] = new Thread(() -> {
                while (running.get()) {
                    Policy snapshot = holder.current();
                    boolean protectedRule = snapshot.resolve("GET", "/a").requiresAuthentication();
                    if (protectedRule != (snapshot.mode() == Mode.BLOCK)) {
                        inconsistency.set("mode " + snapshot.mode() + " with protected=" + protectedRule);
                    }
                }
            });
            readers[i].start();
        }
        for (int round = 0; round < 4; round++) {
            String next = round % 2 == 0 ? publicVersion : protectedVersion;
            writeAtomically(file, next);
            listener.nextReload(WITHIN);
        }
        running.set(false);
        for (Thread reader : readers) {
            reader.join();
        }
        assertNull(inconsistency.get());
    }

    private static Thread watcherThread() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals(PolicyWatcher.THREAD_NAME)).findFirst().orElse(null);
    }

    private static List<String> formatted(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(Diagnostic::format).collect(java.util.stream.Collectors.toList());
    }
}
