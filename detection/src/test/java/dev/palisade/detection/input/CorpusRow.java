package dev.palisade.detection.input;

/** One labelled row of a test corpus slice. */
final class CorpusRow {
    final String file;
    final String payload;
    final String label;
    final String category;
    final String source;

    CorpusRow(String file, String payload, String label, String category, String source) {
        this.file = file;
        this.payload = payload;
        this.label = label;
        this.category = category;
        this.source = source;
    }

    boolean isAttack() {
        return "attack".equals(label);
    }
}
