package dev.palisade.bridge;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Where bridge-level failures go. The runtime installs a listener that counts and logs each site
 * once; before that (or if the listener itself fails) failures are counted here and the first one
 * is printed to stderr, so nothing is ever silent and nothing ever reaches the application.
 */
public final class AgentFailures {

    private static final AtomicLong UNHANDLED = new AtomicLong();
    private static volatile FailureListener listener;

    private AgentFailures() {
    }

    public static void install(FailureListener newListener) {
        listener = newListener;
    }

    public static void report(String site, Throwable failure) {
        FailureListener current = listener;
        if (current != null) {
            try {
                current.onFailure(site, failure);
                return;
            } catch (Throwable ignored) {
                // fall through to the last-resort path below
            }
        }
        if (UNHANDLED.getAndIncrement() == 0) {
            try {
                System.err.println("[palisade] ERROR agent failure at " + site + " (request continues): " + failure);
            } catch (Throwable ignored) {
                // stderr closed: nothing more we can do without risking the host
            }
        }
    }

    /** Failures that no listener took. */
    public static long unhandledCount() {
        return UNHANDLED.get();
    }
}
