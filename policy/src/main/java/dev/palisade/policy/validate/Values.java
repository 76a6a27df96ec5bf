package dev.palisade.policy.validate;

import dev.palisade.policy.Quote;
import dev.palisade.policy.json.JsonArray;
import dev.palisade.policy.json.JsonScalar;
import dev.palisade.policy.json.JsonValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Typed reads of single JSON values. Each returns {@code null} and records an error naming the
 * expected and the found type when the value does not fit.
 */
final class Values {

    private Values() {
    }

    static String string(JsonValue value, String path, Diagnostics diagnostics) {
        if (value.kind() == JsonValue.Kind.STRING) {
            return ((JsonScalar) value).text();
        }
        diagnostics.error(value, path, "expected a string, found " + found(value));
        return null;
    }

    static Boolean bool(JsonValue value, String path, Diagnostics diagnostics) {
        if (value.kind() == JsonValue.Kind.BOOLEAN) {
            return ((JsonScalar) value).booleanValue();
        }
        String text = value.kind() == JsonValue.Kind.STRING ? ((JsonScalar) value).text() : null;
        String suggestion = "true".equals(text) || "false".equals(text) ? "write " + text + " without quotes" : null;
        diagnostics.error(value, path, "expected true or false, found " + found(value), suggestion);
        return null;
    }

    static Integer integer(JsonValue value, String path, long min, long max, Diagnostics diagnostics) {
        String range = "an integer from " + min + " to " + max;
        if (value.kind() != JsonValue.Kind.NUMBER) {
            String text = value.kind() == JsonValue.Kind.STRING ? ((JsonScalar) value).text() : null;
            String suggestion = text != null && text.matches("-?[0-9]{1,18}") ? "write " + text + " without quotes"
                    : null;
            diagnostics.error(value, path, "expected " + range + ", found " + found(value), suggestion);
            return null;
        }
        BigDecimal number = ((JsonScalar) value).number();
        String text = ((JsonScalar) value).text();
        // JSON Schema counts 10.0 as an integer; so do we, to accept exactly what the schema accepts.
        if (number.signum() != 0 && number.stripTrailingZeros().scale() > 0) {
            diagnostics.error(value, path, "expected " + range + ", found " + Quote.escape(text));
            return null;
        }
        if (number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
            diagnostics.error(value, path, Quote.escape(text) + " is out of range; expected " + range);
            return null;
        }
        return number.intValueExact();
    }

    /** One of {@code allowed}, with a "did you mean" suggestion for near misses. */
    static String oneOf(JsonValue value, String path, List<String> allowed, Diagnostics diagnostics) {
        if (value.kind() != JsonValue.Kind.STRING) {
            diagnostics.error(value, path, "expected one of " + quoted(allowed) + ", found " + found(value));
            return null;
        }
        String text = ((JsonScalar) value).text();
        if (allowed.contains(text)) {
            return text;
        }
        diagnostics.error(value, path, "invalid value " + Quote.of(text) + "; expected one of " + quoted(allowed),
                Suggestions.didYouMean(text, allowed));
        return null;
    }

    static JsonArray array(JsonValue value, String path, Diagnostics diagnostics) {
        if (value.kind() == JsonValue.Kind.ARRAY) {
            return (JsonArray) value;
        }
        diagnostics.error(value, path, "expected an array, found " + found(value));
        return null;
    }

    /** {@code a number (10)}, {@code a string ("x")}, {@code an object}: what a message says was found. */
    static String found(JsonValue value) {
        switch (value.kind()) {
            case OBJECT:
            case ARRAY:
            case NULL:
                return value.kind().description();
            case STRING:
                return "a string (" + Quote.of(((JsonScalar) value).text()) + ")";
            default:
                return value.kind().description() + " (" + Quote.escape(((JsonScalar) value).text()) + ")";
        }
    }

    static String quoted(List<String> words) {
        return words.stream().map(word -> "\"" + word + "\"").collect(Collectors.joining(", "));
    }
}
