package dev.palisade.policy.validate;

/** How serious a {@link Diagnostic} is. */
public enum Severity {
    /** The policy cannot be used. */
    ERROR("error"),
    /** The policy works but probably not as intended. */
    WARNING("warning");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** As printed: {@code error} or {@code warning}. */
    public String label() {
        return label;
    }
}
