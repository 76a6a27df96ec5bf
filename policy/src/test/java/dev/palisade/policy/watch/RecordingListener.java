package dev.palisade.policy.watch;

import static org.junit.jupiter.api.Assertions.fail;

import dev.palisade.policy.Policy;
import dev.palisade.policy.validate.Diagnostic;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Records what the watcher reports; tests wait on it with a deadline instead of sleeping. */
final class RecordingListener implements PolicyListener {

    /** One callback. */
    static final class Event {
        final Policy reloaded;
        final List<Diagnostic> rejected;

        Event(Policy reloaded, List<Diagnostic> rejected) {
            this.reloaded = reloaded;
            this.rejected = rejected;
        }

        @Override
        public String toString() {
            return reloaded != null ? "reload " + reloaded.sha256() : "rejected " + rejected;
        }
    }

    private final LinkedBlockingQueue<Event> events = new LinkedBlockingQueue<>();

    @Override
    public void onReload(Policy policy, List<Diagnostic> warnings) {
        events.add(new Event(policy, null));
    }

    @Override
    public void onRejected(List<Diagnostic> diagnostics) {
        events.add(new Event(null, diagnostics));
    }

    /** The next event, failing the test when none comes within {@code timeout}. */
    Event next(Duration timeout) throws InterruptedException {
        Event event = events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (event == null) {
            fail("no reload or rejection within " + timeout.toMillis() + " ms");
        }
        return event;
    }

    /** The next reload, skipping rejections of half-written states, within {@code timeout}. */
    Policy nextReload(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            Event event = events.poll(Math.max(0, left), TimeUnit.NANOSECONDS);
            if (event == null) {
                fail("no reload within " + timeout.toMillis() + " ms");
            }
            if (event.reloaded != null) {
                return event.reloaded;
            }
        }
    }

    /** Events that arrived and were not consumed yet. */
    List<Event> pending() {
        return List.copyOf(events);
    }
}
