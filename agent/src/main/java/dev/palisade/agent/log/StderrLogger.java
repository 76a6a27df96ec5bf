package dev.palisade.agent.log;

import java.io.PrintStream;
import java.time.Instant;

import dev.palisade.telemetry.record.Timestamps;

import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/**
 * The agent's own SLF4J logger: one line per message on stderr, prefixed {@code [palisade]}.
 *
 * <p>The agent never binds to the application's logging backend (its SLF4J is relocated), so agent
 * messages cannot be lost in, or reconfigured by, the application's logging setup. Every line is
 * escaped: messages may carry request data.
 */
final class StderrLogger extends LegacyAbstractLogger {

    private static final long serialVersionUID = 1L;

    StderrLogger(String name) {
        this.name = name;
    }

    @Override
    public boolean isTraceEnabled() {
        return LogLevel.TRACE.enabled();
    }

    @Override
    public boolean isDebugEnabled() {
        return LogLevel.DEBUG.enabled();
    }

    @Override
    public boolean isInfoEnabled() {
        return LogLevel.INFO.enabled();
    }

    @Override
    public boolean isWarnEnabled() {
        return LogLevel.WARN.enabled();
    }

    @Override
    public boolean isErrorEnabled() {
        return LogLevel.ERROR.enabled();
    }

    @Override
    protected String getFullyQualifiedCallerName() {
        return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] arguments,
            Throwable throwable) {
        String message = MessageFormatter.basicArrayFormat(pattern, arguments);
        String line = "[palisade] " + Timestamps.formatInstant(Instant.now()) + " " + level + " " + LogText.escape(message, 4096);
        PrintStream err = System.err;
        synchronized (err) {
            err.println(line);
            if (throwable != null) {
                throwable.printStackTrace(err);
            }
        }
    }
}
