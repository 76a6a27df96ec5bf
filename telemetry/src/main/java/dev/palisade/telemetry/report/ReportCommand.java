package dev.palisade.telemetry.report;

import dev.palisade.telemetry.writer.RotatingFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code java -jar palisade-agent.jar report <telemetry.jsonl> [--since 1h] [--format table|json|csv]}:
 * summarizes a telemetry file and its rotated siblings.
 *
 * <p>Files are read oldest first ({@code name.N.jsonl} down to {@code name.1.jsonl}, then the active
 * file). Lines that are not telemetry records — garbage, a line torn by a crash, a line cut by a
 * concurrent write — are skipped and counted, with one warning on {@code err}. Exit status: 0 on
 * success, 2 when the arguments are wrong or the file cannot be read.
 */
public final class ReportCommand {

    /** Success. */
    public static final int OK = 0;
    /** Wrong arguments or unreadable file. */
    public static final int USAGE = 2;

    private ReportCommand() {
    }

    /** Runs the command with the system clock anchoring {@code --since}. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, Clock.systemUTC());
    }

    /** Runs the command; {@code clock} anchors relative {@code --since} values. */
    public static int run(String[] args, PrintStream out, PrintStream err, Clock clock) {
        ReportOptions options;
        try {
            options = ReportOptions.parse(args, clock.instant());
        } catch (IllegalArgumentException e) {
            err.println("report: " + e.getMessage());
            err.println(ReportOptions.USAGE);
            return USAGE;
        }
        if (options.help) {
            out.println(ReportOptions.USAGE);
            return OK;
        }
        if (!Files.isRegularFile(options.file) || !Files.isReadable(options.file)) {
            err.println("report: cannot read " + options.file
                    + ": no such readable file (give the active telemetry file, e.g. palisade-telemetry.jsonl)");
            return USAGE;
        }
        List<Path> files = generationsOldestFirst(options.file);
        ReportBuilder builder = new ReportBuilder(options.since == null ? null : options.since.toEpochMilli());
        SkippedLines skipped = new SkippedLines();
        for (Path file : files) {
            try {
                read(file, builder, skipped);
            } catch (IOException e) {
                err.println("report: cannot read " + file + ": " + e.getMessage());
                return USAGE;
            }
        }
        if (skipped.count > 0) {
            err.println("report: warning: skipped " + skipped.count + " line(s) that are not telemetry records"
                    + " (first: " + skipped.first + ")");
        }
        List<String> names = new ArrayList<>();
        files.forEach(f -> names.add(f.toString()));
        Report report = builder.build(names, skipped.count);
        try {
            format(options.format).write(report, out);
        } catch (IOException e) {
            err.println("report: cannot write the report: " + e.getMessage());
            return USAGE;
        }
        out.flush();
        return OK;
    }

    /** The active file's rotated generations that exist, oldest first, then the active file. */
    static List<Path> generationsOldestFirst(Path active) {
        int oldest = 0;
        while (Files.exists(RotatingFile.generation(active, oldest + 1))) {
            oldest++;
        }
        List<Path> files = new ArrayList<>();
        for (int n = oldest; n >= 0; n--) {
            files.add(RotatingFile.generation(active, n));
        }
        return files;
    }

    private static void read(Path file, ReportBuilder builder, SkippedLines skipped) throws IOException {
        try (InputStream in = Files.newInputStream(file); LineSource lines = new LineSource(in)) {
            String line;
            int number = 0;
            while ((line = lines.next()) != null) {
                number++;
                if (line.isEmpty()) {
                    continue;
                }
                if (!accept(line, builder)) {
                    skipped.add(file, number, !lines.lastLineTerminated());
                }
            }
        }
    }

    private static boolean accept(String line, ReportBuilder builder) {
        if (line == LineSource.OVERSIZED) {
            return false;
        }
        try {
            Map<String, Object> record = JsonTree.parseObject(line);
            return builder.add(record);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static ReportFormat format(ReportOptions.Format format) {
        switch (format) {
            case JSON: return new JsonFormat();
            case CSV: return new CsvFormat();
            default: return new TableFormat();
        }
    }

    /** Counts unreadable lines and remembers where the first one was. */
    private static final class SkippedLines {
        long count;
        String first;

        void add(Path file, int line, boolean torn) {
            if (count++ == 0) {
                first = file.getFileName() + ":" + line + (torn ? " (torn last line)" : "");
            }
        }
    }
}
