package dev.palisade.agent.cli;

import java.io.PrintStream;
import java.util.Arrays;

import dev.palisade.agent.AgentVersion;
import dev.palisade.policy.cli.ExplainCommand;
import dev.palisade.policy.cli.SchemaCommand;
import dev.palisade.policy.cli.ValidateCommand;
import dev.palisade.telemetry.report.ReportCommand;

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
            case "validate":
                return ValidateCommand.run(rest, out, err);
            case "explain":
                return ExplainCommand.run(rest, out, err);
            case "schema":
                return SchemaCommand.run(rest, out, err);
            case "report":
                return ReportCommand.run(rest, out, err);
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
        stream.println("  validate <policy.json>       check a policy: prints OK and a summary (exit 0) or every error as");
        stream.println("                               file:line:col: message (exit 1); exit 2 for usage errors or an unreadable file");
        stream.println("  explain <policy.json> <METHOD> <path>");
        stream.println("                               show which rule applies to a request and the effective settings");
        stream.println("  schema                       print the policy's JSON Schema (draft 2020-12)");
        stream.println("  report <telemetry.jsonl> [--since 1h] [--format table|json|csv]");
        stream.println("                               summarize telemetry: routes, security events, inventory");
        stream.println("  version                      print the agent version");
        stream.println("  help                         print this help");
        stream.println();
        stream.println("Attach to a service: java -javaagent:palisade-agent.jar=policy=/path/policy.json -jar service.jar");
    }
}
