package dev.palisade.policy;

import java.util.List;
import java.util.Objects;

/**
 * The {@code defaults} object: what endpoints without their own keys, and requests that match no
 * endpoint, get. A non-empty {@link #authentication()} makes the service deny-by-default.
 * Immutable.
 */
public final class Defaults {

    /** No defaults written: public, built-in injection settings. */
    public static final Defaults NONE = new Defaults(null, InjectionOverride.NONE);

    private final List<String> authentication;
    private final InjectionOverride injection;

    /**
     * @param authentication scheme names, {@code []} for explicitly public, or {@code null} when
     *     the key is absent (also public; the difference shows in {@code explain})
     */
    public Defaults(List<String> authentication, InjectionOverride injection) {
        this.authentication = authentication == null ? null : List.copyOf(authentication);
        this.injection = Objects.requireNonNull(injection, "injection");
    }

    /** Scheme names, or {@code null} when {@code defaults.authentication} is absent. */
    public List<String> authentication() {
        return authentication;
    }

    /** The {@code defaults.injection} keys as written. */
    public InjectionOverride injection() {
        return injection;
    }

    /** Whether requests no rule covers need a credential. */
    public boolean denyByDefault() {
        return authentication != null && !authentication.isEmpty();
    }
}
