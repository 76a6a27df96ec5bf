package dev.palisade.policy.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.palisade.policy.PolicyLoadResult;
import dev.palisade.policy.PolicyLoader;
import dev.palisade.policy.SchemaValidator;
import dev.palisade.policy.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The document corpus under {@code src/test/resources}: each {@code .json} has an {@code .expected}
 * file with the exact diagnostics (message, line, column) the validator must print.
 *
 * <ul>
 *   <li>{@code invalid/}: errors both the Java validator and the JSON Schema catch;</li>
 *   <li>{@code invalid-semantic/}: errors a JSON Schema cannot express (references to scheme
 *       names, duplicate rules, duplicate JSON keys, case-insensitive header names, repeated
 *       parameters): the Java validator rejects them, the schema accepts them;</li>
 *   <li>{@code warnings/}: valid documents with exact warnings; both accept them.</li>
 * </ul>
 */
class DocumentCorpusTest {

    @TestFactory
    Stream<DynamicTest> invalidDocumentsReportExactlyTheExpectedErrors() {
        return documents("invalid", document -> {
            PolicyLoadResult result = parse(document);
            assertFalse(result.isValid(), "the Java validator must reject " + document.getFileName());
            assertEquals(TestFiles.expectedLines(document), formatted(result));
        });
    }

    @TestFactory
    Stream<DynamicTest> invalidDocumentsAreRejectedByTheSchemaToo() {
        return documents("invalid", document -> assertFalse(SchemaValidator.problems(document).isEmpty(),
                "the JSON Schema must reject " + document.getFileName()));
    }

    @TestFactory
    Stream<DynamicTest> semanticErrorsAreReportedByTheJavaValidator() {
        return documents("invalid-semantic", document -> {
            PolicyLoadResult result = parse(document);
            assertFalse(result.isValid(), "the Java validator must reject " + document.getFileName());
            assertEquals(TestFiles.expectedLines(document), formatted(result));
        });
    }

    @TestFactory
    Stream<DynamicTest> semanticErrorsAreBeyondTheSchema() {
        // If one of these starts failing, the schema learned to catch it: move the file to invalid/.
        return documents("invalid-semantic", document -> assertEquals(List.of(),
                SchemaValidator.problems(document), document.getFileName().toString()));
    }

    @TestFactory
    Stream<DynamicTest> riskyButValidDocumentsGetExactWarnings() {
        return documents("warnings", document -> {
            PolicyLoadResult result = parse(document);
            assertTrue(result.isValid(), () -> String.join("\n", formatted(result)));
            assertFalse(result.warnings().isEmpty());
            assertEquals(TestFiles.expectedLines(document), formatted(result));
            assertEquals(List.of(), SchemaValidator.problems(document));
        });
    }

    private static Stream<DynamicTest> documents(String directory, DocumentCheck check) {
        return TestFiles.jsonFiles(TestFiles.corpus(directory)).stream()
                .map(document -> DynamicTest.dynamicTest(document.getFileName().toString(),
                        () -> check.accept(document)));
    }

    private static PolicyLoadResult parse(Path document) throws IOException {
        return PolicyLoader.parse(Files.readAllBytes(document), document.getFileName());
    }

    private static List<String> formatted(PolicyLoadResult result) {
        return result.diagnostics().stream().map(Diagnostic::format).collect(Collectors.toList());
    }

    @FunctionalInterface
    private interface DocumentCheck {
        void accept(Path document) throws Exception;
    }
}
