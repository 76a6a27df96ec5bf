package dev.palisade.telemetry.text;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Replaces credential values with {@link #REDACTED} so telemetry never contains a secret.
 *
 * <p>A name is secret when it matches, case-insensitively, one of the built-in names
 * ({@code Authorization}, {@code Proxy-Authorization}, {@code Cookie}, {@code Set-Cookie} and a few
 * common API-key and token parameter names, see {@link #defaults()}) or one of the API-key names the
 * policy configures. The name is checked whatever the input source is: an API key in a query parameter
 * is redacted just like one in a header.
 *
 * <p>For {@code Authorization}-style values the scheme word is kept ({@code Bearer [redacted]}) because
 * it helps explain an {@code authentication.missing} decision and reveals nothing. Immutable and
 * thread-safe.
 */
public final class SecretRedactor {

    /** What a redacted value is replaced with. */
    public static final String REDACTED = "[redacted]";

    private static final Set<String> BUILT_IN = Set.of(
            "authorization", "proxy-authorization", "cookie", "set-cookie",
            "x-api-key", "api-key", "apikey", "api_key", "x-auth-token",
            "access_token", "id_token", "refresh_token", "client_secret", "password");

    private static final Set<String> AUTHORIZATION_HEADERS = Set.of("authorization", "proxy-authorization");
    private static final int MAX_SCHEME_LENGTH = 16;
    private static final SecretRedactor DEFAULTS = new SecretRedactor(BUILT_IN);

    private final Set<String> secretNames;

    private SecretRedactor(Set<String> lowerCaseNames) {
        this.secretNames = lowerCaseNames;
    }

    /** A redactor that knows the built-in credential names. */
    public static SecretRedactor defaults() {
        return DEFAULTS;
    }

    /** A copy that also treats {@code apiKeyNames} (header, query or cookie names) as secret. */
    public SecretRedactor withApiKeyNames(Collection<String> apiKeyNames) {
        Set<String> names = new LinkedHashSet<>(secretNames);
        for (String name : apiKeyNames) {
            if (name != null && !name.isBlank()) {
                names.add(name.trim().toLowerCase(Locale.ROOT));
            }
        }
        return new SecretRedactor(Collections.unmodifiableSet(names));
    }

    /** Whether values under {@code name} are credentials. */
    public boolean isSecret(String name) {
        return name != null && secretNames.contains(name.trim().toLowerCase(Locale.ROOT));
    }

    /**
     * Returns {@code value} unchanged when {@code name} is not secret, otherwise its redacted form.
     * {@code null} values stay {@code null}.
     */
    public String redact(String name, String value) {
        if (value == null || !isSecret(name)) {
            return value;
        }
        if (AUTHORIZATION_HEADERS.contains(name.trim().toLowerCase(Locale.ROOT))) {
            return redactAuthorization(value);
        }
        return REDACTED;
    }

    /**
     * Redacts the values of secret parameters in a query string ({@code a=1&api_key=s} becomes
     * {@code a=1&api_key=[redacted]}); other parameters are kept.
     */
    public String redactQuery(String query) {
        if (query == null || query.isEmpty()) {
            return query;
        }
        StringBuilder out = new StringBuilder(query.length());
        int start = 0;
        while (start <= query.length()) {
            int end = query.indexOf('&', start);
            if (end < 0) {
                end = query.length();
            }
            String pair = query.substring(start, end);
            int eq = pair.indexOf('=');
            if (eq >= 0 && isSecret(pair.substring(0, eq))) {
                out.append(pair, 0, eq + 1).append(REDACTED);
            } else {
                out.append(pair);
            }
            if (end < query.length()) {
                out.append('&');
            }
            start = end + 1;
        }
        return out.toString();
    }

    private static String redactAuthorization(String value) {
        String trimmed = value.trim();
        int space = trimmed.indexOf(' ');
        if (space > 0 && space <= MAX_SCHEME_LENGTH && isSchemeWord(trimmed, space)) {
            return trimmed.substring(0, space) + ' ' + REDACTED;
        }
        return REDACTED;
    }

    private static boolean isSchemeWord(String s, int end) {
        for (int i = 0; i < end; i++) {
            char c = s.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-')) {
                return false;
            }
        }
        return true;
    }
}
