package dev.palisade.agent.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class JsonBodyInputsTest {

    private static List<String> walk(String json) {
        List<String> found = new ArrayList<>();
        JsonBodyInputs.walk(json.getBytes(StandardCharsets.UTF_8),
                (source, name, value) -> found.add(source + " " + name + "=" + value));
        return found;
    }

    @Test
    void takesStringValuesAndKeysWithTheirJsonPaths() {
        assertEquals(List.of("JSON_KEY $.name=name", "JSON $.name=x' OR '1'='1", "JSON_KEY $.tags=tags",
                        "JSON $.tags[0]=a", "JSON $.tags[1]=b", "JSON_KEY $.owner=owner", "JSON_KEY $.owner.id=id"),
                walk("{\"name\":\"x' OR '1'='1\",\"tags\":[\"a\",\"b\"],\"owner\":{\"id\":7}}"));
    }

    @Test
    void keepsWhatWasReadBeforeATruncatedOrMalformedEnd() {
        assertEquals(List.of("JSON_KEY $.a=a", "JSON $.a=1 OR 1=1", "JSON_KEY $.b=b"),
                walk("{\"a\":\"1 OR 1=1\",\"b\":\"cut by the cap"));
    }

    @Test
    void skipsNestingDeeperThanTheLimit() {
        String deep = "[".repeat(JsonBodyInputs.MAX_DEPTH + 5) + "\"deep\"" + "]".repeat(JsonBodyInputs.MAX_DEPTH + 5);
        assertTrue(walk(deep).isEmpty());
        String shallow = "[".repeat(3) + "\"ok\"" + "]".repeat(3);
        assertEquals(List.of("JSON $[0][0][0]=ok"), walk(shallow));
    }

    @Test
    void takesAtMostTheStringLimit() {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < JsonBodyInputs.MAX_STRINGS + 100; i++) {
            json.append(i == 0 ? "" : ",").append("\"v").append(i).append('"');
        }
        assertEquals(JsonBodyInputs.MAX_STRINGS, walk(json.append(']').toString()).size());
    }

    @Test
    void recognisesJsonByContentTypeOrFirstCharacter() {
        byte[] object = "  {\"a\":1}".getBytes(StandardCharsets.UTF_8);
        assertTrue(JsonBodyInputs.looksLikeJson("application/json; charset=utf-8", object));
        assertTrue(JsonBodyInputs.looksLikeJson("application/vnd.api+json", "x".getBytes(StandardCharsets.UTF_8)));
        assertTrue(JsonBodyInputs.looksLikeJson(null, object));
        assertTrue(JsonBodyInputs.looksLikeJson("text/plain", object));
        assertFalse(JsonBodyInputs.looksLikeJson("application/x-www-form-urlencoded", object));
        assertFalse(JsonBodyInputs.looksLikeJson(null, "a=1".getBytes(StandardCharsets.UTF_8)));
    }
}
