package dev.palisade.policy;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Complete injection settings: what the JDBC sink check does, what each input detector does, and
 * whether an input that is the whole SQL query is allowed. Every field has a value; see
 * {@link InjectionOverride} for the partial form written in policy files. Immutable.
 */
public final class InjectionSettings {

    /**
     * What applies when the policy says nothing: the sink check blocks (its false-positive rate is
     * near zero because it looks at the query's structure), input detectors only report (they
     * guess from the input alone), and a whole-query input is treated as an injection.
     */
    public static final InjectionSettings BUILT_IN = new InjectionSettings(Mode.BLOCK,
            uniform(Mode.MONITOR), false);

    private final Mode sql;
    private final Map<InjectionCategory, Mode> input;
    private final boolean allowFullQueryInput;

    /**
     * @param sql the JDBC sink check
     * @param input a mode for every {@link InjectionCategory}
     * @param allowFullQueryInput whether an input equal to the entire SQL query is allowed
     */
    public InjectionSettings(Mode sql, Map<InjectionCategory, Mode> input, boolean allowFullQueryInput) {
        this.sql = Objects.requireNonNull(sql, "sql");
        EnumMap<InjectionCategory, Mode> copy = new EnumMap<>(InjectionCategory.class);
        copy.putAll(input);
        for (InjectionCategory category : InjectionCategory.values()) {
            if (!copy.containsKey(category)) {
                throw new IllegalArgumentException("no mode for input category " + category.jsonName());
            }
        }
        this.input = Collections.unmodifiableMap(copy);
        this.allowFullQueryInput = allowFullQueryInput;
    }

    /** A map giving {@code mode} to every input category. */
    public static Map<InjectionCategory, Mode> uniform(Mode mode) {
        EnumMap<InjectionCategory, Mode> map = new EnumMap<>(InjectionCategory.class);
        for (InjectionCategory category : InjectionCategory.values()) {
            map.put(category, mode);
        }
        return map;
    }

    /** The JDBC sink check ({@code injection.sql}). */
    public Mode sql() {
        return sql;
    }

    /** The input detector for {@code category} ({@code injection.input}). */
    public Mode input(InjectionCategory category) {
        return input.get(category);
    }

    /** Every input category's mode, in declaration order. */
    public Map<InjectionCategory, Mode> inputs() {
        return input;
    }

    /** Whether an input that is the entire SQL query is not an injection (admin consoles). */
    public boolean allowFullQueryInput() {
        return allowFullQueryInput;
    }

    /** Whether every input category has the same mode, so it can be shown as one word. */
    public boolean inputIsUniform() {
        Mode first = input.get(InjectionCategory.SQLI);
        for (Mode mode : input.values()) {
            if (mode != first) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof InjectionSettings)) {
            return false;
        }
        InjectionSettings that = (InjectionSettings) other;
        return sql == that.sql && input.equals(that.input)
                && allowFullQueryInput == that.allowFullQueryInput;
    }

    @Override
    public int hashCode() {
        return Objects.hash(sql, input, allowFullQueryInput);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("sql ").append(sql.jsonName()).append(", input ");
        if (inputIsUniform()) {
            text.append(input.get(InjectionCategory.SQLI).jsonName());
        } else {
            String separator = "";
            for (Map.Entry<InjectionCategory, Mode> entry : input.entrySet()) {
                text.append(separator).append(entry.getKey().jsonName()).append(' ')
                        .append(entry.getValue().jsonName());
                separator = ", ";
            }
        }
        return text.append(", allowFullQueryInput ").append(allowFullQueryInput).toString();
    }
}
