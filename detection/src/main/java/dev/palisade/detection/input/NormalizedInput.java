package dev.palisade.detection.input;

/**
 * One request value after {@link InputNormalizer}: the raw value cut at the inspection cap and its
 * decoded, case-folded form that detectors inspect. Immutable.
 */
public final class NormalizedInput {
    private final String raw;
    private final String text;
    private final int originalLength;
    private final boolean truncated;
    private final boolean overlongUtf8;

    NormalizedInput(String raw, String text, int originalLength, boolean truncated, boolean overlongUtf8) {
        this.raw = raw;
        this.text = text;
        this.originalLength = originalLength;
        this.truncated = truncated;
        this.overlongUtf8 = overlongUtf8;
    }

    /** The raw value; for a truncated value its inspected head and tail joined by a newline. */
    public String raw() {
        return raw;
    }

    /** The decoded, NFKC-normalized, lower-cased value that detectors inspect. */
    public String text() {
        return text;
    }

    /** Length of the value before the inspection cap was applied. */
    public int originalLength() {
        return originalLength;
    }

    /** Whether the value was longer than the inspection cap, so only its head and tail were inspected. */
    public boolean truncated() {
        return truncated;
    }

    /**
     * Whether decoding met an overlong UTF-8 sequence (such as {@code %c0%ae} for a dot): never produced
     * by a conforming encoder, a classic way to smuggle {@code .} and {@code /} past naive filters.
     */
    public boolean overlongUtf8() {
        return overlongUtf8;
    }
}
