package dev.palisade.policy.json;

import java.math.BigDecimal;

/** A string, number, boolean or {@code null}. */
public final class JsonScalar extends JsonValue {

    private final Kind kind;
    private final String text;
    private final BigDecimal number;

    JsonScalar(int line, int column, Kind kind, String text, BigDecimal number) {
        super(line, column);
        this.kind = kind;
        this.text = text;
        this.number = number;
    }

    @Override
    public Kind kind() {
        return kind;
    }

    /**
     * A string's value; for other scalars their JSON spelling ({@code 10}, {@code true},
     * {@code null}), which messages echo.
     */
    public String text() {
        return text;
    }

    /** A number's exact value; {@code null} for other kinds. */
    public BigDecimal number() {
        return number;
    }

    /** A boolean's value; {@code false} for other kinds. */
    public boolean booleanValue() {
        return kind == Kind.BOOLEAN && "true".equals(text);
    }
}
