package dev.palisade.benchmarks.overhead;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where block mode's start-up time goes, from extra start-ups that are not counted in the start-up
 * medians: the agent's own {@code premain} time (its {@code started} telemetry record), the classes
 * each JVM loaded until the first {@code 200} ({@code -Xlog:class+load}), and a JFR execution
 * profile of the block-mode start-ups.
 *
 * @param runs              start-ups per configuration behind the medians
 * @param premainMs         median {@code startup_ms} of the agent's {@code started} record
 * @param classesNoAgent    median classes loaded without the agent
 * @param classesBlock      median classes loaded in block mode
 * @param palisadeClasses   median classes of the agent's own packages ({@code dev.palisade.*} outside the shaded ones)
 * @param shadedClasses     median classes of relocated dependencies ({@code dev.palisade.shaded.*}: Byte Buddy, Jackson, ...)
 * @param profile           JFR execution samples of the block-mode start-ups together
 */
record StartupProfile(int runs, long premainMs, long classesNoAgent, long classesBlock, long palisadeClasses,
        long shadedClasses, Profile profile) {

    private static final Pattern STARTUP_MS = Pattern.compile("\"startup_ms\":(\\d+)");
    private static final String SHADED = "dev.palisade.shaded.";
    private static final String OWN = "dev.palisade.";

    /** The agent's {@code premain} time from a telemetry file, or -1 when it has no {@code started} record. */
    static long premainMillis(Path telemetry) throws IOException {
        if (!Files.exists(telemetry)) {
            return -1;
        }
        Matcher m = STARTUP_MS.matcher(Files.readString(telemetry, StandardCharsets.UTF_8));
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    /** Counts of an {@code -Xlog:class+load} file: {all, own agent classes, shaded classes}. */
    static long[] classCounts(Path classLog) throws IOException {
        long all = 0;
        long own = 0;
        long shaded = 0;
        for (String line : Files.readAllLines(classLog, StandardCharsets.UTF_8)) {
            int tag = line.indexOf("[class,load] ");
            if (tag < 0) {
                continue;
            }
            all++;
            String name = line.substring(tag + "[class,load] ".length());
            if (name.startsWith(SHADED)) {
                shaded++;
            } else if (name.startsWith(OWN)) {
                own++;
            }
        }
        return new long[] {all, own, shaded};
    }

    static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.isEmpty() ? -1 : sorted.get(sorted.size() / 2);
    }
}
