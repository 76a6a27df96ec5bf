package dev.palisade.telemetry.record;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The one timestamp format of telemetry: ISO-8601 in UTC with exactly three fraction digits
 * ({@code 2026-11-23T10:15:30.123Z}). {@link Instant#toString()} drops zero milliseconds, which makes
 * lines harder to compare as text, so a fixed pattern is used.
 */
public final class Timestamps {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Timestamps() {
    }

    /** Formats epoch milliseconds. */
    public static String format(long epochMillis) {
        return FORMAT.format(Instant.ofEpochMilli(epochMillis));
    }

    /** Parses a timestamp written by {@link #format(long)} (or any ISO-8601 instant). */
    public static long parse(String text) {
        return Instant.parse(text).toEpochMilli();
    }
}
