package dev.palisade.agent.auth;

import java.util.Map;

import dev.palisade.policy.AuthScheme;
import dev.palisade.policy.match.ResolvedRule;

/**
 * The 401 the agent answers with: {@code WWW-Authenticate} and the JSON body. The context adds
 * {@code Content-Type: application/json} and {@code Cache-Control: no-store}.
 */
final class UnauthorizedResponse {

    static final int STATUS = 401;

    private UnauthorizedResponse() {
    }

    /**
     * One challenge per accepted HTTP scheme, in the rule's order: {@code Bearer realm="palisade",
     * Basic realm="palisade"}. When the rule accepts only API keys there is no standard scheme to
     * name, but RFC 9110 requires a 401 to carry at least one challenge, so it names
     * {@code ApiKey realm="palisade"} (the de-facto spelling, without the key's name or location).
     */
    static String challenge(ResolvedRule rule) {
        boolean bearer = false;
        boolean basic = false;
        StringBuilder challenges = new StringBuilder();
        for (AuthScheme scheme : rule.authentication()) {
            if (scheme.type() == AuthScheme.Type.HTTP_BEARER && !bearer) {
                bearer = true;
                append(challenges, "Bearer");
            } else if (scheme.type() == AuthScheme.Type.HTTP_BASIC && !basic) {
                basic = true;
                append(challenges, "Basic");
            }
        }
        if (challenges.length() == 0) {
            append(challenges, "ApiKey");
        }
        return challenges.toString();
    }

    private static void append(StringBuilder challenges, String scheme) {
        if (challenges.length() > 0) {
            challenges.append(", ");
        }
        challenges.append(scheme).append(" realm=\"palisade\"");
    }

    /** The body; request ids are limited to {@code A-Za-z0-9._:-}, so no JSON escaping is needed. */
    static String body(String requestId) {
        return "{\"error\":\"authentication_required\",\"requestId\":\"" + requestId + "\"}";
    }

    static Map<String, String> headers(ResolvedRule rule) {
        return Map.of("WWW-Authenticate", challenge(rule));
    }
}
