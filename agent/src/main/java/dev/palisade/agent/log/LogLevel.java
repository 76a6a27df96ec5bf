package dev.palisade.agent.log;

import java.util.Locale;

/** Agent log levels, most severe first. */
public enum LogLevel {
    ERROR, WARN, INFO, DEBUG, TRACE;

    private static volatile LogLevel threshold = INFO;

    /** Sets the threshold from the {@code logLevel} option; unknown values keep {@code info}. */
    public static void configure(String name) {
        if (name == null) {
            return;
        }
        try {
            threshold = valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            threshold = INFO;
            System.err.println("[palisade] WARN unknown logLevel '" + LogText.escape(name)
                    + "'; use error, warn, info, debug or trace. Using info.");
        }
    }

    public boolean enabled() {
        return ordinal() <= threshold.ordinal();
    }
}
