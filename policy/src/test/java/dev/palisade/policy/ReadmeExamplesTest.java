package dev.palisade.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every complete policy shown in the README (a {@code json} code block that starts a document with
 * {@code "version"}) is valid for the Java validator and the JSON Schema alike, so the manual can
 * never teach a policy the agent rejects.
 */
class ReadmeExamplesTest {

    private static final Pattern JSON_BLOCK = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL);

    @TestFactory
    Stream<DynamicTest> everyPolicyInTheReadmeIsValidForBothValidators() throws IOException {
        String readme = Files.readString(TestFiles.repositoryRoot().resolve("README.md"), StandardCharsets.UTF_8);
        List<String> policies = new ArrayList<>();
        Matcher block = JSON_BLOCK.matcher(readme);
        while (block.find()) {
            String text = block.group(1);
            if (text.trim().startsWith("{") && text.contains("\"version\"")) {
                policies.add(text);
            }
        }
        assertTrue(policies.size() >= 1, "the README shows at least one complete policy");
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < policies.size(); i++) {
            String text = policies.get(i);
            tests.add(DynamicTest.dynamicTest("README policy #" + (i + 1), () -> {
                PolicyLoadResult result = PolicyLoader.parse(text.getBytes(StandardCharsets.UTF_8), Paths.get("README.md"));
                assertEquals(List.of(), result.errors().stream().map(d -> d.format()).collect(java.util.stream.Collectors.toList()));
                assertEquals(List.of(), SchemaValidator.problems(text));
            }));
        }
        return tests.stream();
    }
}
