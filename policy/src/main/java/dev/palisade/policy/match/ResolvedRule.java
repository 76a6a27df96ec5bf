package dev.palisade.policy.match;

import dev.palisade.policy.AuthScheme;
import dev.palisade.policy.EndpointRule;
import dev.palisade.policy.InjectionCategory;
import dev.palisade.policy.InjectionSettings;
import dev.palisade.policy.Mode;
import java.util.List;

/**
 * Everything the runtime needs to know about one request's rule, with inheritance already applied:
 * which rule (if any) applied, which credentials are accepted, and how each injection check acts.
 *
 * <p>One instance exists per rule (plus one for the defaults) and is built with the policy, so
 * resolving a request allocates nothing. Immutable.
 */
public final class ResolvedRule {

    /** Where the effective authentication list came from. */
    public enum AuthenticationSource {
        /** The endpoint rule's own {@code authentication}. */
        RULE,
        /** {@code defaults.authentication}. */
        DEFAULTS,
        /** Neither says anything: public. */
        NONE
    }

    private final EndpointRule rule;
    private final List<AuthScheme> authentication;
    private final AuthenticationSource authenticationSource;
    private final InjectionSettings injection;
    private final Mode mode;
    private final boolean allowCorsPreflight;

    ResolvedRule(EndpointRule rule, List<AuthScheme> authentication, AuthenticationSource authenticationSource,
            InjectionSettings injection, Mode mode, boolean allowCorsPreflight) {
        this.rule = rule;
        this.authentication = List.copyOf(authentication);
        this.authenticationSource = authenticationSource;
        this.injection = injection;
        this.mode = mode;
        this.allowCorsPreflight = allowCorsPreflight;
    }

    /** The endpoint rule that applied, or {@code null} when none did and the defaults apply. */
    public EndpointRule rule() {
        return rule;
    }

    /** Whether no endpoint rule applied. */
    public boolean isDefault() {
        return rule == null;
    }

    /** The applied rule's pattern as written (for telemetry's {@code policy.endpoint}), or {@code null}. */
    public String pattern() {
        return rule == null ? null : rule.pattern().text();
    }

    /** Accepted schemes, any one of which must be present; empty means public. */
    public List<AuthScheme> authentication() {
        return authentication;
    }

    /** Whether a credential is required. */
    public boolean requiresAuthentication() {
        return !authentication.isEmpty();
    }

    /** Where {@link #authentication()} came from. */
    public AuthenticationSource authenticationSource() {
        return authenticationSource;
    }

    /** The injection settings as configured (not yet weakened by the policy-wide mode). */
    public InjectionSettings injection() {
        return injection;
    }

    /** The policy-wide mode. */
    public Mode mode() {
        return mode;
    }

    /** Whether CORS preflight requests pass without credentials. */
    public boolean allowCorsPreflight() {
        return allowCorsPreflight;
    }

    /** What a missing credential leads to: {@code OFF} when the rule is public. */
    public Mode authenticationAction() {
        return requiresAuthentication() ? mode : Mode.OFF;
    }

    /** The JDBC sink check, weakened by the policy-wide mode. */
    public Mode sqlAction() {
        return Mode.weakest(mode, injection.sql());
    }

    /** The input detector for {@code category}, weakened by the policy-wide mode. */
    public Mode inputAction(InjectionCategory category) {
        return Mode.weakest(mode, injection.input(category));
    }

    @Override
    public String toString() {
        return (rule == null ? "defaults" : rule.label()) + ": authentication " + authentication
                + ", injection " + injection + ", mode " + mode.jsonName();
    }
}
