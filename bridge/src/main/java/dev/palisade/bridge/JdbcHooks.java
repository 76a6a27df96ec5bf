package dev.palisade.bridge;

/**
 * What the agent runtime does when a JDBC statement is about to run or be prepared.
 *
 * <p>Parameters are {@code Object} because {@code java.sql} lives in the platform class loader,
 * which the bootstrap class path cannot see. For the same reason the block exception is created by
 * the runtime (whose loader sees {@code java.sql}) and only handed through here as a
 * {@link Throwable}.
 */
public interface JdbcHooks {

    /** {@link #enter} result: no request is served on this thread, nothing to do at exit. */
    long IDLE = 0L;
    /**
     * {@link #enter} result: a nested call (a pool proxy's delegate), or an outermost call that is not
     * timed (prepare, {@code addBatch}); exit only restores the per-thread depth.
     */
    long UNTIMED = -1L;
    /** {@link #enter} result: the statement must not run; {@link #blockedException()} says why. */
    long BLOCKED = -2L;

    /** Kind: {@code Statement.execute*(String ...)}: checked, counted and timed. */
    int EXECUTE_SQL = 0;
    /** Kind: {@code Statement.addBatch(String)}: checked only (runs later, in {@code executeBatch}). */
    int ADD_BATCH = 1;
    /** Kind: {@code Connection.prepareStatement/prepareCall(String ...)}: checked only. */
    int PREPARE = 2;
    /** Kind: {@code execute*()} without SQL text (prepared statements, {@code executeBatch}): counted and timed. */
    int EXECUTE_PREPARED = 3;

    /**
     * Called before an instrumented JDBC method.
     *
     * @param target the {@code Statement} or {@code Connection}
     * @param sql the SQL text argument, {@code null} for {@link #EXECUTE_PREPARED}
     * @param kind one of {@link #EXECUTE_SQL}, {@link #ADD_BATCH}, {@link #PREPARE}, {@link #EXECUTE_PREPARED}
     * @return {@link #IDLE}, {@link #UNTIMED}, {@link #BLOCKED}, or a positive start time of an
     *     outermost execution, to hand to {@link #exit}
     */
    long enter(Object target, String sql, int kind);

    /** The exception to throw after {@link #enter} returned {@link #BLOCKED}; never {@code null}. */
    Throwable blockedException();

    /** Called when the instrumented method returns or throws, with what {@link #enter} returned. */
    void exit(long token);

    /** Hooks that do nothing: installed until the runtime is ready, and when the agent is off. */
    JdbcHooks NONE = new JdbcHooks() {
        @Override
        public long enter(Object target, String sql, int kind) {
            return IDLE;
        }

        @Override
        public Throwable blockedException() {
            return null;
        }

        @Override
        public void exit(long token) {
        }
    };
}
