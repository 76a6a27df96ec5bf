package dev.palisade.agent.jdbc;

import java.sql.SQLSyntaxErrorException;

import dev.palisade.bridge.AgentBlockSignal;

/**
 * Thrown by a JDBC call whose SQL Palisade refused to run: a request input changed the structure
 * of the query. The statement never reached the driver.
 *
 * <p>SQLState {@value #SQL_STATE} (class 42, "syntax error or access rule violation"; 42501 is
 * "insufficient privilege" in PostgreSQL and DB2), vendor code 0. It is a
 * {@link SQLSyntaxErrorException} because JDBC maps SQLState class 42 to that type: pools do not
 * evict the connection over it, retry logic treats it as non-transient, and Spring translates it to
 * {@code BadSqlGrammarException}, so the application's own error path runs. The message names the
 * request id and why, never the input value.
 *
 * <p>It lives in the agent (loaded by the system class loader, which sees {@code java.sql}), not in
 * the bootstrap bridge: classes on the bootstrap class path cannot extend {@code java.sql} types,
 * which belong to the platform class loader.
 */
public final class SqlInjectionBlockedException extends SQLSyntaxErrorException implements AgentBlockSignal {

    /** The SQLState of every blocked statement. */
    public static final String SQL_STATE = "42501";

    private static final long serialVersionUID = 1L;

    private final String requestId;

    SqlInjectionBlockedException(String reason, String requestId) {
        super("Palisade blocked this SQL statement: " + reason + " (request " + requestId + ")", SQL_STATE, 0);
        this.requestId = requestId;
        StackTraceElement[] frames = getStackTrace();
        int first = 0;
        while (first < frames.length && frames[first].getClassName().startsWith("dev.palisade.")) {
            first++;
        }
        if (first > 0) {
            // Start the trace at the JDBC method the application called, not inside the agent.
            setStackTrace(java.util.Arrays.copyOfRange(frames, first, frames.length));
        }
    }

    /** The id of the request whose input was found in the SQL (also in the security event). */
    public String requestId() {
        return requestId;
    }
}
