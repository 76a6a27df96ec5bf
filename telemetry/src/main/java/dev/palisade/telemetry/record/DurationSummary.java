package dev.palisade.telemetry.record;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;
import org.HdrHistogram.AbstractHistogram;

/**
 * Percentiles of one interval's request durations plus the histogram itself, so that a reader can
 * merge intervals exactly instead of averaging percentiles.
 *
 * <p>Values are microseconds internally and milliseconds on the line. {@link #encodedHistogram()} is
 * HdrHistogram's compressed encoding (values in microseconds), Base64 — decode it with
 * {@code Histogram.decodeFromCompressedByteBuffer}. Relative error is bounded by the histogram's two
 * significant digits (1%).
 */
public final class DurationSummary {

    private final long p50Micros;
    private final long p90Micros;
    private final long p99Micros;
    private final long maxMicros;
    private final String encodedHistogram;

    private DurationSummary(long p50, long p90, long p99, long max, String encodedHistogram) {
        this.p50Micros = p50;
        this.p90Micros = p90;
        this.p99Micros = p99;
        this.maxMicros = max;
        this.encodedHistogram = encodedHistogram;
    }

    /** Summarizes a histogram of microsecond values that no thread is writing any more. */
    public static DurationSummary of(AbstractHistogram micros) {
        if (micros.getTotalCount() == 0) {
            return new DurationSummary(0, 0, 0, 0, null);
        }
        ByteBuffer buffer = ByteBuffer.allocate(micros.getNeededByteBufferCapacity());
        int length = micros.encodeIntoCompressedByteBuffer(buffer);
        String encoded = Base64.getEncoder().encodeToString(Arrays.copyOf(buffer.array(), length));
        return new DurationSummary(
                micros.getValueAtPercentile(50), micros.getValueAtPercentile(90),
                micros.getValueAtPercentile(99), micros.getMaxValue(), encoded);
    }

    /** Median, microseconds. */
    public long p50Micros() {
        return p50Micros;
    }

    /** 90th percentile, microseconds. */
    public long p90Micros() {
        return p90Micros;
    }

    /** 99th percentile, microseconds. */
    public long p99Micros() {
        return p99Micros;
    }

    /** Largest value, microseconds (at the histogram's resolution). */
    public long maxMicros() {
        return maxMicros;
    }

    /** Compressed Base64 HdrHistogram, or null when the interval was empty. */
    public String encodedHistogram() {
        return encodedHistogram;
    }
}
