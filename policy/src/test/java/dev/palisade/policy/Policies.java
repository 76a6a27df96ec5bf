package dev.palisade.policy;

import static org.junit.jupiter.api.Assertions.fail;

import dev.palisade.policy.validate.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Test helpers: parse policy text as if it came from {@code policy.json}. */
public final class Policies {

    /** The file name diagnostics show for text parsed by these helpers. */
    public static final Path FILE = Path.of("policy.json");

    private Policies() {
    }

    /** Parses {@code json}. */
    public static PolicyLoadResult parse(String json) {
        return PolicyLoader.parse(json.getBytes(StandardCharsets.UTF_8), FILE);
    }

    /** Parses {@code json} and fails the test with the diagnostics when it is not valid. */
    public static Policy valid(String json) {
        PolicyLoadResult result = parse(json);
        if (!result.isValid()) {
            fail("expected a valid policy, got:\n" + formatted(result.diagnostics()));
        }
        return result.policy();
    }

    /** The formatted diagnostics, one per line. */
    public static List<String> formatted(PolicyLoadResult result) {
        return result.diagnostics().stream().map(Diagnostic::format).collect(Collectors.toList());
    }

    private static String formatted(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(Diagnostic::format).collect(Collectors.joining("\n"));
    }

    /** A policy with one bearer scheme and the given extra top-level members (JSON text without braces). */
    public static String withBearer(String members) {
        return "{\"version\": 1, \"authentication\": {\"schemes\": {"
                + "\"bearer\": {\"type\": \"http\", \"scheme\": \"bearer\"},"
                + "\"key\": {\"type\": \"apiKey\", \"in\": \"header\", \"name\": \"X-Key\"}}}"
                + (members.isEmpty() ? "" : ", " + members) + "}";
    }
}
