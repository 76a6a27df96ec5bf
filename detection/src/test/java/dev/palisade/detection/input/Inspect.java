package dev.palisade.detection.input;

import java.util.EnumSet;

/** Test helper: runs one detector on a raw value through the normalizer, as the inspector does. */
final class Inspect {
    private Inspect() {
    }

    static Detection with(Category category, String raw) {
        return InputInspector.create(EnumSet.of(category)).inspect(raw).detection(category);
    }

    static String describe(Category category, String raw) {
        Detection d = with(category, raw);
        return "[" + raw + "] -> " + (d == null ? "nothing" : d.toString());
    }
}
