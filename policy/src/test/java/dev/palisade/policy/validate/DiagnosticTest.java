package dev.palisade.policy.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one-line diagnostic format and the "did you mean" suggestions. */
class DiagnosticTest {

    @Test
    void formatsLikeACompiler() {
        Diagnostic diagnostic = new Diagnostic(Severity.ERROR, "policy.json", 12, 7,
                "endpoints[3].authentication[0]", "no authentication scheme named \"berer\"", "did you mean \"bearer\"?");
        assertEquals("policy.json:12:7: error: endpoints[3].authentication[0]: no authentication scheme named "
                + "\"berer\"; did you mean \"bearer\"?", diagnostic.format());
    }

    @Test
    void documentLevelDiagnosticsOmitThePathAndFileLevelOnesTheLocation() {
        assertEquals("p.json:1:1: warning: something",
                new Diagnostic(Severity.WARNING, "p.json", 1, 1, "", "something", null).format());
        assertEquals("p.json: error: the policy file is missing",
                new Diagnostic(Severity.ERROR, "p.json", 0, 0, "", "the policy file is missing", null).format());
    }

    @Test
    void controlCharactersInAFileNameAreEscaped() {
        assertEquals("a\\nb.json:1:1: error: x",
                new Diagnostic(Severity.ERROR, "a\nb.json", 1, 1, "", "x", null).format());
    }

    @Test
    void suggestsTheClosestAllowedWord() {
        List<String> keys = List.of("version", "mode", "authentication", "defaults", "endpoints");
        assertEquals("authentication", Suggestions.closest("authentification", keys));
        assertEquals("endpoints", Suggestions.closest("endpoint", keys));
        assertEquals("mode", Suggestions.closest("Mode", keys));
        assertEquals("version", Suggestions.closest("verison", keys));
        assertNull(Suggestions.closest("telemetry", keys));
        assertNull(Suggestions.closest("x", keys));
    }
}
