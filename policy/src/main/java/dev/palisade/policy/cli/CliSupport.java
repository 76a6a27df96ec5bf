package dev.palisade.policy.cli;

import dev.palisade.policy.Quote;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Exit codes and messages shared by the policy commands. */
final class CliSupport {

    /** The command did its job (a policy with warnings is still valid). */
    static final int OK = 0;
    /** The policy is invalid. */
    static final int INVALID = 1;
    /** Wrong arguments, or a file that cannot be read. */
    static final int USAGE = 2;

    private CliSupport() {
    }

    /** Prints {@code palisade <command>: <message>} and the usage line, and returns {@link #USAGE}. */
    static int usageError(PrintStream err, String command, String message, String usage) {
        err.println("palisade " + command + ": " + message);
        err.println("usage: " + usage);
        return USAGE;
    }

    /** A sentence naming the file and why it cannot be read. */
    static String unreadable(Path file, IOException e) {
        String name = Quote.of(file.toString());
        if (e instanceof NoSuchFileException) {
            return "cannot read policy file " + name + ": no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "cannot read policy file " + name + ": permission denied";
        }
        if (Files.isDirectory(file)) {
            return "cannot read policy file " + name + ": it is a directory";
        }
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return "cannot read policy file " + name + ": " + Quote.controlCharacters(reason);
    }

    /** {@code "1 error"}, {@code "2 warnings"}. */
    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
