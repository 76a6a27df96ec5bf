package dev.palisade.bridge;

/**
 * Static entry points called by the JDBC advice, inlined into every driver's (and pool's)
 * {@code Statement} and {@code Connection} implementations.
 *
 * <p>The one deliberate exception of the whole agent passes through here: when the runtime blocks
 * a statement, {@link #exit} returns the exception, and the exit advice makes the instrumented
 * method throw it (through its writable {@code @Advice.Thrown}). Everything else is caught and
 * reported, so a failing check means the statement runs as if there were no agent.
 */
public final class JdbcBridge {

    private static volatile JdbcHooks hooks = JdbcHooks.NONE;

    private JdbcBridge() {
    }

    public static void install(JdbcHooks newHooks) {
        hooks = newHooks == null ? JdbcHooks.NONE : newHooks;
    }

    /** Entry of {@code Statement.execute*(String ...)}. */
    public static long enterExecute(Object statement, Object sql) {
        return enter(statement, sql, JdbcHooks.EXECUTE_SQL);
    }

    /** Entry of {@code Statement.addBatch(String)}. */
    public static long enterAddBatch(Object statement, Object sql) {
        return enter(statement, sql, JdbcHooks.ADD_BATCH);
    }

    /** Entry of {@code Connection.prepareStatement}/{@code prepareCall}. */
    public static long enterPrepare(Object connection, Object sql) {
        return enter(connection, sql, JdbcHooks.PREPARE);
    }

    /** Entry of {@code execute*()} without SQL text ({@code PreparedStatement}, {@code executeBatch}). */
    public static long enterExecutePrepared(Object statement) {
        return enter(statement, null, JdbcHooks.EXECUTE_PREPARED);
    }

    private static long enter(Object target, Object sql, int kind) {
        try {
            return hooks.enter(target, sql instanceof String ? (String) sql : null, kind);
        } catch (Throwable t) {
            AgentFailures.report("jdbc.enter", t);
            return JdbcHooks.IDLE;
        }
    }

    /** Whether the instrumented method must not run (the statement was blocked). */
    public static boolean skips(long token) {
        return token == JdbcHooks.BLOCKED;
    }

    /**
     * Exit of the instrumented method. Returns the exception the method must throw instead of what
     * it did (only after a block), or {@code thrown} unchanged.
     */
    public static Throwable exit(long token, Throwable thrown) {
        if (token == JdbcHooks.IDLE) {
            return thrown;
        }
        try {
            if (token == JdbcHooks.BLOCKED) {
                Throwable blocked = hooks.blockedException();
                return blocked != null ? blocked : thrown;
            }
            hooks.exit(token);
        } catch (Throwable t) {
            AgentFailures.report("jdbc.exit", t);
        }
        return thrown;
    }
}
