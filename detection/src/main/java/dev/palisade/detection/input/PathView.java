package dev.palisade.detection.input;

/**
 * The value as the path rules read it: separators written as text ({@code 0x2f}, {@code 0x5c},
 * {@code 0x2e}, and {@code 2f}/{@code 5c} right after {@code ..}) become the chars they name, and
 * leftover bogus escapes ({@code %9v}, {@code %qf}, the split {@code %5%c}) are dropped: encoders that
 * fuzz file servers emit them and some servers skip them. Keeps a map back to the inspected string so
 * that findings still index it.
 */
final class PathView {
    final String text;
    private final int[] origin;

    private PathView(String text, int[] origin) {
        this.text = text;
        this.origin = origin;
    }

    /** Index in the inspected string of char {@code i} of {@link #text}. */
    int originOf(int i) {
        if (origin == null) {
            return i;
        }
        return i >= origin.length ? (origin.length == 0 ? 0 : origin[origin.length - 1] + 1) : origin[i];
    }

    static PathView of(String s) {
        if (s.indexOf('%') < 0 && s.indexOf("0x") < 0 && s.indexOf("..2f") < 0 && s.indexOf("..5c") < 0) {
            return new PathView(s, null);
        }
        int n = s.length();
        StringBuilder out = new StringBuilder(n);
        int[] origin = new int[n];
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '0' && i + 3 < n && s.charAt(i + 1) == 'x') {
                char named = named(s.charAt(i + 2), s.charAt(i + 3));
                if (named != 0) {
                    origin[out.length()] = i;
                    out.append(named);
                    i += 4;
                    continue;
                }
            }
            if ((c == '2' || c == '5') && i >= 2 && i + 1 < n && s.charAt(i - 1) == '.' && s.charAt(i - 2) == '.') {
                char named = named(c, s.charAt(i + 1));
                if (named == '/' || named == '\\') {
                    origin[out.length()] = i;
                    out.append(named);
                    i += 2;
                    continue;
                }
            }
            if (c == '%') {
                int skip = bogusEscape(s, i);
                if (skip == 4) {
                    // %2%e: an escape split by an inserted '%'; lenient servers join it back.
                    int value = PercentDecoding.hexDigit(s.charAt(i + 1)) * 16 + PercentDecoding.hexDigit(s.charAt(i + 3));
                    if (value == '.' || value == '/' || value == '\\') {
                        origin[out.length()] = i;
                        out.append((char) value);
                    }
                }
                if (skip > 0) {
                    if (skip != 4 || out.length() == 0 || origin[out.length() - 1] != i) {
                        // Keep segments apart where the junk was: etc%bg%qfpasswd is etc, junk, passwd.
                        origin[out.length()] = i;
                        out.append('\u0001');
                    }
                    i += skip;
                    continue;
                }
            }
            origin[out.length()] = i;
            out.append(c);
            i++;
        }
        return new PathView(out.toString(), java.util.Arrays.copyOf(origin, out.length()));
    }

    private static char named(char hi, char lo) {
        if (hi == '2' && lo == 'f') {
            return '/';
        }
        if (hi == '5' && lo == 'c') {
            return '\\';
        }
        if (hi == '2' && lo == 'e') {
            return '.';
        }
        return 0;
    }

    /** Length of a bogus escape at {@code i} ({@code %9v}, {@code %5%c}), or 0. */
    private static int bogusEscape(String s, int i) {
        int n = s.length();
        if (i + 1 >= n || !isAlnum(s.charAt(i + 1))) {
            return 0;
        }
        if (i + 3 < n && s.charAt(i + 2) == '%' && isAlnum(s.charAt(i + 3))
                && PercentDecoding.hexDigit(s.charAt(i + 1)) >= 0 && PercentDecoding.hexDigit(s.charAt(i + 3)) >= 0) {
            return 4; // %5%c: an escape split by an inserted '%'
        }
        if (i + 2 < n && isAlnum(s.charAt(i + 2))) {
            return 3;
        }
        return 2;
    }

    private static boolean isAlnum(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }
}
