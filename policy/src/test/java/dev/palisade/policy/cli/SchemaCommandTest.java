package dev.palisade.policy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.palisade.policy.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** {@code schema}: prints the shipped JSON Schema. */
class SchemaCommandTest {

    @Test
    void printsTheSchemaShippedInTheRepository() throws IOException {
        CommandRun run = CommandRun.of(SchemaCommand::run);
        assertEquals(0, run.exitCode);
        assertEquals(Files.readString(TestFiles.repositoryRoot().resolve("palisade-policy.schema.json")), run.out);
        assertEquals("", run.err);
    }

    @Test
    void argumentsAreAUsageError() {
        CommandRun run = CommandRun.of(SchemaCommand::run, "extra");
        assertEquals(2, run.exitCode);
        assertEquals("palisade schema: takes no arguments\nusage: palisade schema\n", run.err);
    }
}
