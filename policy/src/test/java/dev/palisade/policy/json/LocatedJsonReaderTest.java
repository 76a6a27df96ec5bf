package dev.palisade.policy.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Values keep the line and column where they start; syntax errors say where. */
class LocatedJsonReaderTest {

    @Test
    void valuesAndKeysKnowWhereTheyStart() throws JsonSyntaxException {
        JsonObject root = (JsonObject) LocatedJsonReader.read("{\n  \"a\": [1,\n    \"x\"],\n\t\"b\": null\n}");
        JsonMember a = root.member("a");
        assertEquals(2, a.keyLine());
        assertEquals(3, a.keyColumn());
        JsonArray array = (JsonArray) a.value();
        assertEquals(2, array.line());
        assertEquals(8, array.column());
        assertEquals(3, array.elements().get(1).line());
        assertEquals(5, array.elements().get(1).column());
        assertEquals(4, root.member("b").keyLine());
        assertEquals(2, root.member("b").keyColumn());
    }

    @Test
    void repeatedKeysKeepTheFirstAndListTheRest() throws JsonSyntaxException {
        JsonObject root = (JsonObject) LocatedJsonReader.read("{\"k\": 1, \"k\": 2}");
        assertEquals("1", ((JsonScalar) root.get("k")).text());
        assertEquals(1, root.duplicates().size());
        assertEquals(10, root.duplicates().get(0).keyColumn());
    }

    @Test
    void numbersKeepTheirExactValue() throws JsonSyntaxException {
        JsonScalar number = (JsonScalar) LocatedJsonReader.read("12345678901234567890.5");
        assertEquals("12345678901234567890.5", number.number().toPlainString());
    }

    @Test
    void syntaxErrorsCarryTheirLocation() {
        JsonSyntaxException e = assertThrows(JsonSyntaxException.class,
                () -> LocatedJsonReader.read("{\n  \"a\": 1\n  \"b\": 2\n}"));
        assertEquals(3, e.line());
        assertEquals(3, e.column());
    }

    @Test
    void trailingContentIsAnError() {
        JsonSyntaxException e = assertThrows(JsonSyntaxException.class, () -> LocatedJsonReader.read("{} {}"));
        assertEquals("unexpected content after the end of the JSON document", e.getMessage());
        assertEquals(4, e.column());
    }
}
