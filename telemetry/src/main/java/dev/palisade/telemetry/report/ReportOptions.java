package dev.palisade.telemetry.report;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parsed command line of {@code report}:
 * {@code [report] <file.jsonl> [--since 1h|30m|2d|45s|<ISO instant>] [--format table|json|csv]}.
 * Options may also be written {@code --since=1h}. A leading {@code report} word is accepted so the
 * agent's {@code Main} can pass its arguments through unchanged.
 */
final class ReportOptions {

    /** Output formats. */
    enum Format { TABLE, JSON, CSV }

    static final String USAGE = String.join("\n",
            "usage: report <telemetry.jsonl> [--since <age>|<instant>] [--format table|json|csv]",
            "  <telemetry.jsonl>  the active telemetry file; its rotated siblings (name.1.jsonl, ...) are read too",
            "  --since 30m        only records from the last 30 minutes (units s, m, h, d),",
            "                     or since an ISO-8601 instant such as 2026-11-23T10:00:00Z",
            "  --format table     aligned text (default); json: one document; csv: one block per section");

    private static final Pattern AGE = Pattern.compile("(\\d{1,9})([smhd])");

    final Path file;
    final Instant since;
    final Format format;
    final boolean help;

    private ReportOptions(Path file, Instant since, Format format, boolean help) {
        this.file = file;
        this.since = since;
        this.format = format;
        this.help = help;
    }

    /**
     * Parses {@code args}; {@code now} anchors relative {@code --since} values.
     *
     * @throws IllegalArgumentException with a message for the user when the arguments are wrong
     */
    static ReportOptions parse(String[] args, Instant now) {
        Path file = null;
        Instant since = null;
        Format format = Format.TABLE;
        int i = args.length > 0 && args[0].equals("report") ? 1 : 0;
        for (; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-h") || arg.equals("--help")) {
                return new ReportOptions(null, null, format, true);
            }
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            if (name.equals("--since") || name.equals("--format")) {
                if (value == null) {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException(name + " needs a value");
                    }
                    value = args[++i];
                }
                if (name.equals("--since")) {
                    since = parseSince(value, now);
                } else {
                    format = parseFormat(value);
                }
            } else if (arg.startsWith("--")) {
                throw new IllegalArgumentException("unknown option " + arg);
            } else if (file == null) {
                file = Paths.get(arg);
            } else {
                throw new IllegalArgumentException("only one telemetry file can be given, got also " + arg);
            }
        }
        if (file == null) {
            throw new IllegalArgumentException("the telemetry file is missing");
        }
        return new ReportOptions(file, since, format, false);
    }

    private static Instant parseSince(String value, Instant now) {
        Matcher age = AGE.matcher(value);
        if (age.matches()) {
            long amount = Long.parseLong(age.group(1));
            Duration duration;
            switch (age.group(2)) {
                case "s": duration = Duration.ofSeconds(amount); break;
                case "m": duration = Duration.ofMinutes(amount); break;
                case "h": duration = Duration.ofHours(amount); break;
                default: duration = Duration.ofDays(amount); break;
            }
            return now.minus(duration);
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--since " + value
                    + " is neither an age like 30m, 1h, 2d nor an instant like 2026-11-23T10:00:00Z");
        }
    }

    private static Format parseFormat(String value) {
        try {
            return Format.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--format " + value + " is not one of table, json, csv");
        }
    }
}
