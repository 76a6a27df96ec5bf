package dev.palisade.policy.json;

import java.util.List;

/** A JSON array. */
public final class JsonArray extends JsonValue {

    private final List<JsonValue> elements;

    JsonArray(int line, int column, List<JsonValue> elements) {
        super(line, column);
        this.elements = List.copyOf(elements);
    }

    @Override
    public Kind kind() {
        return Kind.ARRAY;
    }

    /** The elements, in order. */
    public List<JsonValue> elements() {
        return elements;
    }
}
