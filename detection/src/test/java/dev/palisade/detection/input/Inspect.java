package dev.palisade.detection.input;

import java.util.EnumSet;

/** Test helper: runs one detector on a raw value through the normalizer, as the inspector does. */
final class Inspect {
    private Inspect() {
    }

    static Detection with(Category category, String raw) {
        return InputInspector.create(EnumSet.of(category)).inspect(raw).detection(category);
    }

    /** Asserts that the detector of {@code category} reports {@code raw} with this reason and confidence. */
    static void assertReason(Category category, String raw, String reason, Confidence confidence) {
        Detection d = with(category, raw);
        org.junit.jupiter.api.Assertions.assertNotNull(d, describe(category, raw));
        org.junit.jupiter.api.Assertions.assertEquals(reason, d.reason(), describe(category, raw));
        org.junit.jupiter.api.Assertions.assertEquals(confidence, d.confidence(), describe(category, raw));
    }

    static String describe(Category category, String raw) {
        Detection d = with(category, raw);
        return "[" + raw + "] -> " + (d == null ? "nothing" : d.toString());
    }
}
