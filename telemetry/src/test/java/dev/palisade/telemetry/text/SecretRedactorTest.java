package dev.palisade.telemetry.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SecretRedactorTest {

    private final SecretRedactor redactor = SecretRedactor.defaults().withApiKeyNames(List.of("X-Tenant-Key"));

    @Test
    void redactsAuthorizationButKeepsTheSchemeWord() {
        assertEquals("Bearer [redacted]", redactor.redact("Authorization", "Bearer eyJhbGciOi.secret.sig"));
        assertEquals("Basic [redacted]", redactor.redact("proxy-authorization", "Basic dXNlcjpwYXNz"));
    }

    @Test
    void redactsAuthorizationWithoutASchemeEntirely() {
        assertEquals("[redacted]", redactor.redact("Authorization", "rawsecrettoken"));
        assertEquals("[redacted]", redactor.redact("Authorization", "a!b c"));
    }

    @Test
    void redactsCookiesWhole() {
        assertEquals("[redacted]", redactor.redact("Cookie", "session=abc; theme=dark"));
        assertEquals("[redacted]", redactor.redact("SET-COOKIE", "session=abc; HttpOnly"));
    }

    @Test
    void redactsConfiguredApiKeyNamesCaseInsensitively() {
        assertTrue(redactor.isSecret("x-tenant-key"));
        assertEquals("[redacted]", redactor.redact("X-TENANT-KEY", "k-123"));
        assertFalse(SecretRedactor.defaults().isSecret("X-Tenant-Key"));
    }

    @Test
    void leavesOrdinaryNamesAndNullValuesAlone() {
        assertEquals("42", redactor.redact("id", "42"));
        assertEquals(null, redactor.redact("Authorization", null));
    }

    @Test
    void redactsSecretQueryParametersOnly() {
        assertEquals("q=shoes&api_key=[redacted]&page=2&x-tenant-key=[redacted]&flag",
                redactor.redactQuery("q=shoes&api_key=s3cret&page=2&x-tenant-key=abc&flag"));
    }
}
