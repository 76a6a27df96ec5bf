package dev.palisade.detection.input;

/** Placeholder. */
public final class XssDetector implements InputDetector {
    @Override
    public Category category() {
        return Category.XSS;
    }

    @Override
    public Detection detect(NormalizedInput input) {
        return null;
    }
}
