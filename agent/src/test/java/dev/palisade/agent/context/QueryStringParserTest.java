package dev.palisade.agent.context;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class QueryStringParserTest {

    @Test
    void decodesNamesAndValuesAndKeepsRepeats() {
        Map<String, List<String>> parsed = QueryStringParser.parse("name=x%27+OR+1%3D1&tag=a&tag=b&flag&empty=");
        assertEquals(List.of("x' OR 1=1"), parsed.get("name"));
        assertEquals(List.of("a", "b"), parsed.get("tag"));
        assertEquals(List.of(""), parsed.get("flag"));
        assertEquals(List.of(""), parsed.get("empty"));
    }

    @Test
    void emptyOrMissingQueryHasNoParameters() {
        assertEquals(Map.of(), QueryStringParser.parse(null));
        assertEquals(Map.of(), QueryStringParser.parse(""));
        assertEquals(Map.of(), QueryStringParser.parse("&&"));
    }
}
