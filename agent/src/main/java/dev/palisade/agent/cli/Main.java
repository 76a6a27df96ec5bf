package dev.palisade.agent.cli;

import java.io.PrintStream;
import java.util.Arrays;

import dev.palisade.agent.AgentVersion;

/**
 * {@code java -jar palisade-agent.jar <command> …}: the command-line entry of the agent jar.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            usage(err);
            return 2;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (args[0]) {
            case "version":
            case "--version":
                out.println("Palisade " + AgentVersion.get());
                return 0;
            case "help":
            case "--help":
            case "-h":
                usage(out);
                return 0;
            default:
                err.println("palisade: unknown command '" + args[0] + "'");
                usage(err);
                return 2;
        }
    }

    private static void usage(PrintStream stream) {
        stream.println("Usage: java -jar palisade-agent.jar <command> [arguments]");
        stream.println();
        stream.println("Commands:");
        stream.println("  version                      print the agent version");
        stream.println("  help                         print this help");
        stream.println();
        stream.println("Attach to a service: java -javaagent:palisade-agent.jar=policy=/path/policy.json -jar service.jar");
    }
}
