package dev.palisade.policy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.palisade.policy.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate}: output and exit codes. */
class ValidateCommandTest {

    @TempDir
    Path directory;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(directory.resolve(name), text);
    }

    @Test
    void validPolicyPrintsOkWithASummaryAndExitsZero() {
        String file = TestFiles.examples().resolve("policy.json").toString();
        CommandRun run = CommandRun.of(ValidateCommand::run, file);
        assertEquals(0, run.exitCode);
        assertEquals("OK " + file + ": 4 rules, 4 schemes, mode block, defaults require bearer or apiKey\n", run.out);
        assertEquals("", run.err);
    }

    @Test
    void warningsArePrintedAfterOkAndDoNotFailValidation() throws IOException {
        Path file = write("p.json", "{\"version\": 1,\n \"mode\": \"off\"}");
        CommandRun run = CommandRun.of(ValidateCommand::run, file.toString());
        assertEquals(0, run.exitCode);
        assertEquals("OK " + file + ": 0 rules, 0 schemes, mode off, defaults public, 1 warning\n"
                + file + ":2:10: warning: mode: mode \"off\" disables every check: nothing is blocked or reported, "
                + "only telemetry is recorded\n", run.out);
    }

    @Test
    void invalidPolicyPrintsEveryErrorWithItsLocationAndExitsOne() throws IOException {
        Path file = write("p.json", "{\n  \"version\": 1,\n  \"mode\": \"blok\",\n  \"endpoint\": []\n}\n");
        CommandRun run = CommandRun.of(ValidateCommand::run, file.toString());
        assertEquals(1, run.exitCode);
        assertEquals("", run.out);
        assertEquals(file + ":3:11: error: mode: invalid value \"blok\"; expected one of \"block\", \"monitor\", "
                + "\"off\"; did you mean \"block\"?\n"
                + file + ":4:3: error: unknown key \"endpoint\"; did you mean \"endpoints\"?\n"
                + "INVALID " + file + ": 2 errors\n", run.err);
    }

    @Test
    void malformedJsonIsAnInvalidPolicyNotAnUnreadableFile() throws IOException {
        Path file = write("p.json", "{\"version\": 1,}");
        CommandRun run = CommandRun.of(ValidateCommand::run, file.toString());
        assertEquals(1, run.exitCode);
        assertTrue(run.err.startsWith(file + ":1:15: error: malformed JSON: trailing comma"), run.err);
    }

    @Test
    void missingFileExitsTwoAndNamesTheFile() {
        Path file = directory.resolve("nope.json");
        CommandRun run = CommandRun.of(ValidateCommand::run, file.toString());
        assertEquals(2, run.exitCode);
        assertEquals("palisade validate: cannot read policy file \"" + file + "\": no such file\n", run.err);
    }

    @Test
    void directoryExitsTwoAndSaysItIsADirectory() {
        CommandRun run = CommandRun.of(ValidateCommand::run, directory.toString());
        assertEquals(2, run.exitCode);
        assertEquals("palisade validate: cannot read policy file \"" + directory + "\": it is a directory\n", run.err);
    }

    @Test
    void wrongNumberOfArgumentsIsAUsageError() {
        CommandRun none = CommandRun.of(ValidateCommand::run);
        assertEquals(2, none.exitCode);
        assertEquals("palisade validate: expected one policy file, got 0 arguments\n"
                + "usage: palisade validate <policy.json>\n", none.err);
        assertEquals(2, CommandRun.of(ValidateCommand::run, "a.json", "b.json").exitCode);
    }

    @Test
    void helpPrintsUsageAndExitsZero() {
        CommandRun run = CommandRun.of(ValidateCommand::run, "--help");
        assertEquals(0, run.exitCode);
        assertTrue(run.out.startsWith("usage: palisade validate <policy.json>\n"));
    }
}
