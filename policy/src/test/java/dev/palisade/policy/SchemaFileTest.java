package dev.palisade.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import dev.palisade.policy.cli.SchemaCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JSON Schema shipped at the repository root and inside the jar. */
class SchemaFileTest {

    private static JsonNode schema() throws IOException {
        return new ObjectMapper().readTree(SchemaCommand.schema());
    }

    @Test
    void repositoryCopyIsIdenticalToTheBundledSchema() throws IOException {
        String root = Files.readString(TestFiles.repositoryRoot().resolve("palisade-policy.schema.json"));
        assertEquals(root, SchemaCommand.schema());
    }

    @Test
    void schemaIsValidAgainstTheDraft202012MetaSchema() throws IOException {
        JsonSchema meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertEquals(List.of(), new ArrayList<>(meta.validate(schema())));
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema().get("$schema").asText());
    }

    @Test
    void everyObjectForbidsUnknownKeysAndEveryKeyIsDescribed() throws IOException {
        List<String> problems = new ArrayList<>();
        walk(schema(), "#", problems);
        assertEquals(List.of(), problems);
    }

    private static void walk(JsonNode node, String where, List<String> problems) {
        if (node.isObject()) {
            // if/then branches under allOf refine an object that already forbids unknown keys.
            if (node.has("properties") && !where.contains("/allOf/")) {
                if (!node.path("additionalProperties").isBoolean() || node.get("additionalProperties").asBoolean()) {
                    problems.add(where + ": additionalProperties is not false");
                }
                Iterator<Map.Entry<String, JsonNode>> properties = node.get("properties").fields();
                while (properties.hasNext()) {
                    Map.Entry<String, JsonNode> property = properties.next();
                    boolean described = property.getValue().has("description");
                    boolean forbidden = property.getValue().isBoolean();
                    if (!described && !forbidden) {
                        problems.add(where + "/properties/" + property.getKey() + ": no description");
                    }
                }
            }
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                walk(field.getValue(), where + "/" + field.getKey(), problems);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), where + "/" + i, problems);
            }
        }
        assertTrue(problems.size() < 100);
    }
}
