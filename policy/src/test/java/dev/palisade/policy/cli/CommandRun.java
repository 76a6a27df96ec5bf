package dev.palisade.policy.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs a command with captured output streams. */
final class CommandRun {

    /** A command's {@code run} method. */
    @FunctionalInterface
    interface Command {
        int run(String[] args, PrintStream out, PrintStream err);
    }

    final int exitCode;
    final String out;
    final String err;

    private CommandRun(int exitCode, String out, String err) {
        this.exitCode = exitCode;
        this.out = out;
        this.err = err;
    }

    static CommandRun of(Command command, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            int code = command.run(args, outStream, errStream);
            return new CommandRun(code, out.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"),
                    err.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"));
        }
    }
}
