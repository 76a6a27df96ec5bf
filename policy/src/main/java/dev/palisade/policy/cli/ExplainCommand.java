package dev.palisade.policy.cli;

import dev.palisade.policy.PolicyLoadResult;
import dev.palisade.policy.PolicyLoader;
import dev.palisade.policy.Quote;
import dev.palisade.policy.validate.Diagnostic;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * {@code palisade explain <policy.json> <METHOD> <path>}: which rule applies to a request, why it
 * beats the other rules that match, and the effective settings, to debug precedence.
 *
 * <p>The path is used as given; the agent matches the normalized path, so a path that is not
 * normalized (containing {@code //}, {@code /./}, {@code /../}, {@code ;} or {@code %}) gets a
 * warning on {@code err}. Exit 0 when explained, 1 when the policy is invalid (its errors go to
 * {@code err}), 2 for wrong arguments or an unreadable file.
 */
public final class ExplainCommand {

    /** The usage line. */
    public static final String USAGE = "palisade explain <policy.json> <METHOD> <path>";

    private ExplainCommand() {
    }

    /** Runs the command; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 1 && (args[0].equals("-h") || args[0].equals("--help"))) {
            out.println("usage: " + USAGE);
            out.println("Shows which policy rule applies to a request and why, "
                    + "e.g. explain policy.json GET /api/orders/7");
            return CliSupport.OK;
        }
        if (args.length != 3) {
            return CliSupport.usageError(err, "explain", "expected a policy file, a method and a path, got "
                    + args.length + " arguments", USAGE);
        }
        String method = args[1];
        String path = args[2];
        if (!path.startsWith("/")) {
            return CliSupport.usageError(err, "explain", "the path must start with \"/\", got " + Quote.of(path),
                    USAGE);
        }
        if (method.isEmpty()) {
            return CliSupport.usageError(err, "explain", "the method must not be empty", USAGE);
        }
        Path file = Path.of(args[0]);
        PolicyLoadResult result;
        try {
            result = PolicyLoader.load(file);
        } catch (IOException e) {
            err.println("palisade explain: " + CliSupport.unreadable(file, e));
            return CliSupport.USAGE;
        }
        if (!result.isValid()) {
            for (Diagnostic diagnostic : result.diagnostics()) {
                err.println(diagnostic.format());
            }
            err.println("palisade explain: " + file + " is not a valid policy ("
                    + CliSupport.count(result.errors().size(), "error") + "); run \"palisade validate\"");
            return CliSupport.INVALID;
        }
        for (String warning : RequestWarnings.of(method, path)) {
            err.println("warning: " + warning);
        }
        for (String line : ExplainReport.lines(result.policy(), method, path)) {
            out.println(line);
        }
        return CliSupport.OK;
    }
}
