package dev.palisade.detection.input;

/**
 * One attack category's recognizer. Implementations are stateless and thread-safe, run in time linear
 * in the input, and never use backtracking regular expressions on request data.
 */
public interface InputDetector {
    /** The category this detector reports. */
    Category category();

    /**
     * Inspects one normalized value.
     *
     * @return the strongest finding, or {@code null} when the value does not look like this attack
     */
    Detection detect(NormalizedInput input);
}
