package dev.palisade.detection.input;

/**
 * Path traversal and sensitive file access detector. On the decoded value (so {@code %2e%2e%2f},
 * {@code %c0%ae}, {@code %uff0e} and {@code ．．／} are already {@code ../}) it reads path segments
 * ({@link PathSegments}) and reports: runs of parent references ({@code ../../}, {@code ..\}, {@code ....//},
 * with decoding junk between them), references to well-known sensitive files ({@link PathTargets}),
 * absolute paths into system directories ({@code /etc/}, {@code /proc/}, {@code C:\Windows}),
 * {@code file:} URLs and stream wrappers ({@code php://filter}), hidden dot-files ({@code /.env}) and NUL
 * bytes that truncate a file name. Ordinary relative names and URLs ({@code img/a.png},
 * {@code https://x/y}, {@code foo../bar}) do not match: a parent reference must be a whole segment.
 */
public final class PathTraversalDetector implements InputDetector {
    private static final String[] WRAPPERS = {"php://", "zip://", "phar://", "expect://", "glob://", "compress.zlib://",
        "compress.bzip2://", "data://text", "jar:file:", "netdoc:", "gopher://"};
    /** Chars that start a path, or may ({@code .} before {@code .}, {@code x} after {@code 0}): see {@link #mayHoldPath}. */
    private static final boolean[] PATH_CHAR = new boolean[128];

    static {
        for (char c = 0; c < ' '; c++) {
            PATH_CHAR[c] = c != '\t';
        }
        for (char c : "/\\:.x".toCharArray()) {
            PATH_CHAR[c] = true;
        }
    }

    /** Index of the first ':' in each of {@link #WRAPPERS}. */
    private static final int[] WRAPPER_COLONS = new int[WRAPPERS.length];

    static {
        for (int w = 0; w < WRAPPERS.length; w++) {
            WRAPPER_COLONS[w] = WRAPPERS[w].indexOf(':');
        }
    }

    @Override
    public Category category() {
        return Category.PATH;
    }

    @Override
    public Detection detect(NormalizedInput input) {
        Detection d = detect(input.text());
        if (d == null && input.text() != input.raw()) {
            d = encodedParentReference(input);
        }
        // Base64 is case-sensitive: decode the raw value, not the case-folded text.
        return d != null ? d : base64Path(input.raw());
    }

    /**
     * A lone parent reference ({@code ../}) is how relative links are written and is not reported; one
     * whose dots or separator had to be decoded first ({@code %2e%2e%2f}, {@code ..%2f},
     * {@code %252e%252e%252f}, {@code %c0%ae%c0%ae/}) is not: no link or form writes it, a traversal
     * probe checking which encoding the server decodes does. LOW: it reaches no file by itself.
     */
    private static Detection encodedParentReference(NormalizedInput input) {
        String text = input.text();
        int at = parentReference(text);
        if (at < 0) {
            return null;
        }
        String raw = input.raw();
        if (raw.contains("../") || raw.contains("..\\")) {
            return null; // written plainly: judged by detect(text) as any relative path
        }
        return new Detection(Category.PATH, Confidence.LOW, at, at + 3, "path.encoded_traversal");
    }

    /** Index of the first {@code ../} or {@code ..\} that is a whole segment, or -1. */
    private static int parentReference(String s) {
        for (int i = s.indexOf(".."); i >= 0 && i + 2 < s.length(); i = s.indexOf("..", i + 1)) {
            char after = s.charAt(i + 2);
            boolean segmentStart = i == 0 || s.charAt(i - 1) == '/' || s.charAt(i - 1) == '\\' || s.charAt(i - 1) <= ' ';
            if ((after == '/' || after == '\\') && segmentStart) {
                return i;
            }
        }
        return -1;
    }

    Detection detect(String inspected) {
        if (!mayHoldPath(inspected)) {
            return null;
        }
        PathView view = PathView.of(inspected);
        Detection d = detectIn(view.text);
        if (d == null || view.text == inspected) {
            return d;
        }
        int from = view.originOf(d.start());
        int to = Math.max(from, view.originOf(Math.max(d.start(), d.end() - 1)) + 1);
        return new Detection(Category.PATH, d.confidence(), from, Math.min(to, inspected.length()), d.reason());
    }

