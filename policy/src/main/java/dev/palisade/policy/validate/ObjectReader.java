package dev.palisade.policy.validate;

import dev.palisade.policy.Quote;
import dev.palisade.policy.json.JsonMember;
import dev.palisade.policy.json.JsonObject;
import dev.palisade.policy.json.JsonValue;
import java.util.List;

/**
 * Reads one JSON object against the keys it may contain: reports repeated keys, unknown keys (with
 * the closest allowed key as a suggestion) and missing required keys; hands out values by key.
 */
final class ObjectReader {

    private final JsonObject object;
    private final String path;
    private final Diagnostics diagnostics;

    private ObjectReader(JsonObject object, String path, Diagnostics diagnostics) {
        this.object = object;
        this.path = path;
        this.diagnostics = diagnostics;
    }

    /**
     * A reader for {@code value}, or {@code null} (after recording an error) when it is not an
     * object.
     */
    static ObjectReader open(JsonValue value, String path, List<String> allowedKeys, Diagnostics diagnostics) {
        if (value.kind() != JsonValue.Kind.OBJECT) {
            diagnostics.error(value, path, "expected an object, found " + Values.found(value));
            return null;
        }
        ObjectReader reader = new ObjectReader((JsonObject) value, path, diagnostics);
        reader.checkKeys(allowedKeys);
        return reader;
    }

    private void checkKeys(List<String> allowedKeys) {
        for (JsonMember duplicate : object.duplicates()) {
            JsonMember first = object.member(duplicate.key());
            diagnostics.add(Severity.ERROR, duplicate.keyLine(), duplicate.keyColumn(), path,
                    "duplicate key " + Quote.of(duplicate.key()) + " (first at line " + first.keyLine() + ")", null);
        }
        for (JsonMember member : object.members()) {
            if (!allowedKeys.contains(member.key())) {
                String suggestion = Suggestions.didYouMean(member.key(), allowedKeys);
                if (suggestion == null) {
                    suggestion = "allowed keys: " + String.join(", ", allowedKeys);
                }
                diagnostics.add(Severity.ERROR, member.keyLine(), member.keyColumn(), path,
                        "unknown key " + Quote.of(member.key()), suggestion);
            }
        }
    }

    /** Records an error for each of {@code keys} that is absent. */
    void require(String... keys) {
        for (String key : keys) {
            if (object.member(key) == null) {
                diagnostics.error(object, path, "missing required key \"" + key + "\"");
            }
        }
    }

    /** The value of {@code key}, or {@code null}. */
    JsonValue get(String key) {
        return object.get(key);
    }

    /** The JSON path of {@code key} in this object. */
    String path(String key) {
        return JsonPaths.child(path, key);
    }

    /** This object's own JSON path. */
    String path() {
        return path;
    }

    /** The object itself. */
    JsonObject object() {
        return object;
    }

    String string(String key) {
        JsonValue value = get(key);
        return value == null ? null : Values.string(value, path(key), diagnostics);
    }

    Boolean bool(String key) {
        JsonValue value = get(key);
        return value == null ? null : Values.bool(value, path(key), diagnostics);
    }

    /** The integer value of {@code key}, or {@code fallback} when absent or invalid. */
    int integer(String key, long min, long max, int fallback) {
        JsonValue value = get(key);
        Integer result = value == null ? null : Values.integer(value, path(key), min, max, diagnostics);
        return result == null ? fallback : result;
    }

    String oneOf(String key, List<String> allowed) {
        JsonValue value = get(key);
        return value == null ? null : Values.oneOf(value, path(key), allowed, diagnostics);
    }
}
