package dev.palisade.telemetry.record;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The one timestamp format of telemetry: ISO-8601 in UTC with exactly three fraction digits
 * ({@code 2026-11-23T10:15:30.123Z}). {@link Instant#toString()} drops zero milliseconds, which makes
 * lines harder to compare as text, so a fixed pattern is used.
 *
 * <p>The text is computed from the epoch value with a little calendar arithmetic rather than with
 * {@link DateTimeFormatter}: the agent writes its first timestamps while the application starts,
 * and {@code java.time.format} costs about 60 classes and its formatters' set-up there. Years
 * outside 0000-9999, which no clock of a running service returns, still go through the formatter.
 */
public final class Timestamps {

    private static final long MILLIS_PER_DAY = 86_400_000L;

    private Timestamps() {
    }

    /** Formats epoch milliseconds. */
    public static String format(long epochMillis) {
        long day = Math.floorDiv(epochMillis, MILLIS_PER_DAY);
        long civil = civilDate(day);
        if (civil < 0) {
            return Formatter.FORMAT.format(Instant.ofEpochMilli(epochMillis));
        }
        StringBuilder text = new StringBuilder(24);
        appendDate(text, civil);
        int millisOfDay = (int) Math.floorMod(epochMillis, MILLIS_PER_DAY);
        appendTime(text, millisOfDay / 1000);
        text.append('.');
        digits(text, millisOfDay % 1000, 3);
        return text.append('Z').toString();
    }

    /**
     * The same text as {@link Instant#toString()} for {@code instant} (fraction digits in groups of
     * three, as many as needed), for the agent's log lines.
     */
    public static String formatInstant(Instant instant) {
        long seconds = instant.getEpochSecond();
        long civil = civilDate(Math.floorDiv(seconds, 86_400L));
        if (civil < 0) {
            return instant.toString();
        }
        StringBuilder text = new StringBuilder(32);
        appendDate(text, civil);
        appendTime(text, (int) Math.floorMod(seconds, 86_400L));
        int nanos = instant.getNano();
        if (nanos != 0) {
            text.append('.');
            if (nanos % 1_000_000 == 0) {
                digits(text, nanos / 1_000_000, 3);
            } else if (nanos % 1000 == 0) {
                digits(text, nanos / 1000, 6);
            } else {
                digits(text, nanos, 9);
            }
        }
        return text.append('Z').toString();
    }

    /** Parses a timestamp written by {@link #format(long)} (or any ISO-8601 instant). */
    public static long parse(String text) {
        return Instant.parse(text).toEpochMilli();
    }

    /**
     * The proleptic Gregorian date of a day counted from 1970-01-01, packed as
     * {@code year * 10000 + month * 100 + day}, or -1 for a year outside 0000-9999.
     */
    private static long civilDate(long epochDay) {
        // Count from 0000-03-01, so that the leap day ends a year; 146097 days make 400 years.
        long days = epochDay + 719_468;
        long era = Math.floorDiv(days, 146_097L);
        long dayOfEra = days - era * 146_097L;
        long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long shiftedMonth = (5 * dayOfYear + 2) / 153; // 0 = March ... 11 = February
        long day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1;
        long month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
        long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
        if (year < 0 || year > 9999) {
            return -1;
        }
        return year * 10_000 + month * 100 + day;
    }

    private static void appendDate(StringBuilder text, long civil) {
        digits(text, (int) (civil / 10_000), 4);
        text.append('-');
        digits(text, (int) (civil / 100 % 100), 2);
        text.append('-');
        digits(text, (int) (civil % 100), 2);
    }

    private static void appendTime(StringBuilder text, int secondOfDay) {
        text.append('T');
        digits(text, secondOfDay / 3600, 2);
        text.append(':');
        digits(text, secondOfDay / 60 % 60, 2);
        text.append(':');
        digits(text, secondOfDay % 60, 2);
    }

    /** Appends {@code value} (not negative) zero-padded to {@code width} digits. */
    private static void digits(StringBuilder text, int value, int width) {
        String plain = Integer.toString(value);
        for (int pad = width - plain.length(); pad > 0; pad--) {
            text.append('0');
        }
        text.append(plain);
    }

    /** Holder, so the formatter is only built for a year the arithmetic above does not cover. */
    private static final class Formatter {
        static final DateTimeFormatter FORMAT =
                DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    }
}
