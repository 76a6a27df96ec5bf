package dev.palisade.telemetry.record;

import dev.palisade.telemetry.text.SafeText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable, ordered map from names to JSON-able values: {@code String}, {@code Long},
 * {@code Double}, {@code Boolean}, {@code List} of those, nested {@code Attributes}, or {@code null}.
 *
 * <p>Used for security-event evidence and agent-record details, so that features can add fields
 * without changing the record classes. The builder cleans every string (keys, values, list elements)
 * with {@link SafeText} and bounds the size: at most {@value #MAX_ENTRIES} entries per map and
 * {@value #MAX_ENTRIES} elements per list; anything beyond is dropped and the map gets
 * {@code "truncated": true} (a list gets a final {@link SafeText#TRUNCATION_MARKER} element).
 */
public final class Attributes {

    /** The bound on entries per map and elements per list. */
    public static final int MAX_ENTRIES = 64;

    private static final int MAX_KEY_CHARS = 128;
    private static final Attributes EMPTY = new Attributes(Collections.emptyMap());
    private static final SafeText KEY_TEXT = SafeText.withMaxChars(MAX_KEY_CHARS);

    private final Map<String, Object> values;

    private Attributes(Map<String, Object> values) {
        this.values = values;
    }

    /** No attributes. */
    public static Attributes empty() {
        return EMPTY;
    }

    /** A builder that cleans strings with the default {@link SafeText} limits. */
    public static Builder builder() {
        return new Builder(SafeText.defaults());
    }

    /** A builder that cleans strings with {@code text}. */
    public static Builder builder(SafeText text) {
        return new Builder(text);
    }

    /** The entries in insertion order; unmodifiable. */
    public Map<String, Object> asMap() {
        return values;
    }

    /** The value under {@code key}, or {@code null}. */
    public Object get(String key) {
        return values.get(key);
    }

    /** Whether there are no entries. */
    public boolean isEmpty() {
        return values.isEmpty();
    }

    @Override
    public String toString() {
        return values.toString();
    }

    /** Collects attributes; not thread-safe, build on one thread and share the result. */
    public static final class Builder {
        private final SafeText text;
        private final LinkedHashMap<String, Object> values = new LinkedHashMap<>();
        private boolean truncated;

        private Builder(SafeText text) {
            this.text = text;
        }

        /** Adds a string, cleaned and cut to the configured length; {@code null} writes JSON null. */
        public Builder put(String key, String value) {
            return putClean(key, text.clean(value));
        }

        /** Adds an integer. */
        public Builder put(String key, long value) {
            return putClean(key, value);
        }

        /** Adds a floating-point number; NaN and infinities are written as null. */
        public Builder put(String key, double value) {
            return putClean(key, Double.isFinite(value) ? value : null);
        }

        /** Adds a boolean. */
        public Builder put(String key, boolean value) {
            return putClean(key, value);
        }

        /** Adds nested attributes. */
        public Builder put(String key, Attributes nested) {
            return putClean(key, nested);
        }

        /** Adds a list; elements are cleaned like values (strings, numbers, booleans, maps, lists). */
        public Builder put(String key, List<?> list) {
            return putClean(key, list == null ? null : cleanList(list));
        }

        /** Adds a map as nested attributes; keys and values are cleaned. */
        public Builder put(String key, Map<String, ?> map) {
            return putClean(key, map == null ? null : cleanMap(map));
        }

        /** Adds a value of any supported type (see the class comment); other types become strings. */
        public Builder putObject(String key, Object value) {
            return putClean(key, cleanValue(value));
        }

        /** Adds every entry of {@code other}. */
        public Builder putAll(Attributes other) {
            for (Map.Entry<String, Object> e : other.values.entrySet()) {
                putClean(e.getKey(), e.getValue());
            }
            return this;
        }

        /** The immutable result. */
        public Attributes build() {
            if (values.isEmpty() && !truncated) {
                return EMPTY;
            }
            LinkedHashMap<String, Object> copy = new LinkedHashMap<>(values);
            if (truncated) {
                copy.put("truncated", Boolean.TRUE);
            }
            return new Attributes(Collections.unmodifiableMap(copy));
        }

        private Builder putClean(String key, Object value) {
            String cleanKey = KEY_TEXT.clean(key == null ? "null" : key);
            if (values.size() >= MAX_ENTRIES && !values.containsKey(cleanKey)) {
                truncated = true;
                return this;
            }
            values.put(cleanKey, value);
            return this;
        }

        private Object cleanValue(Object value) {
            if (value == null || value instanceof Boolean || value instanceof Attributes) {
                return value;
            }
            if (value instanceof Double || value instanceof Float) {
                double d = ((Number) value).doubleValue();
                return Double.isFinite(d) ? d : null;
            }
            if (value instanceof Number) {
                return ((Number) value).longValue();
            }
            if (value instanceof List) {
                return cleanList((List<?>) value);
            }
            if (value instanceof Map) {
                @SuppressWarnings("unchecked")
                Map<String, ?> map = (Map<String, ?>) value;
                return cleanMap(map);
            }
            return text.clean(String.valueOf(value));
        }

        private List<Object> cleanList(List<?> list) {
            List<Object> out = new ArrayList<>(Math.min(list.size(), MAX_ENTRIES + 1));
            for (Object element : list) {
                if (out.size() == MAX_ENTRIES) {
                    out.add(SafeText.TRUNCATION_MARKER);
                    break;
                }
                out.add(cleanValue(element));
            }
            return Collections.unmodifiableList(out);
        }

        private Attributes cleanMap(Map<String, ?> map) {
            Builder nested = new Builder(text);
            for (Map.Entry<String, ?> e : map.entrySet()) {
                nested.putObject(String.valueOf(e.getKey()), e.getValue());
            }
            return nested.build();
        }
    }
}
