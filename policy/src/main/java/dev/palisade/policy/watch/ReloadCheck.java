package dev.palisade.policy.watch;

import dev.palisade.policy.PolicyHolder;
import dev.palisade.policy.PolicyLoadResult;
import dev.palisade.policy.PolicyLoader;
import dev.palisade.policy.Quote;
import dev.palisade.policy.validate.Diagnostic;
import dev.palisade.policy.validate.PolicyParser;
import dev.palisade.policy.validate.Severity;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * One decision of the watcher: has the file really changed, and if so, apply or reject the new
 * version. Runs on the watcher thread only.
 */
final class ReloadCheck {

    private final Path file;
    private final PolicyHolder holder;
    private final PolicyListener listener;
    private final long fullCheckNanos;

    private FileSnapshot lastSnapshot;
    /** Hash of the last version applied or rejected: the same bytes are never processed twice. */
    private String lastHash;
    private long lastFullCheck;
    /** The read failure already reported, so a missing file is reported once, not every poll. */
    private String reportedFailure;
    private int consecutiveFailures;

    ReloadCheck(Path file, PolicyHolder holder, PolicyListener listener, long fullCheckNanos) {
        this.file = file;
        this.holder = holder;
        this.listener = listener;
        this.fullCheckNanos = fullCheckNanos;
        this.lastHash = holder.current().sha256();
        this.lastFullCheck = System.nanoTime() - fullCheckNanos;
    }

    /** @param eventSeen whether a watch event arrived (then the file is read even if it looks unchanged) */
    void run(boolean eventSeen) {
        FileSnapshot snapshot;
        byte[] bytes;
        try {
            snapshot = FileSnapshot.of(file);
            long now = System.nanoTime();
            boolean due = now - lastFullCheck >= fullCheckNanos;
            if (!eventSeen && !due && snapshot.equals(lastSnapshot)) {
                return;
            }
            lastFullCheck = now;
            bytes = PolicyLoader.read(file);
        } catch (IOException e) {
            readFailed(e);
            return;
        }
        consecutiveFailures = 0;
        reportedFailure = null;
        lastSnapshot = snapshot;
        String hash = PolicyParser.sha256(bytes);
        if (hash.equals(lastHash)) {
            return;
        }
        lastHash = hash;
        PolicyLoadResult result = PolicyLoader.parse(bytes, file);
        if (result.isValid()) {
            holder.replace(result.policy());
            notify(() -> listener.onReload(result.policy(), result.warnings()));
        } else {
            notify(() -> listener.onRejected(result.diagnostics()));
        }
    }

    private void readFailed(IOException e) {
        // A rename-replace can leave the name missing for an instant: report only a lasting failure.
        if (++consecutiveFailures < 2) {
            return;
        }
        String reason = e instanceof NoSuchFileException ? "the policy file is missing"
                : "the policy file cannot be read: " + Quote.controlCharacters(String.valueOf(e.getMessage()));
        if (reason.equals(reportedFailure)) {
            return;
        }
        reportedFailure = reason;
        lastSnapshot = null;
        Diagnostic diagnostic = new Diagnostic(Severity.ERROR, file.toString(), 0, 0, "",
                reason + "; keeping the last good policy (sha256 " + holder.current().sha256() + ")", null);
        notify(() -> listener.onRejected(List.of(diagnostic)));
    }

    private void notify(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            // The listener's failure must not stop the watching; say so rather than swallow it.
            System.err.println("palisade: policy listener failed: " + e);
        }
    }
}
