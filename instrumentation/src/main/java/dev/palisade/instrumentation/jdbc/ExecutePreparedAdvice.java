package dev.palisade.instrumentation.jdbc;

import dev.palisade.bridge.JdbcBridge;
import net.bytebuddy.asm.Advice;

/**
 * Inlined into {@code execute()}, {@code executeQuery()}, {@code executeUpdate()}, {@code executeLargeUpdate()} without arguments and {@code executeBatch()}/{@code executeLargeBatch()}: counted and timed for the endpoint telemetry (the SQL was checked when prepared or added).
 *
 * <p>Why this shape: every advice method suppresses {@code Throwable}, so nothing of the agent can
 * reach the application, yet a blocked statement must throw. Enter therefore only asks the bridge
 * and skips the method when the statement is blocked; exit assigns the block exception to the
 * writable {@code @Advice.Thrown}, which Byte Buddy then throws from the instrumented method. The
 * token lives in a local because the enter return value is the skip flag. {@code Object}
 * parameters: the code is inlined into classes of many loaders and may only name the bridge.
 */
public final class ExecutePreparedAdvice {

    private ExecutePreparedAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class, skipOn = Advice.OnNonDefaultValue.class)
    public static boolean enter(@Advice.This Object target,
            @Advice.Local("palisadeJdbcToken") long token) {
        token = JdbcBridge.enterExecutePrepared(target);
        return JdbcBridge.skips(token);
    }

    @Advice.OnMethodExit(suppress = Throwable.class, onThrowable = Throwable.class)
    public static void exit(@Advice.Local("palisadeJdbcToken") long token,
            @Advice.Thrown(readOnly = false) Throwable thrown) {
        thrown = JdbcBridge.exit(token, thrown);
    }
}
