package dev.palisade.agent.jdbc;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import dev.palisade.detection.sql.InputSource;

/**
 * String values and keys of a captured JSON request body, named by their JSON path ({@code $.a.b},
 * {@code $.list[2]}). A streaming parser under limits keeps a hostile body's cost bounded: nesting
 * deeper than {@value #MAX_DEPTH} is skipped and at most {@value #MAX_STRINGS} strings are taken. A
 * body cut by the capture cap, or malformed, yields what was read before the problem. Public for the
 * body's input inspection ({@code inspect.BodyValues}), which names values the same way.
 */
public final class JsonBodyInputs {

    static final int MAX_DEPTH = 32;
    static final int MAX_STRINGS = 512;

    private static final JsonFactory FACTORY = new JsonFactory();

    /** Receives each string found. */
    public interface Sink {
        void add(InputSource source, String name, String value);
    }

    private JsonBodyInputs() {
    }

    /** Whether a body is JSON: by content type, or by its first character when the type is missing or text. */
    public static boolean looksLikeJson(String contentType, byte[] body) {
        if (contentType != null) {
            String type = contentType.toLowerCase(java.util.Locale.ROOT);
            if (type.contains("json")) {
                return true;
            }
            if (!type.startsWith("text/plain")) {
                return false;
            }
        }
        for (byte b : body) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return b == '{' || b == '[';
            }
        }
        return false;
    }

    public static void walk(byte[] body, Sink sink) {
        try (JsonParser parser = FACTORY.createParser(body)) {
            JsonToken first = parser.nextToken();
            if (first != null) {
                value(parser, first, "$", 0, sink, new int[] {MAX_STRINGS});
            }
        } catch (IOException | RuntimeException endOfWhatWasRead) {
            // Cut by the capture cap, or not JSON after all: keep what was found so far.
        }
    }

    private static void value(JsonParser parser, JsonToken token, String path, int depth, Sink sink, int[] budget)
            throws IOException {
        switch (token) {
            case START_OBJECT:
                if (depth >= MAX_DEPTH) {
                    parser.skipChildren();
                    return;
                }
                for (JsonToken next = parser.nextToken(); next == JsonToken.FIELD_NAME && budget[0] > 0;
                        next = parser.nextToken()) {
                    String key = parser.currentName();
                    String child = path + "." + key;
                    sink.add(InputSource.JSON_KEY, child, key);
                    budget[0]--;
                    JsonToken childToken = parser.nextToken();
                    if (childToken == null) {
                        return;
                    }
                    value(parser, childToken, child, depth + 1, sink, budget);
                }
                return;
            case START_ARRAY:
                if (depth >= MAX_DEPTH) {
                    parser.skipChildren();
                    return;
                }
                int index = 0;
                for (JsonToken next = parser.nextToken(); next != null && next != JsonToken.END_ARRAY && budget[0] > 0;
                        next = parser.nextToken()) {
                    value(parser, next, path + "[" + index++ + "]", depth + 1, sink, budget);
                }
                return;
            case VALUE_STRING:
                sink.add(InputSource.JSON, path, parser.getText());
                budget[0]--;
                return;
            default:
                return; // numbers, booleans and null cannot carry SQL syntax on their own
        }
    }
}
