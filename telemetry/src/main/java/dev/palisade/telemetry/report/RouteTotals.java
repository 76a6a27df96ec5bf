package dev.palisade.telemetry.report;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.DataFormatException;
import org.HdrHistogram.Histogram;

/**
 * Sums the endpoint records of one method and route. Durations are merged exactly by adding the
 * records' {@code duration_hist} histograms; a record without a usable histogram makes the
 * percentiles approximate: then they are the call-weighted mean of the records' own percentiles.
 */
final class RouteTotals {

    final String method;
    final String route;
    long calls;
    long status4xx;
    long status5xx;
    final Map<String, Long> blocked = new TreeMap<>();
    private final Histogram durationsMicros = new Histogram(2);
    private boolean exact = true;
    private double weightedP50;
    private double weightedP99;

    RouteTotals(String method, String route) {
        this.method = method;
        this.route = route;
    }

    void add(Map<String, Object> record) {
        long count = Values.asLong(record.get("count"));
        calls += count;
        Map<String, Object> status = Values.asMap(record.get("status"));
        status4xx += Values.asLong(status.get("4xx"));
        status5xx += Values.asLong(status.get("5xx"));
        Values.asMap(record.get("blocked")).forEach((reason, n) -> blocked.merge(reason, Values.asLong(n), Long::sum));
        Map<String, Object> durations = Values.asMap(record.get("duration_ms"));
        weightedP50 += count * Values.asDouble(durations.get("p50"));
        weightedP99 += count * Values.asDouble(durations.get("p99"));
        if (count > 0 && !addHistogram(record.get("duration_hist"))) {
            exact = false;
        }
    }

    boolean exactPercentiles() {
        return exact;
    }

    double p50Millis() {
        return percentileMillis(50, weightedP50);
    }

    double p99Millis() {
        return percentileMillis(99, weightedP99);
    }

    private double percentileMillis(double percentile, double weightedSum) {
        if (calls == 0) {
            return 0;
        }
        return exact ? durationsMicros.getValueAtPercentile(percentile) / 1000.0 : weightedSum / calls;
    }

    private boolean addHistogram(Object encoded) {
        if (!(encoded instanceof String)) {
            return false;
        }
        try {
            ByteBuffer bytes = ByteBuffer.wrap(Base64.getDecoder().decode((String) encoded));
            durationsMicros.add(Histogram.decodeFromCompressedByteBuffer(bytes, 0));
            return true;
        } catch (DataFormatException | RuntimeException e) {
            // Not a histogram this reader understands: fall back to averaged percentiles.
            return false;
        }
    }
}
