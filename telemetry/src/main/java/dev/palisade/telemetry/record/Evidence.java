package dev.palisade.telemetry.record;

import dev.palisade.telemetry.text.SafeText;
import dev.palisade.telemetry.text.SecretRedactor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the {@code evidence} object of a security event, with named setters for the fields the
 * features share and {@link #put} for anything else.
 *
 * <p>Credentials never get in: {@link #input} and {@link #header} pass the value through the
 * {@link SecretRedactor} by its name, whatever the source (header, cookie, query). Every string is
 * cleaned and cut by {@link SafeText}; {@link #truncated()} reports whether any was cut so the feature
 * can also set its own {@code truncated} flag (e.g. input inspected only up to a cap).
 *
 * <p>Field names: {@code input.source}, {@code input.name}, {@code input.excerpt}, {@code sql.masked},
 * {@code sql.dialect}, {@code stack}, {@code category}, {@code confidence}, {@code headers},
 * {@code truncated}.
 */
public final class Evidence {

    private static final int MAX_STACK_FRAMES = 10;

    private final SafeText text;
    private final SecretRedactor redactor;
    private final Attributes.Builder attributes;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private boolean anyTruncated;
    private Boolean explicitTruncated;

    private Evidence(SafeText text, SecretRedactor redactor) {
        this.text = text;
        this.redactor = redactor;
        this.attributes = Attributes.builder(text);
    }

    /** Evidence with default text limits and the built-in secret names. */
    public static Evidence builder() {
        return new Evidence(SafeText.defaults(), SecretRedactor.defaults());
    }

    /** Evidence with the given limits and redactor (use the agent's configured ones). */
    public static Evidence builder(SafeText text, SecretRedactor redactor) {
        return new Evidence(text, redactor);
    }

    /**
     * The input that triggered the decision: its source ({@code query}, {@code form}, {@code path},
     * {@code header}, {@code cookie}, {@code body}), its name, and an excerpt of its value. The excerpt
     * is redacted when the name is a credential name.
     */
    public Evidence input(String source, String name, String excerpt) {
        attributes.put("input.source", source);
        attributes.put("input.name", track(name));
        attributes.put("input.excerpt", track(redactor.redact(name, excerpt)));
        return this;
    }

    /** A request header, redacted when it carries credentials; collected under {@code headers}. */
    public Evidence header(String name, String value) {
        if (name != null && headers.size() < Attributes.MAX_ENTRIES) {
            headers.put(name, redactor.redact(name, value));
        }
        return this;
    }

    /** The SQL the driver was given, with literals already masked by the SQL feature. */
    public Evidence maskedSql(String maskedSql) {
        attributes.put("sql.masked", track(maskedSql));
        return this;
    }

    /** The SQL dialect used to tokenize. */
    public Evidence dialect(String dialect) {
        attributes.put("sql.dialect", dialect);
        return this;
    }

    /** Application stack frames, innermost first; at most 10 are kept. */
    public Evidence stack(List<String> frames) {
        List<String> kept = new ArrayList<>(Math.min(frames.size(), MAX_STACK_FRAMES));
        for (int i = 0; i < frames.size() && i < MAX_STACK_FRAMES; i++) {
            kept.add(frames.get(i));
        }
        attributes.put("stack", kept);
        return this;
    }

    /** The detector's category ({@code sqli}, {@code xss}, {@code cmdi}, {@code path}). */
    public Evidence category(String category) {
        attributes.put("category", category);
        return this;
    }

    /** The detector's confidence, 0 to 1. */
    public Evidence confidence(double confidence) {
        attributes.put("confidence", confidence);
        return this;
    }

    /** Sets {@code truncated} explicitly, e.g. when the input was inspected only up to a cap. */
    public Evidence truncated(boolean truncated) {
        this.explicitTruncated = truncated;
        return this;
    }

    /** Whether a value given so far was cut to the length limit. */
    public boolean truncated() {
        return anyTruncated;
    }

    /** Any other field; see {@link Attributes.Builder#putObject} for the allowed types. */
    public Evidence put(String key, Object value) {
        attributes.putObject(key, value instanceof String ? track((String) value) : value);
        return this;
    }

    /** The evidence object. {@code truncated} is written when set explicitly or when a value was cut. */
    public Attributes build() {
        if (!headers.isEmpty()) {
            attributes.put("headers", headers);
        }
        if (explicitTruncated != null || anyTruncated) {
            attributes.put("truncated", anyTruncated || explicitTruncated);
        }
        return attributes.build();
    }

    private String track(String value) {
        if (value != null && value.length() > text.maxChars()) {
            anyTruncated = true;
        }
        return value;
    }
}
