package dev.palisade.policy;

/**
 * How strongly a check is enforced. Used for the policy-wide {@code mode} and for each injection
 * setting ({@code injection.sql}, {@code injection.input}).
 *
 * <p>The constants are ordered from strongest to weakest so that {@link #weakest(Mode, Mode)} can
 * combine the policy-wide mode with a per-check setting: a policy in {@code monitor} mode never
 * blocks, whatever an endpoint says.
 */
public enum Mode {
    /** Enforce: the request or statement is refused and an event is recorded. */
    BLOCK("block"),
    /** Dry run: everything is detected and reported, nothing is refused. */
    MONITOR("monitor"),
    /** No check at all (telemetry is still recorded). */
    OFF("off");

    private final String jsonName;

    Mode(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The spelling used in policy files, e.g. {@code "block"}. */
    public String jsonName() {
        return jsonName;
    }

    /**
     * The mode written {@code name} in a policy file, or {@code null} when no mode has that name.
     * Case-sensitive, like every value in the format.
     */
    public static Mode fromJsonName(String name) {
        for (Mode mode : values()) {
            if (mode.jsonName.equals(name)) {
                return mode;
            }
        }
        return null;
    }

    /** The weaker of two modes: {@code weakest(MONITOR, BLOCK) == MONITOR}. */
    public static Mode weakest(Mode a, Mode b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }
}
