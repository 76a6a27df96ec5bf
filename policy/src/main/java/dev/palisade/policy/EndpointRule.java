package dev.palisade.policy;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One entry of {@code endpoints}: a path pattern, optionally limited to some methods, with its own
 * authentication requirement and injection overrides. Immutable.
 */
public final class EndpointRule {

    private final int index;
    private final PathPattern pattern;
    private final Set<String> methods;
    private final List<String> authentication;
    private final InjectionOverride injection;
    private final String description;
    private final int line;
    private final int column;

    /**
     * @param index position in {@code endpoints}; on a precedence tie the lower index wins
     * @param methods HTTP methods this rule applies to, or {@code null} for every method
     * @param authentication scheme names (any one suffices; empty = public), or {@code null} to
     *     take {@code defaults.authentication}
     * @param line where the rule starts in the policy file (1-based; 0 if unknown)
     */
    public EndpointRule(int index, PathPattern pattern, Set<String> methods, List<String> authentication,
            InjectionOverride injection, String description, int line, int column) {
        this.index = index;
        this.pattern = Objects.requireNonNull(pattern, "pattern");
        this.methods = methods == null ? null : Collections.unmodifiableSet(new LinkedHashSet<>(methods));
        this.authentication = authentication == null ? null : List.copyOf(authentication);
        this.injection = injection == null ? InjectionOverride.NONE : injection;
        this.description = description;
        this.line = line;
        this.column = column;
    }

    /** Position in {@code endpoints}, from 0. */
    public int index() {
        return index;
    }

    /** The path pattern. */
    public PathPattern pattern() {
        return pattern;
    }

    /** The methods this rule is limited to, or {@code null} when it applies to every method. */
    public Set<String> methods() {
        return methods;
    }

    /** Whether the rule applies to requests with this method (case-sensitive, like HTTP). */
    public boolean appliesTo(String method) {
        return methods == null || methods.contains(method);
    }

    /** Scheme names as written, or {@code null} when the rule inherits {@code defaults.authentication}. */
    public List<String> authentication() {
        return authentication;
    }

    /** The rule's injection keys; {@link InjectionOverride#NONE} when it has none. */
    public InjectionOverride injection() {
        return injection;
    }

    /** The free-text description, or {@code null}. */
    public String description() {
        return description;
    }

    /** 1-based line of the rule's {@code {} in the policy file. */
    public int line() {
        return line;
    }

    /** 1-based column of the rule's {@code {} in the policy file. */
    public int column() {
        return column;
    }

    /** {@code endpoints[2] "/api/orders/{id}" [GET, DELETE]}: how tools name a rule. */
    public String label() {
        String label = "endpoints[" + index + "] " + Quote.of(pattern.text());
        return methods == null ? label : label + " " + methods;
    }

    @Override
    public String toString() {
        return label();
    }
}
