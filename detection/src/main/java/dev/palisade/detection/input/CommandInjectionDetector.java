package dev.palisade.detection.input;

/** Placeholder. */
public final class CommandInjectionDetector implements InputDetector {
    @Override
    public Category category() {
        return Category.CMDI;
    }

    @Override
    public Detection detect(NormalizedInput input) {
        return null;
    }
}