    private static Detection detectIn(String s) {
        Detection wrapper = schemes(s);
        if (wrapper != null) {
            return wrapper;
        }
        Detection route = DevServerRoutes.find(s);
        if (route != null) {
            return route;
        }
        PathSegments p = DetectorScratch.current().pathSegments(s.length()).split(s);
        Detection best = null;
        int traversalSeen = -1;
        for (int i = 0; i < p.count; i++) {
            Detection d = null;
            if (p.isDots(i)) {
                int run = traversalRun(p, i);
                if (run > 0) {
                    traversalSeen = traversalSeen < 0 ? i : traversalSeen;
                    d = traversal(p, i, run);
                    i += run - 1;
                }
            } else {
                int last = PathTargets.match(p, i);
                if (last >= 0) {
                    d = target(p, i, last, traversalSeen);
                } else if (isAbsoluteStart(p, i)) {
                    d = absolute(p, i);
                }
                if (d == null) {
                    d = hiddenFile(p, i);
                }
                if (d == null) {
                    d = windowsDrive(p, i);
                }
                if (d == null) {
                    d = backupOrLogFile(p, i);
                }
            }
            if (d != null && d.confidence() == Confidence.HIGH) {
                return d;
            }
            best = SqlInjectionDetector.stronger(best, d);
        }
        if (best == null && s.indexOf('\0') >= 0) {
            int nul = s.indexOf('\0');
            return new Detection(Category.PATH, Confidence.MEDIUM, nul, nul + 1, "path.null_byte");
        }
        return best;
    }

    /**
     * A value that is wholly base64 of printable text holding a path ({@code Li4vLi4vZXRjL3Bhc3N3ZA==} is
     * {@code ../../etc/passwd}): applications that take file references base64-encoded decode it for the
     * attacker. Reported with the whole value as evidence.
     */
    private static Detection base64Path(String s) {
        String decoded = Base64Text.decodePrintable(s);
        if (decoded == null || decoded.indexOf('/') < 0 && decoded.indexOf('\\') < 0) {
            return null;
        }
        Detection inner = detectIn(PathView.of(decoded.toLowerCase(java.util.Locale.ROOT)).text);
        if (inner == null || inner.confidence() == Confidence.LOW) {
            return null;
        }
        return new Detection(Category.PATH, inner.confidence(), 0, s.length(), "path.base64_" + inner.reason().substring(5));
    }

