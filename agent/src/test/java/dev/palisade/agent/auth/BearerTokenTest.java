package dev.palisade.agent.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BearerTokenTest {

    @ParameterizedTest
    @ValueSource(strings = {"Bearer abc", "bearer abc", "BEARER abc", "Bearer   abc", "Bearer abc ",
            "  Bearer abc", "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln", "Bearer a-._~+/b",
            "Bearer abc=", "Bearer abc==", "Bearer 0"})
    void acceptsRfc6750Tokens(String value) {
        assertEquals(Finding.WELL_FORMED, BearerToken.inspect(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer", "Bearer ", "Bearer    ", "Bearer abc def", "Bearer ab=c", "Bearer =",
            "Bearer ===", "Bearer\tabc", "Bearer a\u0000b", "Bearer a\nb", "Bearer t\u00f6ken", "Bearer a,b",
            "Bearer \"abc\"", "Bearer a\u202eb"})
    void countsMalformedTokensAsMalformed(String value) {
        assertEquals(Finding.MALFORMED, BearerToken.inspect(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Basic YTpi", "Bearerabc", "Token abc", "Beare abc", "MAC abc"})
    void otherSchemesAreAbsentNotMalformed(String value) {
        assertEquals(Finding.ABSENT, BearerToken.inspect(value));
    }

    @Test
    void absentWithoutAnAuthorizationHeader() {
        assertEquals(Finding.ABSENT, BearerToken.inspect(null));
    }

    @Test
    void handlesAMegabyteTokenInLinearTime() {
        String token = "a".repeat(1 << 20);
        assertEquals(Finding.WELL_FORMED, BearerToken.inspect("Bearer " + token));
        assertEquals(Finding.MALFORMED, BearerToken.inspect("Bearer " + token + " x"));
        assertEquals(Finding.MALFORMED, BearerToken.inspect("Bearer " + " ".repeat(1 << 20)));
    }
}
