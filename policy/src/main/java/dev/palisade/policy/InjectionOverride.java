package dev.palisade.policy;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * An {@code injection} object as written in {@code defaults} or in an endpoint rule: every key is
 * optional, and a missing key inherits. {@code "input": "block"} sets every category;
 * {@code "input": {"xss": "monitor"}} sets only XSS. Immutable.
 */
public final class InjectionOverride {

    /** An override that changes nothing. */
    public static final InjectionOverride NONE = new InjectionOverride(null, Collections.emptyMap(), null);

    private final Mode sql;
    private final Map<InjectionCategory, Mode> input;
    private final Boolean allowFullQueryInput;

    /**
     * @param sql the sink check, or {@code null} to inherit
     * @param input the categories this override sets (others inherit)
     * @param allowFullQueryInput or {@code null} to inherit
     */
    public InjectionOverride(Mode sql, Map<InjectionCategory, Mode> input, Boolean allowFullQueryInput) {
        this.sql = sql;
        EnumMap<InjectionCategory, Mode> copy = new EnumMap<>(InjectionCategory.class);
        copy.putAll(input);
        this.input = Collections.unmodifiableMap(copy);
        this.allowFullQueryInput = allowFullQueryInput;
    }

    /** The sink check as written, or {@code null} when inherited. */
    public Mode sql() {
        return sql;
    }

    /** The input categories this override sets; absent categories inherit. */
    public Map<InjectionCategory, Mode> input() {
        return input;
    }

    /** As written, or {@code null} when inherited. */
    public Boolean allowFullQueryInput() {
        return allowFullQueryInput;
    }

    /** Whether this override sets nothing. */
    public boolean isEmpty() {
        return sql == null && input.isEmpty() && allowFullQueryInput == null;
    }

    /** {@code base} with every key this override sets replaced. */
    public InjectionSettings applyTo(InjectionSettings base) {
        if (isEmpty()) {
            return base;
        }
        EnumMap<InjectionCategory, Mode> merged = new EnumMap<>(base.inputs());
        merged.putAll(input);
        return new InjectionSettings(sql != null ? sql : base.sql(), merged,
                allowFullQueryInput != null ? allowFullQueryInput : base.allowFullQueryInput());
    }
}
