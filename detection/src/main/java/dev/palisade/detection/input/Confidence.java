package dev.palisade.detection.input;

/**
 * How sure a detector is that an input is an attack. Policies may block only from a given level up;
 * every level is reported.
 */
public enum Confidence {
    /** Attack-shaped but plausible in ordinary input (for example a lone {@code ../} before a file name). */
    LOW,
    /** A clear attack grammar with a benign reading that is rare (for example {@code ' or 'a'='a}). */
    MEDIUM,
    /** Unambiguous attack syntax (for example {@code UNION SELECT}, {@code <script}, {@code ;cat /etc/passwd}). */
    HIGH;

    /** Whether this level is at least {@code other}. */
    public boolean atLeast(Confidence other) {
        return compareTo(other) >= 0;
    }
}
