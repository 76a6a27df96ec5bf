package dev.palisade.detection.sql.corpus;

import java.nio.charset.StandardCharsets;

/** One row of a corpus slice (see {@code src/test/resources/corpus/README.md}). */
final class CorpusRow {
    final String file;
    final String payload;
    final String payloadUrldecoded;
    final String label;
    final String category;
    final boolean payloadLatin1;
    final boolean urldecodedLatin1;

    CorpusRow(String file, String payload, String payloadUrldecoded, String label, String category,
            boolean payloadLatin1, boolean urldecodedLatin1) {
        this.file = file;
        this.payload = payload;
        this.payloadUrldecoded = payloadUrldecoded;
        this.label = label;
        this.category = category;
        this.payloadLatin1 = payloadLatin1;
        this.urldecodedLatin1 = urldecodedLatin1;
    }

    boolean isAttack(String wantedCategory) {
        return "attack".equals(label) && wantedCategory.equals(category);
    }

    boolean isBenign() {
        return "benign".equals(label);
    }

    /**
     * The value a servlet hands the application: the URL-decoded form when the list line held
     * {@code %XX} escapes, else the payload. When those bytes are not valid UTF-8 (the latin-1 flags:
     * each character stands for one byte) they are decoded as UTF-8 with replacement characters, as
     * a UTF-8 servlet container does.
     */
    String servletValue() {
        boolean decoded = payloadUrldecoded != null;
        String value = decoded ? payloadUrldecoded : payload;
        boolean latin1Bytes = decoded ? urldecodedLatin1 : payloadLatin1;
        if (latin1Bytes) {
            return new String(value.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        }
        return value;
    }
}
