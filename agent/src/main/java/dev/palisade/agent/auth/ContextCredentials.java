package dev.palisade.agent.auth;

import java.util.List;

import dev.palisade.agent.context.RequestContext;

/** {@link CredentialSource} over a request context (query and cookies parsed once, lazily). */
final class ContextCredentials implements CredentialSource {

    private final RequestContext context;

    ContextCredentials(RequestContext context) {
        this.context = context;
    }

    @Override
    public String header(String name) {
        return context.header(name);
    }

    @Override
    public String queryParameter(String name) {
        return first(context.queryParameters().get(name));
    }

    @Override
    public String cookie(String name) {
        return first(context.cookies().get(name));
    }

    private static String first(List<String> values) {
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
