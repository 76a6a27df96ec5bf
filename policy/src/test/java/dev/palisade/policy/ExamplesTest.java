package dev.palisade.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.palisade.policy.match.ResolvedRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The shipped examples are valid for both validators, and the issue's example means what the issue says. */
class ExamplesTest {

    @TestFactory
    Stream<DynamicTest> everyExampleIsValidWithoutWarningsForTheValidatorAndTheSchema() {
        List<Path> examples = TestFiles.jsonFiles(TestFiles.examples());
        assertTrue(examples.size() >= 3, "examples: " + examples);
        return examples.stream().map(example -> DynamicTest.dynamicTest(example.getFileName().toString(), () -> {
            PolicyLoadResult result = PolicyLoader.load(example);
            assertEquals(List.of(), Policies.formatted(result));
            assertEquals(List.of(), SchemaValidator.problems(example));
        }));
    }

    @Test
    void issueExampleIsShippedVerbatimApartFromTheSchemaReference() throws IOException {
        String shipped = Files.readString(TestFiles.examples().resolve("policy.json"));
        assertTrue(shipped.contains("\"$schema\": \"../palisade-policy.schema.json\""));
        assertTrue(shipped.contains("{ \"path\": \"/api/orders/{id}\", \"methods\": [\"GET\", \"DELETE\"], "
                + "\"authentication\": [\"bearer\"] }"));
    }

    @Test
    void issueExampleMeansWhatTheIssueDescribes() throws IOException {
        Path file = TestFiles.examples().resolve("policy.json");
        Policy policy = PolicyLoader.load(file).policy();

        assertEquals(Mode.BLOCK, policy.mode());
        assertEquals(List.of("bearer", "basic", "apiKey", "session"), List.copyOf(policy.schemes().keySet()));
        assertEquals(AuthScheme.apiKey("session", ApiKeyLocation.COOKIE, "SESSION"), policy.schemes().get("session"));

        // /health is public; the public tree is public for GET only.
        assertFalse(policy.resolve("GET", "/health").requiresAuthentication());
        assertFalse(policy.resolve("GET", "/api/public/docs").requiresAuthentication());
        assertEquals(names(policy.resolve("POST", "/api/public/docs")), List.of("bearer", "apiKey"));

        // Orders: bearer only for GET and DELETE; other methods take the defaults.
        assertEquals(List.of("bearer"), names(policy.resolve("GET", "/api/orders/7")));
        assertEquals(List.of("bearer"), names(policy.resolve("DELETE", "/api/orders/7")));
        assertNull(policy.resolve("PUT", "/api/orders/7").pattern());

        // Admin: bearer, input blocked, sql inherited from defaults.
        ResolvedRule admin = policy.resolve("POST", "/api/admin/users");
        assertEquals(List.of("bearer"), names(admin));
        assertEquals(Mode.BLOCK, admin.inputAction(InjectionCategory.XSS));
        assertEquals(Mode.BLOCK, admin.sqlAction());

        // Deny-by-default: a path no rule names needs bearer or apiKey.
        ResolvedRule unknown = policy.resolve("GET", "/internal/metrics");
        assertTrue(unknown.isDefault());
        assertEquals(List.of("bearer", "apiKey"), names(unknown));
        assertEquals(Mode.MONITOR, unknown.inputAction(InjectionCategory.SQLI));

        assertEquals(10, policy.telemetry().intervalSeconds());
        assertEquals(file.toAbsolutePath().getParent().resolve("palisade-telemetry.jsonl"), policy.telemetry().file());
    }

    private static List<String> names(ResolvedRule rule) {
        return rule.authentication().stream().map(AuthScheme::name).collect(Collectors.toList());
    }
}
