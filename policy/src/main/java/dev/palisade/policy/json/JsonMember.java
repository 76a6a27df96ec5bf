package dev.palisade.policy.json;

/** One {@code "key": value} pair, with the location of the key (unknown keys are reported there). */
public final class JsonMember {

    private final String key;
    private final int keyLine;
    private final int keyColumn;
    private final JsonValue value;

    JsonMember(String key, int keyLine, int keyColumn, JsonValue value) {
        this.key = key;
        this.keyLine = keyLine;
        this.keyColumn = keyColumn;
        this.value = value;
    }

    /** The key. */
    public String key() {
        return key;
    }

    /** 1-based line of the key's opening quote. */
    public int keyLine() {
        return keyLine;
    }

    /** 1-based column of the key's opening quote. */
    public int keyColumn() {
        return keyColumn;
    }

    /** The value. */
    public JsonValue value() {
        return value;
    }
}
