package dev.palisade.instrumentation.jdbc;

import dev.palisade.bridge.JdbcBridge;
import net.bytebuddy.asm.Advice;

/**
 * Inlined into {@code Statement.addBatch(String)}: the SQL is checked when it is added, so a blocked batch entry throws where the application added it.
 *
 * <p>Why this shape: every advice method suppresses {@code Throwable}, so nothing of the agent can
 * reach the application, yet a blocked statement must throw. Enter therefore only asks the bridge
 * and skips the method when the statement is blocked; exit assigns the block exception to the
 * writable {@code @Advice.Thrown}, which Byte Buddy then throws from the instrumented method. The
 * token lives in a local because the enter return value is the skip flag. {@code Object}
 * parameters: the code is inlined into classes of many loaders and may only name the bridge.
 */
public final class AddBatchAdvice {

    private AddBatchAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class, skipOn = Advice.OnNonDefaultValue.class)
    public static boolean enter(@Advice.This Object target, @Advice.Argument(0) Object sql,
            @Advice.Local("palisadeJdbcToken") long token) {
        token = JdbcBridge.enterAddBatch(target, sql);
        return JdbcBridge.skips(token);
    }

    @Advice.OnMethodExit(suppress = Throwable.class, onThrowable = Throwable.class)
    public static void exit(@Advice.Local("palisadeJdbcToken") long token,
            @Advice.Thrown(readOnly = false) Throwable thrown) {
        thrown = JdbcBridge.exit(token, thrown);
    }
}
