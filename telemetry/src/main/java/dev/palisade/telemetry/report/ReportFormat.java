package dev.palisade.telemetry.report;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/** Writes a {@link Report} in one output format. */
interface ReportFormat {

    void write(Report report, PrintStream out) throws IOException;

    /** Fixed-point number with {@code decimals} digits, independent of the default locale. */
    static String number(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /** {@code reason=n reason=n}, sorted by reason; {@code -} when empty. */
    static String blocked(Map<String, Long> blocked) {
        if (blocked.isEmpty()) {
            return "-";
        }
        StringJoiner joined = new StringJoiner(" ");
        new TreeMap<>(blocked).forEach((reason, n) -> joined.add(reason + "=" + n));
        return joined.toString();
    }

    /** yes / no / - for required, not required, unknown. */
    static String yesNo(Boolean value) {
        return value == null ? "-" : value ? "yes" : "no";
    }
}
