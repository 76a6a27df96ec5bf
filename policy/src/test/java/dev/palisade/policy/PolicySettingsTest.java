package dev.palisade.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.palisade.policy.validate.PolicyParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The operational keys (inputs, telemetry, trustedProxies) and file-level facts (hash, encoding). */
class PolicySettingsTest {

    @Test
    void omittedKeysTakeTheDocumentedDefaults() {
        Policy policy = PolicyLoader.parse("{\"version\": 1}".getBytes(StandardCharsets.UTF_8),
                Path.of("/etc/palisade/policy.json")).policy();
        assertEquals(Mode.BLOCK, policy.mode());
        assertTrue(policy.allowCorsPreflight());
        assertTrue(policy.trustedProxies().isEmpty());
        assertEquals(List.of(), policy.inputs().headers());
        assertEquals(65536, policy.inputs().maxBodyBytes());
        assertEquals(65536, policy.inputs().maxInspectBytes());
        TelemetryConfig telemetry = policy.telemetry();
        assertEquals(Path.of("/etc/palisade/palisade-telemetry.jsonl"), telemetry.file());
        assertEquals(60, telemetry.intervalSeconds());
        assertEquals(100, telemetry.maxFileMB());
        assertEquals(5, telemetry.maxFiles());
        assertEquals(1000, telemetry.maxRoutes());
        assertEquals(256, telemetry.maxValueLength());
    }

    @Test
    void everyOperationalKeyIsRead() {
        Policy policy = PolicyLoader.parse(("{\"version\": 1,"
                + "\"trustedProxies\": [\"10.0.0.0/8\", \"fd00::/8\"],"
                + "\"inputs\": {\"headers\": [\"User-Agent\", \"X-Tenant\"], \"maxBodyBytes\": 0, \"maxInspectBytes\": 1024},"
                + "\"telemetry\": {\"file\": \"../logs/t.jsonl\", \"intervalSeconds\": 5, \"maxFileMB\": 7,"
                + " \"maxFiles\": 3, \"maxRoutes\": 50, \"maxValueLength\": 64}}").getBytes(StandardCharsets.UTF_8),
                Path.of("/etc/palisade/policy.json")).policy();
        assertTrue(policy.trustedProxies().isTrusted("10.1.2.3"));
        assertTrue(policy.trustedProxies().isTrusted("fd00::1"));
        assertFalse(policy.trustedProxies().isTrusted("192.168.1.1"));
        assertTrue(policy.inputs().isInputHeader("user-agent"));
        assertTrue(policy.inputs().isInputHeader("X-TENANT"));
        assertFalse(policy.inputs().isInputHeader("Authorization"));
        assertEquals(0, policy.inputs().maxBodyBytes());
        assertEquals(1024, policy.inputs().maxInspectBytes());
        assertEquals(Path.of("/etc/logs/t.jsonl"), policy.telemetry().file());
        assertEquals("../logs/t.jsonl", policy.telemetry().fileAsWritten());
        assertEquals(5, policy.telemetry().intervalSeconds());
        assertEquals(7, policy.telemetry().maxFileMB());
        assertEquals(3, policy.telemetry().maxFiles());
        assertEquals(50, policy.telemetry().maxRoutes());
        assertEquals(64, policy.telemetry().maxValueLength());
    }

    @Test
    void absoluteTelemetryFileIsKeptAsWritten() {
        Policy policy = PolicyLoader.parse("{\"version\": 1, \"telemetry\": {\"file\": \"/var/log/p.jsonl\"}}"
                .getBytes(StandardCharsets.UTF_8), Path.of("/etc/palisade/policy.json")).policy();
        assertEquals(Path.of("/var/log/p.jsonl"), policy.telemetry().file());
    }

    @Test
    void schemaReferenceIsAcceptedAndIgnored() {
        Policies.valid("{\"$schema\": \"https://example.invalid/schema.json\", \"version\": 1}");
    }

    @Test
    void policyRecordsItsSourceAndTheSha256OfItsBytes() {
        byte[] bytes = "{\"version\": 1}\n".getBytes(StandardCharsets.UTF_8);
        Policy policy = PolicyLoader.parse(bytes, Path.of("p.json")).policy();
        assertEquals(Path.of("p.json"), policy.source());
        assertEquals(64, policy.sha256().length());
        assertEquals(PolicyParser.sha256(bytes), policy.sha256());
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", PolicyParser.sha256(new byte[0]));
    }

    @Test
    void utf8ByteOrderMarkIsAccepted() {
        byte[] text = "{\"version\": 1}".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xef;
        withBom[1] = (byte) 0xbb;
        withBom[2] = (byte) 0xbf;
        System.arraycopy(text, 0, withBom, 3, text.length);
        assertTrue(PolicyLoader.parse(withBom, Path.of("bom.json")).isValid());
    }

    @Test
    void columnsCountCharactersSoNonAsciiTextDoesNotShiftThem() {
        PolicyLoadResult result = Policies.parse("{\"version\": 1, \"endpoints\": [{\"description\": \"caf\u00e9 \u00fcber\", \"x\": 1, \"path\": \"/a\"}]}");
        assertEquals(List.of("policy.json:1:59: error: endpoints[0]: unknown key \"x\"; allowed keys: path, methods, "
                + "authentication, injection, description"), Policies.formatted(result));
    }

    @Test
    void echoedValuesCannotBreakTheOneLineFormat() {
        PolicyLoadResult result = Policies.parse("{\"version\": 1, \"mode\": \"blo\\nck\\u001b[31m\"}");
        String line = Policies.formatted(result).get(0);
        assertFalse(line.contains("\n"));
        assertFalse(line.contains("\u001b"));
        assertEquals("policy.json:1:24: error: mode: invalid value \"blo\\nck\\u001b[31m\"; expected one of "
                + "\"block\", \"monitor\", \"off\"", line);
    }

    @Test
    void veryLongValuesAreShortenedInMessages() {
        String longKey = "k".repeat(5000);
        String line = Policies.formatted(Policies.parse("{\"version\": 1, \"" + longKey + "\": 1}")).get(0);
        assertTrue(line.length() < 400, line);
        assertTrue(line.contains("\u2026"));
    }
}
