package dev.palisade.policy.cli;

import dev.palisade.policy.Policy;
import dev.palisade.policy.PolicyLoadResult;
import dev.palisade.policy.PolicyLoader;
import dev.palisade.policy.validate.Diagnostic;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * {@code palisade validate <policy.json>}: checks a policy file the way the agent does at startup.
 *
 * <p>Valid: prints {@code OK} and a one-line summary, then any warnings, to {@code out}; exit 0.
 * Invalid: prints every error and warning as {@code file:line:col: severity: message} to
 * {@code err}, then a count; exit 1. Wrong arguments or an unreadable file: exit 2.
 */
public final class ValidateCommand {

    /** The usage line. */
    public static final String USAGE = "palisade validate <policy.json>";

    private ValidateCommand() {
    }

    /** Runs the command; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 1 && (args[0].equals("-h") || args[0].equals("--help"))) {
            out.println("usage: " + USAGE);
            out.println("Checks a policy file; exit 0 when valid, 1 when invalid, 2 when it cannot be read.");
            return CliSupport.OK;
        }
        if (args.length != 1) {
            return CliSupport.usageError(err, "validate", "expected one policy file, got " + args.length
                    + " arguments", USAGE);
        }
        Path file = Path.of(args[0]);
        PolicyLoadResult result;
        try {
            result = PolicyLoader.load(file);
        } catch (IOException e) {
            err.println("palisade validate: " + CliSupport.unreadable(file, e));
            return CliSupport.USAGE;
        }
        if (!result.isValid()) {
            for (Diagnostic diagnostic : result.diagnostics()) {
                err.println(diagnostic.format());
            }
            String warnings = result.warnings().isEmpty() ? ""
                    : ", " + CliSupport.count(result.warnings().size(), "warning");
            err.println("INVALID " + file + ": " + CliSupport.count(result.errors().size(), "error") + warnings);
            return CliSupport.INVALID;
        }
        out.println("OK " + file + ": " + summary(result.policy(), result.warnings().size()));
        for (Diagnostic warning : result.warnings()) {
            out.println(warning.format());
        }
        return CliSupport.OK;
    }

    /** {@code 4 rules, 4 schemes, mode block, defaults require bearer or apiKey}. */
    static String summary(Policy policy, int warnings) {
        String defaults = policy.defaults().denyByDefault()
                ? "defaults require " + String.join(" or ", policy.defaults().authentication())
                : "defaults public";
        return CliSupport.count(policy.endpoints().size(), "rule") + ", "
                + CliSupport.count(policy.schemes().size(), "scheme") + ", mode " + policy.mode().jsonName()
                + ", " + defaults + (warnings == 0 ? "" : ", " + CliSupport.count(warnings, "warning"));
    }
}
