package dev.palisade.telemetry.record;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The hand-computed timestamps must be exactly what {@code java.time} prints. */
class TimestampsTest {

    private static final DateTimeFormatter PATTERN =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final long YEAR_0 = Instant.parse("0000-01-01T00:00:00Z").toEpochMilli();
    private static final long YEAR_10000 = Instant.parse("+10000-01-01T00:00:00Z").toEpochMilli();

    @Test
    void formatMatchesTheFixedPattern() {
        for (long millis : new long[] {0, -1, 1, 86_399_999, 86_400_000, -86_400_000, 951_782_400_000L /* 2000-02-29 */,
                4_107_542_400_000L /* 2100-03-01 */, 1_795_000_000_123L, YEAR_0, YEAR_0 - 1, YEAR_10000 - 1, YEAR_10000,
                Long.MAX_VALUE / 1000, -Long.MAX_VALUE / 1000}) {
            assertEquals(PATTERN.format(Instant.ofEpochMilli(millis)), Timestamps.format(millis), Long.toString(millis));
        }
        SplittableRandom random = new SplittableRandom(9);
        for (int i = 0; i < 200_000; i++) {
            long millis = random.nextLong(YEAR_0 - 10 * MILLIS_PER_YEAR, YEAR_10000 + 10 * MILLIS_PER_YEAR);
            assertEquals(PATTERN.format(Instant.ofEpochMilli(millis)), Timestamps.format(millis), Long.toString(millis));
        }
    }

    @Test
    void formatInstantMatchesInstantToString() {
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 200_000; i++) {
            long seconds = random.nextLong((YEAR_0 / 1000) - 10 * SECONDS_PER_YEAR, YEAR_10000 / 1000 + 10 * SECONDS_PER_YEAR);
            int nanos;
            switch (i % 4) {
                case 0: nanos = 0; break;
                case 1: nanos = random.nextInt(1000) * 1_000_000; break;
                case 2: nanos = random.nextInt(1_000_000) * 1000; break;
                default: nanos = random.nextInt(1_000_000_000); break;
            }
            Instant instant = Instant.ofEpochSecond(seconds, nanos);
            assertEquals(instant.toString(), Timestamps.formatInstant(instant));
        }
        assertEquals(Instant.EPOCH.toString(), Timestamps.formatInstant(Instant.EPOCH));
        assertEquals(Instant.MAX.toString(), Timestamps.formatInstant(Instant.MAX));
        assertEquals(Instant.MIN.toString(), Timestamps.formatInstant(Instant.MIN));
    }

    private static final long SECONDS_PER_YEAR = 31_556_952L;
    private static final long MILLIS_PER_YEAR = SECONDS_PER_YEAR * 1000;
}
