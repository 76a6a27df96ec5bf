package dev.palisade.policy.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads strict JSON (no comments, no trailing commas, one document) into {@link JsonValue}s that
 * keep their locations, using Jackson's streaming parser.
 *
 * <p>Parsing works on a {@code String}, not bytes, so that columns count characters rather than
 * UTF-8 bytes and match what an editor shows.
 */
public final class LocatedJsonReader {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    /** Jackson's nested locations ("start marker at [Source: ...; line: 1, column: 1]"), shortened. */
    private static final Pattern SOURCE_LOCATION =
            Pattern.compile("\\[Source: [^;\\]]*(?:\\([^)]*\\))?; line: (\\d+), column: (\\d+)\\]");

    private LocatedJsonReader() {
    }

    /**
     * Parses {@code text}.
     *
     * @throws JsonSyntaxException at the first syntax error (JSON cannot be parsed past one)
     */
    public static JsonValue read(String text) throws JsonSyntaxException {
        try (JsonParser parser = FACTORY.createParser(text)) {
            if (parser.nextToken() == null) {
                throw new JsonSyntaxException("the file is empty; expected a JSON object", 1, 1);
            }
            JsonValue root = value(parser);
            if (parser.nextToken() != null) {
                JsonLocation location = parser.currentTokenLocation();
                throw new JsonSyntaxException("unexpected content after the end of the JSON document",
                        location.getLineNr(), location.getColumnNr());
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation();
            int line = location == null ? 1 : Math.max(1, location.getLineNr());
            int column = location == null ? 1 : Math.max(1, location.getColumnNr());
            long offset = location == null ? -1 : location.getCharOffset();
            throw new JsonSyntaxException("malformed JSON: " + explain(e.getOriginalMessage(), text, offset),
                    line, column);
        } catch (IOException e) {
            // Reading from a String cannot fail with I/O; keep the compiler and any surprise honest.
            throw new JsonSyntaxException("cannot parse: " + clean(String.valueOf(e.getMessage())), 1, 1);
        }
    }

    private static JsonValue value(JsonParser parser) throws IOException {
        JsonLocation start = parser.currentTokenLocation();
        int line = start.getLineNr();
        int column = start.getColumnNr();
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT:
                return object(parser, line, column);
            case START_ARRAY:
                List<JsonValue> elements = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    elements.add(value(parser));
                }
                return new JsonArray(line, column, elements);
            case VALUE_STRING:
                return new JsonScalar(line, column, JsonValue.Kind.STRING, parser.getText(), null);
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new JsonScalar(line, column, JsonValue.Kind.NUMBER, parser.getText(), parser.getDecimalValue());
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new JsonScalar(line, column, JsonValue.Kind.BOOLEAN, parser.getText(), null);
            case VALUE_NULL:
                return new JsonScalar(line, column, JsonValue.Kind.NULL, "null", null);
            default:
                // Jackson reports structural errors itself; any other token here is a bug in this class.
                throw new IllegalStateException("unexpected token " + token + " at " + line + ":" + column);
        }
    }

    private static JsonObject object(JsonParser parser, int line, int column) throws IOException {
        List<JsonMember> members = new ArrayList<>();
        List<JsonMember> duplicates = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        while (parser.nextToken() != JsonToken.END_OBJECT) {
            JsonLocation keyLocation = parser.currentTokenLocation();
            String key = parser.currentName();
            parser.nextToken();
            JsonMember member = new JsonMember(key, keyLocation.getLineNr(), keyLocation.getColumnNr(), value(parser));
            if (keys.add(key)) {
                members.add(member);
            } else {
                duplicates.add(member);
            }
        }
        return new JsonObject(line, column, members, duplicates);
    }

    /**
     * Jackson's message, or a plainer one for the two mistakes people make most in hand-written
     * JSON: comments and trailing commas.
     */
    private static String explain(String message, String text, long offset) {
        if (message.contains("ALLOW_COMMENTS")) {
            return "comments are not allowed in JSON; use a \"description\" key on an endpoint or scheme instead";
        }
        if (offset >= 0 && offset < text.length()) {
            char at = text.charAt((int) offset);
            int before = (int) offset - 1;
            while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
                before--;
            }
            if ((at == ']' || at == '}') && before >= 0 && text.charAt(before) == ',') {
                return "trailing comma before \"" + at + "\" is not allowed in JSON; remove the comma";
            }
        }
        return clean(message);
    }

    private static String clean(String message) {
        Matcher matcher = SOURCE_LOCATION.matcher(message);
        String shortened = matcher.replaceAll("line $1, column $2");
        StringBuilder out = new StringBuilder(shortened.length());
        for (int i = 0; i < shortened.length(); i++) {
            char c = shortened.charAt(i);
            if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
