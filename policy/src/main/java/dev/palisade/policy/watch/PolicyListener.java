package dev.palisade.policy.watch;

import dev.palisade.policy.Policy;
import dev.palisade.policy.validate.Diagnostic;
import java.util.List;

/**
 * Told what a {@link PolicyWatcher} did with a changed policy file. Called on the watcher thread;
 * implementations should be quick (print, enqueue a telemetry record) and must not block.
 */
public interface PolicyListener {

    /** A new valid version is in force (the holder already has it). Warnings are in the result log. */
    void onReload(Policy policy, List<Diagnostic> warnings);

    /**
     * A changed file was rejected: invalid, missing or unreadable. The last good policy stays in force.
     *
     * @param diagnostics at least one error, naming the file
     */
    void onRejected(List<Diagnostic> diagnostics);
}
