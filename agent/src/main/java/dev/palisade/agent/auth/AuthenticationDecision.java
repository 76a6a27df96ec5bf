package dev.palisade.agent.auth;

import java.util.List;

import dev.palisade.agent.context.FrameworkPath;
import dev.palisade.policy.AuthScheme;
import dev.palisade.policy.Mode;
import dev.palisade.policy.Policy;
import dev.palisade.policy.match.ResolvedRule;

/**
 * The core of the authentication check, callable without a servlet (and benchmarked that way):
 * given the policy, the rule resolved for the container's path and the request's credentials,
 * is a required credential missing?
 *
 * <p>The rule for the container's path is checked first. When the raw URI reads differently to a
 * framework (see {@link FrameworkPath}) or the path has upper-case letters, the rules for those
 * readings must hold too: a request passes only if every reading's rule is satisfied. So the
 * agent is never more permissive than whichever router serves the request; at worst it asks for
 * credentials on a path no router serves.
 *
 * <p>Satisfied requests get the shared {@link #SATISFIED} instance: the common path allocates
 * nothing beyond what rule resolution does for alternative readings.
 */
public final class AuthenticationDecision {

    /** Every applicable rule is satisfied (or requires nothing). */
    public static final AuthenticationDecision SATISFIED = new AuthenticationDecision(null, null);

    /** The path reading that decided, for evidence: the container's canonical path. */
    public static final String CONTAINER_PATH = "container path";

    /** The raw URI's segments as Spring MVC reads them ({@link FrameworkPath#literalSegments}). */
    public static final String FRAMEWORK_PATH = "raw path segments";

    /** One of the above with ASCII letters lower-cased. */
    public static final String CASE_FOLDED_PATH = "case-folded path";

    private final ResolvedRule unmetRule;
    private final String pathReading;

    private AuthenticationDecision(ResolvedRule unmetRule, String pathReading) {
        this.unmetRule = unmetRule;
        this.pathReading = pathReading;
    }

    /**
     * Decides for one request.
     *
     * @param resolved the rule already resolved for {@code containerPath}
     * @param rawUri the request URI as received (no query string), or {@code null}
     */
    public static AuthenticationDecision decide(Policy policy, ResolvedRule resolved, String method,
            String containerPath, String rawUri, CredentialSource request) {
        if (!isSatisfied(resolved, method, request)) {
            return new AuthenticationDecision(resolved, CONTAINER_PATH);
        }
        String literal = FrameworkPath.literalSegments(rawUri, containerPath);
        ResolvedRule unmet = unmetFor(policy, resolved, method, literal, request);
        if (unmet != null) {
            return new AuthenticationDecision(unmet, FRAMEWORK_PATH);
        }
        unmet = unmetFor(policy, resolved, method, FrameworkPath.asciiLowerCase(containerPath), request);
        if (unmet == null) {
            unmet = unmetFor(policy, resolved, method, FrameworkPath.asciiLowerCase(literal), request);
        }
        return unmet == null ? SATISFIED : new AuthenticationDecision(unmet, CASE_FOLDED_PATH);
    }

    /** The rule for another reading of the path when it differs from {@code resolved} and is unmet. */
    private static ResolvedRule unmetFor(Policy policy, ResolvedRule resolved, String method, String path,
            CredentialSource request) {
        if (path == null) {
            return null;
        }
        ResolvedRule rule = policy.resolve(method, path);
        return rule != resolved && !isSatisfied(rule, method, request) ? rule : null;
    }

    /**
     * Whether {@code rule} lets the request through: nothing required (public, or the policy's
     * mode is {@code off}), a CORS preflight the rule lets pass, or a well-formed credential of
     * any accepted scheme.
     */
    public static boolean isSatisfied(ResolvedRule rule, String method, CredentialSource request) {
        if (rule.authenticationAction() == Mode.OFF) {
            return true;
        }
        if (rule.allowCorsPreflight() && isCorsPreflight(method, request)) {
            return true;
        }
        List<AuthScheme> accepted = rule.authentication();
        for (int i = 0; i < accepted.size(); i++) {
            if (SchemePresence.inspect(accepted.get(i), request) == Finding.WELL_FORMED) {
                return true;
            }
        }
        return false;
    }

    /** {@code OPTIONS} with {@code Origin} and {@code Access-Control-Request-Method}: what browsers send, never with credentials. */
    static boolean isCorsPreflight(String method, CredentialSource request) {
        return "OPTIONS".equals(method) && request.header("Origin") != null
                && request.header("Access-Control-Request-Method") != null;
    }

    /** Whether the request may go on without the check acting. */
    public boolean satisfied() {
        return unmetRule == null;
    }

    /** The rule whose requirement is unmet, or {@code null}. */
    public ResolvedRule unmetRule() {
        return unmetRule;
    }

    /** Which reading of the path led to {@link #unmetRule()}, or {@code null}. */
    public String pathReading() {
        return pathReading;
    }
}
