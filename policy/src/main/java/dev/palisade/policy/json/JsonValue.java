package dev.palisade.policy.json;

/**
 * A JSON value that remembers where it starts in the source text, so every diagnostic can point at
 * the exact line and column. (Jackson's tree model drops locations; these types keep them.)
 */
public abstract class JsonValue {

    /** The JSON value kinds. */
    public enum Kind {
        /** {@code {...}}. */
        OBJECT("an object"),
        /** {@code [...]}. */
        ARRAY("an array"),
        /** {@code "..."}. */
        STRING("a string"),
        /** A number. */
        NUMBER("a number"),
        /** {@code true} / {@code false}. */
        BOOLEAN("a boolean"),
        /** {@code null}. */
        NULL("null");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        /** For messages: "an object", "a string", ... */
        public String description() {
            return description;
        }
    }

    private final int line;
    private final int column;

    JsonValue(int line, int column) {
        this.line = line;
        this.column = column;
    }

    /** This value's kind. */
    public abstract Kind kind();

    /** 1-based line of the value's first character. */
    public int line() {
        return line;
    }

    /** 1-based column (in UTF-16 code units) of the value's first character. */
    public int column() {
        return column;
    }
}
