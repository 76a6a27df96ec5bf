package dev.palisade.detection.input;

import java.util.Arrays;

/**
 * Splits a normalized value into path segments: runs of ASCII letters, digits, {@code . _ - ~ $ @}
 * separated by "glue" (slashes, backslashes, and any other char: decoding leftovers such as
 * {@code À}, private-use chars from bogus {@code %uXXXX} escapes, control chars, {@code ;}). For each
 * segment it records whether the glue before it holds a real separator, other junk, or whitespace.
 * Traversal and sensitive-target rules then read segments instead of characters. One pass.
 */
final class PathSegments {
    static final int GLUE_SLASH = 1;
    static final int GLUE_JUNK = 2;
    static final int GLUE_SPACE = 4;
    /** The value starts right before this segment (only glue, if anything, precedes it). */
    static final int AT_START = 8;

    int[] start = new int[16];
    int[] end = new int[16];
    int[] glueBefore = new int[16];
    /** Index of the first char of the glue before the segment. */
    int[] glueStart = new int[16];
    int count;
    String s;

    /** Splits {@code s}; this object must be new or {@link #clear() cleared}. Returns this. */
    PathSegments split(String s) {
        this.s = s;
        int n = s.length();
        int i = 0;
        int glue = 0;
        int gStart = 0;
        boolean first = true;
        while (i < n) {
            char c = s.charAt(i);
            if (isSegmentChar(c)) {
                int from = i;
                while (i < n && isSegmentChar(s.charAt(i))) {
                    i++;
                }
                add(from, i, glue | (first ? AT_START : 0), gStart);
                first = false;
                glue = 0;
                gStart = i;
                continue;
            }
            if (c == '/' || c == '\\') {
                glue |= GLUE_SLASH;
            } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0b || c == 0xa0) {
                glue |= GLUE_SPACE;
            } else {
                glue |= GLUE_JUNK;
            }
            i++;
        }
        return this;
    }

    /**
     * Empties these segments for reuse, leaving them as new ones would be (arrays zeroed where used), or
     * returns false when they grew too large to keep.
     */
    boolean clear() {
        if (start.length > 64) {
            return false;
        }
        for (int i = 0; i < count; i++) {
            start[i] = 0;
            end[i] = 0;
            glueBefore[i] = 0;
            glueStart[i] = 0;
        }
        count = 0;
        s = null;
        return true;
    }

    /** ASCII letters, digits and {@code . _ - ~ $ @}: the chars of a segment, looked up per char of the value. */
    private static final boolean[] SEGMENT_CHAR = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            SEGMENT_CHAR[c] = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-'
                    || c == '~' || c == '$' || c == '@' || c >= 'A' && c <= 'Z';
        }
    }

    static boolean isSegmentChar(char c) {
        return c < 128 && SEGMENT_CHAR[c];
    }

    private void add(int from, int to, int glue, int gStart) {
        if (count == start.length) {
            int size = count * 2;
            start = Arrays.copyOf(start, size);
            end = Arrays.copyOf(end, size);
            glueBefore = Arrays.copyOf(glueBefore, size);
            glueStart = Arrays.copyOf(glueStart, size);
        }
        start[count] = from;
        end[count] = to;
        glueBefore[count] = glue;
        glueStart[count] = gStart;
        count++;
    }

    int length(int i) {
        return end[i] - start[i];
    }

    boolean is(int i, String name) {
        return i >= 0 && i < count && length(i) == name.length() && s.startsWith(name, start[i]);
    }

    /** Whether segment {@code i} is made of dots only, at least two: a parent-directory reference. */
    boolean isDots(int i) {
        if (length(i) < 2) {
            return false;
        }
        for (int k = start[i]; k < end[i]; k++) {
            if (s.charAt(k) != '.') {
                return false;
            }
        }
        return true;
    }

    /** Whether segments {@code i-1} and {@code i} are joined without whitespace (part of one path). */
    boolean joined(int i) {
        return i > 0 && i < count && (glueBefore[i] & GLUE_SPACE) == 0 && glueBefore[i] != 0;
    }
}
