package dev.palisade.detection.input;

/**
 * File system locations no request value should name: Unix system directories and credential files,
 * process and kernel pseudo-files, Windows system directories and boot files. Shared by the path
 * traversal and command injection detectors. Matching is on path segments, case-folded, with
 * {@code /} and {@code \} both accepted as separators.
 */
final class SensitivePaths {
    private SensitivePaths() {
    }

    /** Top-level Unix directories whose contents are system state, not application data. */
    private static final WordTable SYSTEM_ROOTS = WordTable.of(1, "etc", "proc", "sys", "dev", "root", "bin",
        "sbin", "boot", "var", "usr", "lib", "lib64", "opt", "private", "system", "library", "tmp", "home");

    /** Roots that are sensitive even with nothing after them ({@code /etc/}, {@code /proc/}). */
    private static final WordTable ALWAYS_SENSITIVE = WordTable.of(1, "etc", "proc", "sys", "dev", "root", "boot",
        "bin", "sbin");

    /**
     * Whether {@code w[from, to)} is an absolute path into a system location: {@code /etc/...},
     * {@code /proc/...}, {@code /var/log/...}, {@code /usr/...}, {@code C:\Windows...}, {@code %SYSTEMROOT%}.
     */
    static boolean isSensitiveAbsolute(CharSequence w, int from, int to) {
        int i = from;
        while (i < to && (w.charAt(i) == '/' || w.charAt(i) == '\\')) {
            i++;
        }
        if (i == from) {
            if (to - from >= 3 && Character.isLetter(w.charAt(from)) && w.charAt(from + 1) == ':') {
                return startsWithIgnoring(w, from + 3, to, "windows") || startsWithIgnoring(w, from + 3, to, "winnt")
                        || startsWithIgnoring(w, from + 3, to, "boot.ini") || startsWithIgnoring(w, from + 3, to, "inetpub")
                        || startsWithIgnoring(w, from + 3, to, "users");
            }
            return w.charAt(from) == '%' && (ShellArguments.startsWith(w, from, to, "%systemroot%")
                    || ShellArguments.startsWith(w, from, to, "%windir%") || ShellArguments.startsWith(w, from, to, "%systemdrive%")
                    || ShellArguments.startsWith(w, from, to, "%comspec%"));
        }
        int seg = i;
        while (seg < to && w.charAt(seg) != '/' && w.charAt(seg) != '\\') {
            seg++;
        }
        if (!SYSTEM_ROOTS.contains(w, i, seg)) {
            return false;
        }
        boolean more = seg + 1 < to;
        return more || ALWAYS_SENSITIVE.contains(w, i, seg);
    }

    private static boolean startsWithIgnoring(CharSequence w, int from, int to, String prefix) {
        return from <= to && ShellArguments.startsWith(w, from, to, prefix);
    }
}
