package dev.palisade.policy.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** {@code palisade schema}: prints the policy format's JSON Schema (draft 2020-12) for editors. */
public final class SchemaCommand {

    /** The usage line. */
    public static final String USAGE = "palisade schema";
    /** Class-path location of the schema. */
    public static final String RESOURCE = "/dev/palisade/policy/palisade-policy.schema.json";

    private SchemaCommand() {
    }

    /** Runs the command; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 0) {
            return CliSupport.usageError(err, "schema", "takes no arguments", USAGE);
        }
        try {
            out.print(schema());
            out.flush();
            return CliSupport.OK;
        } catch (IOException e) {
            err.println("palisade schema: the schema is missing from this build: " + e.getMessage());
            return CliSupport.USAGE;
        }
    }

    /** The schema text, as shipped in the jar. */
    public static String schema() throws IOException {
        try (InputStream in = SchemaCommand.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("resource " + RESOURCE + " not found");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
