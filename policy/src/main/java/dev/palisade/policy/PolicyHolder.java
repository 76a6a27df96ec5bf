package dev.palisade.policy;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The policy in force. Request threads call {@link #current()} once per request and use that
 * snapshot throughout, so a reload in the middle of a request never mixes two versions; the
 * watcher calls {@link #replace(Policy)} to swap in a new version atomically.
 */
public final class PolicyHolder {

    private final AtomicReference<Policy> current;

    /** @param initial the policy validated at startup */
    public PolicyHolder(Policy initial) {
        this.current = new AtomicReference<>(Objects.requireNonNull(initial, "initial"));
    }

    /** The policy in force; never {@code null}. */
    public Policy current() {
        return current.get();
    }

    /** Puts {@code next} in force and returns the policy it replaced. */
    public Policy replace(Policy next) {
        return current.getAndSet(Objects.requireNonNull(next, "next"));
    }
}
