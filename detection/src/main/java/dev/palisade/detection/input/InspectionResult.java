package dev.palisade.detection.input;

import java.util.Collections;
import java.util.List;

/**
 * What {@link InputInspector} found in one value: the findings (at most one per category, strongest
 * first), the inspected string their evidence spans index, and whether the value was cut at the
 * inspection cap. Immutable. Clean results are shared constants, so inspecting benign input does not
 * allocate a result.
 */
public final class InspectionResult {
    private static final InspectionResult CLEAN = new InspectionResult(Collections.emptyList(), "", false);
    private static final InspectionResult CLEAN_TRUNCATED = new InspectionResult(Collections.emptyList(), "", true);

    private final List<Detection> detections;
    private final String inspected;
    private final boolean truncated;

    private InspectionResult(List<Detection> detections, String inspected, boolean truncated) {
        this.detections = detections;
        this.inspected = inspected;
        this.truncated = truncated;
    }

    static InspectionResult clean(boolean truncated) {
        return truncated ? CLEAN_TRUNCATED : CLEAN;
    }

    static InspectionResult of(List<Detection> detections, NormalizedInput input) {
        if (detections.isEmpty()) {
            return clean(input.truncated());
        }
        return new InspectionResult(Collections.unmodifiableList(detections), input.text(), input.truncated());
    }

    /** The findings, strongest confidence first; empty when nothing was found. */
    public List<Detection> detections() {
        return detections;
    }

    /** Whether nothing was found. */
    public boolean isClean() {
        return detections.isEmpty();
    }

    /** The finding for {@code category}, or {@code null}. */
    public Detection detection(Category category) {
        for (Detection d : detections) {
            if (d.category() == category) {
                return d;
            }
        }
        return null;
    }

    /**
     * The normalized string the findings' spans index; empty for a clean result (it is not kept, to
     * spare the copy).
     */
    public String inspected() {
        return inspected;
    }

    /** The evidence of {@code detection} as it appears in {@link #inspected()}. */
    public String evidence(Detection detection) {
        return inspected.substring(Math.min(detection.start(), inspected.length()),
                Math.min(detection.end(), inspected.length()));
    }

    /** Whether the value was longer than the inspection cap and only its head and tail were inspected. */
    public boolean truncated() {
        return truncated;
    }

    @Override
    public String toString() {
        return "InspectionResult" + detections + (truncated ? " (truncated)" : "");
    }
}
