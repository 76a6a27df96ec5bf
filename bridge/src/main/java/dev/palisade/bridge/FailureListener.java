package dev.palisade.bridge;

/** Receives failures of agent code that runs on application threads. */
public interface FailureListener {

    /**
     * Records one failure. Must not throw.
     *
     * @param site a short stable name of where it happened, e.g. {@code servlet.enter}
     */
    void onFailure(String site, Throwable failure);
}
