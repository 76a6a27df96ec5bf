package dev.palisade.policy;

import dev.palisade.policy.validate.Diagnostic;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The outcome of reading a policy file: the policy when it is valid, and every diagnostic found
 * (errors and warnings, in file order). Immutable.
 */
public final class PolicyLoadResult {

    private final Policy policy;
    private final List<Diagnostic> diagnostics;

    /** @param policy {@code null} exactly when {@code diagnostics} contains an error */
    public PolicyLoadResult(Policy policy, List<Diagnostic> diagnostics) {
        this.policy = policy;
        this.diagnostics = List.copyOf(diagnostics);
        boolean hasErrors = this.diagnostics.stream().anyMatch(Diagnostic::isError);
        if ((policy == null) != hasErrors) {
            throw new IllegalArgumentException("a result has a policy exactly when it has no errors");
        }
    }

    /** Whether the file is a usable policy (warnings allowed). */
    public boolean isValid() {
        return policy != null;
    }

    /**
     * The policy.
     *
     * @throws IllegalStateException when the file had errors; check {@link #isValid()} first
     */
    public Policy policy() {
        if (policy == null) {
            throw new IllegalStateException("the policy has errors: " + errors().size());
        }
        return policy;
    }

    /** Errors and warnings, in file order. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** Only the errors. */
    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).collect(Collectors.toUnmodifiableList());
    }

    /** Only the warnings. */
    public List<Diagnostic> warnings() {
        return diagnostics.stream().filter(diagnostic -> !diagnostic.isError())
                .collect(Collectors.toUnmodifiableList());
    }
}
