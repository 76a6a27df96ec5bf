package dev.palisade.agent.auth;

import dev.palisade.policy.AuthScheme;

/** Looks for one policy scheme's credential in a request. */
public final class SchemePresence {

    /** The header HTTP schemes travel in. */
    public static final String AUTHORIZATION = "Authorization";

    private SchemePresence() {
    }

    /** What the request carries for {@code scheme}. */
    public static Finding inspect(AuthScheme scheme, CredentialSource request) {
        switch (scheme.type()) {
            case HTTP_BEARER:
                return BearerToken.inspect(request.header(AUTHORIZATION));
            case HTTP_BASIC:
                return BasicCredentials.inspect(request.header(AUTHORIZATION));
            default:
                return ApiKeyValue.inspect(apiKey(scheme, request));
        }
    }

    /** The raw value of an API-key scheme's credential, or {@code null}. */
    static String apiKey(AuthScheme scheme, CredentialSource request) {
        switch (scheme.location()) {
            case HEADER:
                return request.header(scheme.parameterName());
            case QUERY:
                return request.queryParameter(scheme.parameterName());
            default:
                return request.cookie(scheme.parameterName());
        }
    }
}
