package dev.palisade.agent.auth;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** A {@link CredentialSource} built in tests; header names are case-insensitive. */
final class FakeCredentials implements CredentialSource {

    private final Map<String, String> headers = new HashMap<>();
    private final Map<String, String> query = new HashMap<>();
    private final Map<String, String> cookies = new HashMap<>();

    static FakeCredentials none() {
        return new FakeCredentials();
    }

    FakeCredentials header(String name, String value) {
        headers.put(name.toLowerCase(Locale.ROOT), value);
        return this;
    }

    FakeCredentials query(String name, String value) {
        query.put(name, value);
        return this;
    }

    FakeCredentials cookieValue(String name, String value) {
        cookies.put(name, value);
        return this;
    }

    @Override
    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    @Override
    public String queryParameter(String name) {
        return query.get(name);
    }

    @Override
    public String cookie(String name) {
        return cookies.get(name);
    }
}
