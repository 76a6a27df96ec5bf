package dev.palisade.detection.input;

/** Placeholder. */
public final class PathTraversalDetector implements InputDetector {
    @Override
    public Category category() {
        return Category.PATH;
    }

    @Override
    public Detection detect(NormalizedInput input) {
        return null;
    }
}