    private static boolean mayHoldPath(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                return true;
            }
            if (PATH_CHAR[c]) {
                if (c == '.') {
                    if (i + 1 < s.length() && s.charAt(i + 1) == '.') {
                        return true;
                    }
                } else if (c == 'x') {
                    if (i > 0 && s.charAt(i - 1) == '0') {
                        return true;
                    }
                } else {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code file:} URLs and stream wrappers that read files or run code: php://filter, zip://, phar://. */
    private static Detection schemes(String s) {
        for (int i = s.indexOf(':'); i >= 0; i = s.indexOf(':', i + 1)) {
            if (i >= 4 && s.startsWith("file:", i - 4) && i + 1 < s.length() && (s.charAt(i + 1) == '/' || s.charAt(i + 1) == '\\')
                    && (i == 4 || !Character.isLetterOrDigit(s.charAt(i - 5)))) {
                return new Detection(Category.PATH, Confidence.HIGH, i - 4, i + 2, "path.file_url");
            }
            for (int k = 0; k < WRAPPERS.length; k++) {
                String w = WRAPPERS[k];
                int start = i - WRAPPER_COLONS[k];
                if (start >= 0 && s.charAt(start) == w.charAt(0) && s.startsWith(w, start) && (start == 0 || !Character.isLetterOrDigit(s.charAt(start - 1)))) {
                    return new Detection(Category.PATH, Confidence.HIGH, start, start + w.length(), "path.stream_wrapper");
                }
            }
        }
        return null;
    }

    /** Number of consecutive parent-reference segments from {@code i} joined by separators or junk. */
    private static int traversalRun(PathSegments p, int i) {
        int run = 0;
        int j = i;
        while (j < p.count && p.isDots(j) && gluedAfter(p, j)) {
            run++;
            j++;
        }
        return run;
    }

    /** Whether segment {@code j} is followed by glue (a separator or junk, no space) or by the end. */
    private static boolean gluedAfter(PathSegments p, int j) {
        int after = p.end[j];
        if (after >= p.s.length()) {
            return false;
        }
        char c = p.s.charAt(after);
        return c == '/' || c == '\\' || !PathSegments.isSegmentChar(c) && c > ' ' || c == 0;
    }

    private static Detection traversal(PathSegments p, int i, int run) {
        int last = i + run - 1;
        int afterRun = last + 1;
        int target = afterRun < p.count && p.joined(afterRun) ? PathTargets.match(p, afterRun) : -1;
        int from = p.start[i];
        if (target >= 0) {
            return new Detection(Category.PATH, Confidence.HIGH, from, p.end[target], "path.traversal_to_sensitive_file");
        }
        boolean slashes = true;
        for (int k = i; k <= last; k++) {
            char c = p.s.charAt(p.end[k]);
            slashes &= c == '/' || c == '\\';
        }
        if (run >= 2) {
            return new Detection(Category.PATH, slashes ? Confidence.HIGH : Confidence.MEDIUM, from,
                    p.end[last] + 1, "path.traversal");
        }
        // A single "../" counts only when it is followed by a name in the same path.
        boolean named = slashes && afterRun < p.count && p.joined(afterRun) && (p.glueBefore[afterRun] & PathSegments.GLUE_JUNK) == 0;
        if (named) {
            return new Detection(Category.PATH, Confidence.LOW, from, p.end[afterRun], "path.traversal");
        }
        boolean enclosed = slashes && from > 0 && (p.s.charAt(from - 1) == '/' || p.s.charAt(from - 1) == '\\')
                && (afterRun >= p.count || !p.joined(afterRun) || p.end[last] + 1 >= p.s.length());
        return enclosed ? new Detection(Category.PATH, Confidence.LOW, from - 1, p.end[last] + 1, "path.traversal") : null;
    }

    private static Detection target(PathSegments p, int first, int last, int traversalSeen) {
        int from = p.start[first];
        int to = p.end[last];
        if (traversalSeen >= 0 || isAbsoluteStart(p, first) || hasRootBefore(p, first)) {
            return new Detection(Category.PATH, Confidence.HIGH, from, to, "path.sensitive_file");
        }
        boolean inPath = p.joined(first) && (p.glueBefore[first] & PathSegments.GLUE_SLASH) != 0;
        return PathTargets.strongAlone(p, first, last) || inPath
                ? new Detection(Category.PATH, Confidence.MEDIUM, from, to, "path.sensitive_file") : null;
    }

    /** Whether segment {@code i} is the first of an absolute path: "/x" at the start or after a space, '=', quote ... */
    private static boolean isAbsoluteStart(PathSegments p, int i) {
        int at = p.start[i];
        if (at == 0) {
            return false;
        }
        char slash = p.s.charAt(at - 1);
        if (slash != '/' && slash != '\\') {
            return false;
        }
        int k = at - 1;
        while (k > 0 && (p.s.charAt(k - 1) == '/' || p.s.charAt(k - 1) == '\\')) {
            k--;
        }
        if (k == 0) {
            return true;
        }
        char before = p.s.charAt(k - 1);
        return before <= ' ' || "\"'=><(,;|&`".indexOf(before) >= 0;
    }

    /** Whether an earlier segment of the same path is a system root ({@code /usr/local/etc/passwd}). */
    private static boolean hasRootBefore(PathSegments p, int i) {
        for (int k = i; k > 0 && p.joined(k); k--) {
            if (isAbsoluteStart(p, k - 1) && SensitivePaths.isSensitiveAbsolute(p.s, p.start[k - 1] - 1, p.end[i])) {
                return true;
            }
        }
        return false;
    }

    /** An absolute path into a system directory: /etc/..., /proc/..., /var/log/..., C:\Windows\... */
    private static Detection absolute(PathSegments p, int i) {
        int last = i;
        while (last + 1 < p.count && p.joined(last + 1) && (p.glueBefore[last + 1] & PathSegments.GLUE_JUNK) == 0) {
            last++;
        }
        if (isSystemDirectory(p, i, last)) {
            boolean deep = last > i;
            return new Detection(Category.PATH, deep ? Confidence.MEDIUM : Confidence.LOW, p.start[i] - 1, p.end[last],
                    "path.absolute_system_path");
        }
        return null;
    }

    /**
     * Whether the absolute path {@code /seg[i]/.../seg[last]} names system state: anything under /etc,
     * /proc, /sys, /root, /boot; files two levels under /var, /usr and /opt; devices other than the
     * harmless /dev/null, /dev/zero, /dev/random, /dev/tty; a file under /tmp.
     */
    private static boolean isSystemDirectory(PathSegments p, int i, int last) {
        boolean more = last > i;
        if (p.is(i, "etc") || p.is(i, "proc") || p.is(i, "sys") || p.is(i, "root") || p.is(i, "boot")) {
            return more;
        }
        if (!more) {
            return false;
        }
        int n = i + 1;
        if (p.is(i, "dev")) {
            return !(p.is(n, "null") || p.is(n, "zero") || p.is(n, "random") || p.is(n, "urandom") || p.is(n, "tty")
                    || p.is(n, "stdout") || p.is(n, "stderr") || p.is(n, "stdin"));
        }
        if (p.is(i, "var") || p.is(i, "usr") || p.is(i, "opt")) {
            return last > n;
        }
        return p.is(i, "tmp") && last >= n;
    }

    /** A Windows absolute path ({@code c:\Windows}, {@code d:/inetpub}): no request value should name one. */
    private static Detection windowsDrive(PathSegments p, int i) {
        int colon = p.end[i];
        if (p.length(i) != 1 || !Character.isLetter(p.s.charAt(p.start[i])) || colon + 1 >= p.s.length()
                || p.s.charAt(colon) != ':' || p.s.charAt(colon + 1) != '\\' && p.s.charAt(colon + 1) != '/') {
            return null;
        }
        int at = p.start[i];
        boolean boundary = at == 0 || "/\\\"'= (,;".indexOf(p.s.charAt(at - 1)) >= 0;
        if (!boundary || i + 1 >= p.count || p.start[i + 1] > colon + 3) {
            return null;
        }
        return new Detection(Category.PATH, Confidence.MEDIUM, at, p.end[i + 1], "path.absolute_system_path");
    }

    /**
     * A backup, dump or log file addressed by path ({@code /backup.sql.zip}, {@code /site.bak},
     * {@code /wp-content/debug.log}): files a server should never hand out.
     */
    private static Detection backupOrLogFile(PathSegments p, int i) {
        int at = p.start[i];
        if (at == 0 || p.s.charAt(at - 1) != '/' && p.s.charAt(at - 1) != '\\' || p.joined(i + 1) && i + 1 < p.count
                && p.s.charAt(p.end[i]) == '/') {
            return null;
        }
        int dot = p.s.indexOf('.', at + 1);
        if (dot < 0 || dot >= p.end[i]) {
            return null;
        }
        String s = p.s;
        int end = p.end[i];
        boolean backup = isSqlDump(s, dot, end) || endsWith(s, dot, end, ".bak")
                || endsWith(s, dot, end, ".backup") || endsWith(s, dot, end, ".old") || endsWith(s, dot, end, ".orig")
                || endsWith(s, dot, end, ".swp") || endsWith(s, dot, end, ".dump");
        boolean log = endsWith(s, dot, end, ".log") || endsWith(s, dot, end, "_log");
        return backup || log ? new Detection(Category.PATH, Confidence.MEDIUM, at, p.end[i], "path.backup_or_log_file")
                : null;
    }

    /** Archive suffixes a database dump is kept under: {@code dump.sql.gz}, {@code db.sql.bak}. */
    private static final String[] DUMP_SUFFIXES = {"gz", "zip", "bz2", "xz", "7z", "tar", "tgz", "zst", "bak", "old"};

    /**
     * Whether the name in {@code s[dot, end)} (from its first dot) ends in {@code .sql}, or in {@code .sql}
     * and one archive suffix: a database dump. A {@code .sql.} inside a Java name
     * ({@code java.sql.Timestamp}, {@code META-INF/services/java.sql.Driver}) is not one.
     */
    private static boolean isSqlDump(String s, int dot, int end) {
        if (endsWith(s, dot, end, ".sql")) {
            return true;
        }
        for (String suffix : DUMP_SUFFIXES) {
            int at = end - suffix.length() - 5;
            if (at >= dot && s.startsWith(".sql.", at) && s.startsWith(suffix, at + 5)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code s[from, to)} ends with {@code suffix}, without cutting out the range. */
    private static boolean endsWith(String s, int from, int to, String suffix) {
        return to - from >= suffix.length() && s.startsWith(suffix, to - suffix.length());
    }

    /** A hidden file or directory named in a path ({@code /.env}, {@code .ssh/}, {@code ../.history}). */
    private static Detection hiddenFile(PathSegments p, int i) {
        int at = p.start[i];
        if (p.length(i) < 3 || p.s.charAt(at) != '.' || !Character.isLetter(p.s.charAt(at + 1))) {
            return null;
        }
        boolean afterSlash = at > 0 && (p.s.charAt(at - 1) == '/' || p.s.charAt(at - 1) == '\\');
        boolean pathStart = at == 0 && i + 1 < p.count && p.joined(i + 1) && p.s.charAt(p.end[i]) == '/';
        if (!(afterSlash && (isAbsoluteStart(p, i) || p.joined(i))) && !pathStart) {
            return null;
        }
        if (p.is(i, ".well-known")) {
            return null;
        }
        return new Detection(Category.PATH, Confidence.MEDIUM, at, p.end[i], "path.hidden_file");
    }
}
