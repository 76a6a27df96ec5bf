package dev.palisade.policy;

import java.util.Collections;
import java.util.List;

/** Thrown by {@link PathPattern#parse(String)} with every problem found in the pattern. */
public final class InvalidPatternException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    /** @param problems human-readable problems, at least one */
    public InvalidPatternException(String pattern, List<String> problems) {
        super("invalid path pattern \"" + pattern + "\": " + String.join("; ", problems));
        this.problems = Collections.unmodifiableList(problems);
    }

    /** Each problem, for one diagnostic apiece. */
    public List<String> problems() {
        return problems;
    }
}
