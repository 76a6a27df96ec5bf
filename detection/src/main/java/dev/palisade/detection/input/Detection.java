package dev.palisade.detection.input;

import java.util.Objects;

/**
 * One finding of one detector on one input value: an immutable value.
 *
 * <p>The evidence span {@code [start, end)} indexes the inspected string, that is
 * {@link InspectionResult#inspected()} (the normalized, case-folded form of the value, cut at the
 * inspection cap), not the raw value: decoding changes lengths, and the normalized form is what the
 * detector judged.
 */
public final class Detection {
    private final Category category;
    private final Confidence confidence;
    private final int start;
    private final int end;
    private final String reason;

    /**
     * @param category   what kind of attack
     * @param confidence how sure the detector is
     * @param start      first char of the evidence in the inspected string (inclusive)
     * @param end        end of the evidence in the inspected string (exclusive), at least {@code start}
     * @param reason     a short, stable reason code such as {@code "sqli.union_select"}
     */
    public Detection(Category category, Confidence confidence, int start, int end, String reason) {
        this.category = Objects.requireNonNull(category, "category");
        this.confidence = Objects.requireNonNull(confidence, "confidence");
        this.reason = Objects.requireNonNull(reason, "reason");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("evidence span [" + start + ", " + end + ") is not a valid range");
        }
        this.start = start;
        this.end = end;
    }

    public Category category() {
        return category;
    }

    public Confidence confidence() {
        return confidence;
    }

    /** Start of the evidence in the inspected string, inclusive. */
    public int start() {
        return start;
    }

    /** End of the evidence in the inspected string, exclusive. */
    public int end() {
        return end;
    }

    /** Short stable code naming the grammar feature that matched, e.g. {@code "xss.event_handler"}. */
    public String reason() {
        return reason;
    }

    /** The same finding with another confidence. */
    public Detection withConfidence(Confidence newConfidence) {
        return newConfidence == confidence ? this : new Detection(category, newConfidence, start, end, reason);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Detection)) {
            return false;
        }
        Detection other = (Detection) o;
        return category == other.category && confidence == other.confidence && start == other.start
                && end == other.end && reason.equals(other.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(category, confidence, start, end, reason);
    }

    @Override
    public String toString() {
        return category.policyName() + "/" + confidence + " " + reason + " [" + start + "," + end + ")";
    }
}
