package dev.palisade.agent.jdbc;

import java.util.function.Supplier;

import dev.palisade.agent.context.RequestContext;
import dev.palisade.agent.runtime.FailureLog;
import dev.palisade.agent.runtime.TestFaults;
import dev.palisade.bridge.JdbcHooks;

/**
 * The JDBC side of a request: counts and times the statements it runs and hands every SQL text it
 * prepares, adds to a batch or executes to the {@link SqlSink} check.
 *
 * <p>Costs, in order: a thread without a request being served returns {@link #IDLE} after one
 * thread-local read, allocating nothing. Inside a request a per-thread depth lets only the
 * outermost call act: a pool's proxy ({@code HikariProxyStatement.executeQuery}) and the driver's
 * statement it delegates to are one query, checked and counted once; whatever the driver or our
 * own metadata lookup runs underneath is nested too, which also makes the hooks recursion-safe.
 *
 * <p>A failure in the check is reported and the statement runs, as if there were no agent.
 */
public final class JdbcSinkHooks implements JdbcHooks {

    /** Start times are relative to this, so an outermost token is always positive. */
    private static final long ORIGIN = System.nanoTime() - 1;

    /** The request bound to the current thread, or null ({@code ServletRequestHooks::current}). */
    private final Supplier<RequestContext> requests;
    private final SqlSink sink;
    private final FailureLog failures;
    private final TestFaults faults;
    private final ThreadLocal<ThreadState> threadState = ThreadLocal.withInitial(ThreadState::new);

    public JdbcSinkHooks(Supplier<RequestContext> requests, SqlSink sink, FailureLog failures, TestFaults faults) {
        this.requests = requests;
        this.sink = sink;
        this.failures = failures;
        this.faults = faults;
    }

    private static final class ThreadState {
        int depth;
        Throwable blocked;
        /** The request of the outermost call in progress, so that its exit needs no second lookup. */
        RequestContext context;
    }

    @Override
    public long enter(Object target, String sql, int kind) {
        ThreadState state = threadState.get();
        if (state.depth > 0) {
            // Only an outermost call inside a request raises the depth: this one is nested.
            state.depth++;
            return UNTIMED;
        }
        RequestContext context = requests.get();
        if (context == null) {
            return IDLE;
        }
        state.depth = 1;
        state.context = context;
        if (sql != null) {
            try {
                faults.maybeFail("jdbc.check");
                Throwable block = sink.check(context, target, sql);
                if (block != null) {
                    state.depth--;
                    state.context = null;
                    state.blocked = block;
                    return BLOCKED;
                }
            } catch (Throwable t) {
                failures.onFailure("jdbc.check", t);
            }
        }
        return kind == EXECUTE_SQL || kind == EXECUTE_PREPARED ? System.nanoTime() - ORIGIN : UNTIMED;
    }

    @Override
    public Throwable blockedException() {
        ThreadState state = threadState.get();
        Throwable blocked = state.blocked;
        state.blocked = null;
        return blocked;
    }

    @Override
    public void exit(long token) {
        ThreadState state = threadState.get();
        RequestContext context = null;
        if (state.depth > 0 && --state.depth == 0) {
            context = state.context;
            state.context = null;
        }
        if (token > 0 && context != null) {
            context.addDbStatement(Math.max(0, System.nanoTime() - ORIGIN - token));
        }
    }
}
