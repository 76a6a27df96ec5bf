package dev.palisade.policy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.palisade.policy.validate.PolicyParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code explain}: which rule applies, why, and with which settings. */
class ExplainCommandTest {

    private static final String POLICY = "{\n"
            + "  \"version\": 1,\n"
            + "  \"authentication\": { \"schemes\": {\n"
            + "    \"bearer\": { \"type\": \"http\", \"scheme\": \"bearer\" },\n"
            + "    \"apiKey\": { \"type\": \"apiKey\", \"in\": \"header\", \"name\": \"X-API-Key\" } } },\n"
            + "  \"defaults\": { \"authentication\": [\"bearer\", \"apiKey\"] },\n"
            + "  \"endpoints\": [\n"
            + "    { \"path\": \"/api/**\" },\n"
            + "    { \"path\": \"/api/public/**\", \"methods\": [\"GET\"], \"authentication\": [] },\n"
            + "    { \"path\": \"/api/orders/{id}\", \"authentication\": [\"bearer\"],"
            + " \"injection\": { \"input\": { \"xss\": \"block\" } } }\n"
            + "  ]\n"
            + "}\n";

    @TempDir
    Path directory;
    private Path file;
    private String sha;

    @BeforeEach
    void writePolicy() throws IOException {
        file = Files.writeString(directory.resolve("policy.json"), POLICY);
        sha = PolicyParser.sha256(Files.readAllBytes(file)).substring(0, 12);
    }

    @Test
    void explainsTheWinningRuleWhyItWinsAndTheEffectiveSettings() {
        CommandRun run = CommandRun.of(ExplainCommand::run, file.toString(), "GET", "/api/orders/7");
        assertEquals(0, run.exitCode);
        assertEquals("", run.err);
        assertEquals(""
                + "policy:           " + file + " (mode block, sha256 " + sha + "...)\n"
                + "request:          GET /api/orders/7\n"
                + "rule:             endpoints[2] \"/api/orders/{id}\" (line 10)\n"
                + "why:              most specific of 2 rules matching this request:\n"
                + "                  beats endpoints[0] \"/api/**\": segment 2: literal \"orders\" is more specific than \"**\"\n"
                + "authentication:   one of these is required (set by the rule):\n"
                + "                    bearer: Authorization: Bearer <token>\n"
                + "                  CORS preflight: passes without credentials\n"
                + "injection:        sql block, input sqli monitor, xss block, cmdi monitor, path monitor, "
                + "allowFullQueryInput false (rule overrides built-in defaults)\n"
                + "mode:             block\n"
                + "effect:           a request without one of these credentials gets 401; SQL injection at JDBC: block; "
                + "input inspection: sqli monitor, xss block, cmdi monitor, path monitor\n", run.out);
    }

    @Test
    void mentionsRulesThatMatchThePathButNotTheMethod() {
        CommandRun run = CommandRun.of(ExplainCommand::run, file.toString(), "POST", "/api/public/x");
        assertEquals(0, run.exitCode);
        assertTrue(run.out.contains("rule:             endpoints[0] \"/api/**\" (line 8)\n"), run.out);
        assertTrue(run.out.contains("skipped endpoints[1] \"/api/public/**\" [GET]: matches the path but not method "
                + "\"POST\""), run.out);
        assertTrue(run.out.contains("one of these is required (from defaults.authentication):\n"
                + "                    bearer: Authorization: Bearer <token>\n"
                + "                    apiKey: header \"X-API-Key\" with a non-empty value\n"), run.out);
    }

    @Test
    void saysTheDefaultsApplyWhenNoRuleMatches() {
        CommandRun run = CommandRun.of(ExplainCommand::run, file.toString(), "GET", "/metrics");
        assertEquals(0, run.exitCode);
        assertTrue(run.out.contains("rule:             none; no endpoint rule matches, so the defaults apply\n"
                + "why:              no pattern matches this path\n"), run.out);
    }

    @Test
    void explainsThatALongerPatternBeatsItsPrefix() throws IOException {
        Path prefix = Files.writeString(directory.resolve("prefix.json"),
                "{\"version\": 1, \"endpoints\": [{\"path\": \"/files\"}, {\"path\": \"/files/**\"}]}");
        CommandRun run = CommandRun.of(ExplainCommand::run, prefix.toString(), "GET", "/files");
        assertTrue(run.out.contains("beats endpoints[0] \"/files\": segment 2: \"**\" (matching zero segments) beats "
                + "the end of the shorter pattern: a longer pattern beats its own prefix"), run.out);
    }

    @Test
    void warnsWhenThePathIsNotNormalizedButStillExplains() {
        CommandRun run = CommandRun.of(ExplainCommand::run, file.toString(), "GET", "/api/public/../orders;x/%2e");
        assertEquals(0, run.exitCode);
        assertEquals("warning: path \"/api/public/../orders;x/%2e\" is not normalized (contains \"/../\", \";\", "
                + "\"%\"); the agent matches the normalized path, so a real request may get a different rule\n", run.err);
        assertTrue(run.out.contains("rule:             endpoints[1] \"/api/public/**\" [GET]"), run.out);
    }

    @Test
    void warnsAboutALowerCaseMethod() {
        CommandRun run = CommandRun.of(ExplainCommand::run, file.toString(), "get", "/api/public/x");
        assertEquals(0, run.exitCode);
        assertTrue(run.err.contains("method \"get\" is not upper case; HTTP methods are case-sensitive, did you mean "
                + "\"GET\"?"), run.err);
        assertTrue(run.out.contains("rule:             endpoints[0] \"/api/**\""), run.out);
    }

    @Test
    void invalidPolicyExitsOneWithItsErrors() throws IOException {
        Path bad = Files.writeString(directory.resolve("bad.json"), "{\"version\": 2}");
        CommandRun run = CommandRun.of(ExplainCommand::run, bad.toString(), "GET", "/");
        assertEquals(1, run.exitCode);
        assertEquals(bad + ":1:13: error: version: unsupported version 2; this Palisade reads version 1\n"
                + "palisade explain: " + bad + " is not a valid policy (1 error); run \"palisade validate\"\n", run.err);
        assertEquals("", run.out);
    }

    @Test
    void unreadableFileAndWrongArgumentsExitTwo() {
        assertEquals(2, CommandRun.of(ExplainCommand::run, directory.resolve("none.json").toString(), "GET", "/")
                .exitCode);
        CommandRun tooFew = CommandRun.of(ExplainCommand::run, file.toString(), "GET");
        assertEquals(2, tooFew.exitCode);
        assertTrue(tooFew.err.endsWith("usage: palisade explain <policy.json> <METHOD> <path>\n"));
        CommandRun relative = CommandRun.of(ExplainCommand::run, file.toString(), "GET", "api/x");
        assertEquals(2, relative.exitCode);
        assertTrue(relative.err.startsWith("palisade explain: the path must start with \"/\", got \"api/x\"\n"));
    }
}
