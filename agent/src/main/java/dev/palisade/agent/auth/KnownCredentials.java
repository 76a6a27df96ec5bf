package dev.palisade.agent.auth;

import java.util.LinkedHashSet;
import java.util.Set;

import dev.palisade.policy.ApiKeyLocation;
import dev.palisade.policy.AuthScheme;
import dev.palisade.policy.Policy;

/**
 * Where the credentials of every scheme a policy defines travel, for one question asked of every
 * request, public or not: did it carry any credential at all, well-formed or not? (Telemetry's
 * inventory flags endpoints that answer 2xx to requests without one.) Built once per policy
 * snapshot. Immutable.
 */
final class KnownCredentials {

    private final Policy policy;
    private final boolean authorizationHeader;
    private final String[] headers;
    private final String[] queryParameters;
    private final String[] cookies;

    KnownCredentials(Policy policy) {
        this.policy = policy;
        boolean http = false;
        Set<String> headerNames = new LinkedHashSet<>();
        Set<String> queryNames = new LinkedHashSet<>();
        Set<String> cookieNames = new LinkedHashSet<>();
        for (AuthScheme scheme : policy.schemes().values()) {
            if (scheme.type() != AuthScheme.Type.API_KEY) {
                http = true;
            } else if (scheme.location() == ApiKeyLocation.HEADER) {
                headerNames.add(scheme.parameterName());
            } else if (scheme.location() == ApiKeyLocation.QUERY) {
                queryNames.add(scheme.parameterName());
            } else {
                cookieNames.add(scheme.parameterName());
            }
        }
        this.authorizationHeader = http;
        this.headers = headerNames.toArray(new String[0]);
        this.queryParameters = queryNames.toArray(new String[0]);
        this.cookies = cookieNames.toArray(new String[0]);
    }

    /** The snapshot this index was built for. */
    Policy policy() {
        return policy;
    }

    /**
     * Whether the request carries any credential of a scheme the policy knows, in whatever shape:
     * any {@code Authorization} header when the policy has an HTTP scheme, any named API-key
     * header, query parameter or cookie, even an empty one.
     */
    boolean anyPresent(CredentialSource request) {
        if (authorizationHeader && request.header(SchemePresence.AUTHORIZATION) != null) {
            return true;
        }
        for (String name : headers) {
            if (request.header(name) != null) {
                return true;
            }
        }
        for (String name : queryParameters) {
            if (request.queryParameter(name) != null) {
                return true;
            }
        }
        for (String name : cookies) {
            if (request.cookie(name) != null) {
                return true;
            }
        }
        return false;
    }
}
