package dev.palisade.detection.input;

/**
 * Per-thread token buffers the detectors reuse for short values, so that inspecting a benign value
 * does not allocate token arrays or rule objects (they were most of the garbage a request made; issue 8). A detector
 * takes a buffer, uses it within one {@code detect} call, and never keeps it: nothing here outlives the
 * call or is shared between threads. Values longer than {@link #REUSE_LIMIT} chars get fresh buffers, and
 * buffers that grew past their small size are replaced, so an idle thread holds only a few KiB.
 */
final class DetectorScratch {
    /** Longest value whose buffers are reused; request parameters are nearly always shorter. */
    static final int REUSE_LIMIT = 512;

    private static final ThreadLocal<DetectorScratch> CURRENT = ThreadLocal.withInitial(DetectorScratch::new);

    private SqlTokens sql = new SqlTokens();
    private ShellTokens shell = new ShellTokens(0);
    private PathSegments path = new PathSegments();
    /** The SQL rule context, {@link SqlRuleContext#reset reset} for each tokenization; its size does not depend on the value. */
    final SqlRuleContext sqlRules = new SqlRuleContext();
    /** The shell grammar rules, {@link CommandInjectionRules#reset reset} for each tokenization. */
    final CommandInjectionRules shellRules = new CommandInjectionRules();

    private DetectorScratch() {
    }

    /** This thread's buffers: fetch once per tokenization and take what it needs. */
    static DetectorScratch current() {
        return CURRENT.get();
    }

    /** Empty SQL tokens for a value of {@code length} chars. */
    SqlTokens sqlTokens(int length) {
        if (length > REUSE_LIMIT) {
            return new SqlTokens();
        }
        if (!sql.clear()) {
            sql = new SqlTokens();
        }
        return sql;
    }

    /** Empty shell tokens for a value of {@code length} chars. */
    ShellTokens shellTokens(int length) {
        if (length > REUSE_LIMIT) {
            return new ShellTokens(length);
        }
        if (!shell.clear()) {
            shell = new ShellTokens(length);
        }
        return shell;
    }

    /** Empty path segments for a value of {@code length} chars. */
    PathSegments pathSegments(int length) {
        if (length > REUSE_LIMIT) {
            return new PathSegments();
        }
        if (!path.clear()) {
            path = new PathSegments();
        }
        return path;
    }
}
