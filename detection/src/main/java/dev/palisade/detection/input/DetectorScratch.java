package dev.palisade.detection.input;

/**
 * Per-thread token buffers the detectors reuse for short values, so that inspecting a benign value
 * does not allocate token arrays (they were most of the garbage a request made; issue 8). A detector
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

    private DetectorScratch() {
    }

    /** Empty SQL tokens for a value of {@code length} chars. */
    static SqlTokens sqlTokens(int length) {
        if (length > REUSE_LIMIT) {
            return new SqlTokens();
        }
        DetectorScratch scratch = CURRENT.get();
        if (!scratch.sql.clear()) {
            scratch.sql = new SqlTokens();
        }
        return scratch.sql;
    }

    /** Empty shell tokens for a value of {@code length} chars. */
    static ShellTokens shellTokens(int length) {
        if (length > REUSE_LIMIT) {
            return new ShellTokens(length);
        }
        DetectorScratch scratch = CURRENT.get();
        if (!scratch.shell.clear()) {
            scratch.shell = new ShellTokens(length);
        }
        return scratch.shell;
    }

    /** Empty path segments for a value of {@code length} chars. */
    static PathSegments pathSegments(int length) {
        if (length > REUSE_LIMIT) {
            return new PathSegments();
        }
        DetectorScratch scratch = CURRENT.get();
        if (!scratch.path.clear()) {
            scratch.path = new PathSegments();
        }
        return scratch.path;
    }
}
