package dev.palisade.agent.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BasicCredentialsTest {

    private static String basic(String userColonPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userColonPassword.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"alice:secret", "alice:", "a:b", "alice:pa:ss", "j\u00fcrgen:p\u00e4ss", "user:\u00a0"})
    void acceptsUserColonPasswordWithANonEmptyUser(String credentials) {
        assertEquals(Finding.WELL_FORMED, BasicCredentials.inspect(basic(credentials)), credentials);
    }

    @Test
    void acceptsAnyCaseOfTheSchemeAndSeveralSpaces() {
        assertEquals(Finding.WELL_FORMED, BasicCredentials.inspect("basic YWxpY2U6c2VjcmV0"));
        assertEquals(Finding.WELL_FORMED, BasicCredentials.inspect("BASIC   YWxpY2U6c2VjcmV0"));
    }

    @Test
    void acceptsEveryPaddingLengthAndMissingPadding() {
        assertEquals(Finding.WELL_FORMED, BasicCredentials.inspect(basic("ab:c")));     // no padding needed
        assertEquals(Finding.WELL_FORMED, BasicCredentials.inspect(basic("ab:cd")));    // one '='
        assertEquals(Finding.WELL_FORMED, BasicCredentials.inspect(basic("ab:cde")));   // two '='
        assertEquals(Finding.WELL_FORMED, BasicCredentials.inspect("Basic YWI6Y2Q"));   // "ab:cd" unpadded
        assertEquals(Finding.WELL_FORMED, BasicCredentials.inspect("Basic YWI6Y2Rl"));
    }

    @ParameterizedTest
    @ValueSource(strings = {":secret", ":", "", "alice", "alicesecret"})
    void countsAnEmptyUserOrAMissingColonAsMalformed(String credentials) {
        assertEquals(Finding.MALFORMED, BasicCredentials.inspect(basic(credentials)), credentials);
    }

    @ParameterizedTest
    @ValueSource(strings = {"alice\u0000:x", "al\nice:x", "alice:se\u0007cret", "alice:\u007f"})
    void countsControlCharactersAsMalformed(String credentials) {
        assertEquals(Finding.MALFORMED, BasicCredentials.inspect(basic(credentials)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Basic", "Basic ", "Basic not-base64!", "Basic YWxp Y2U6cw==", "Basic YWxpY2U6c2VjcmV0=",
            "Basic YWI6Y2Q==", "Basic YWI6Y2Rl=", "Basic Y", "Basic YWI6Y2Q===", "Basic =YWI6", "Basic YW=I6Y2Q=",
            "Basic YWxpY2U6c2VjcmV0\u00e9", "Basic\tYWxpY2U6c2VjcmV0", "Basic YWxpY2U_c2VjcmV0", "Basic ===="})
    void countsInvalidBase64AsMalformed(String value) {
        assertEquals(Finding.MALFORMED, BasicCredentials.inspect(value), value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer abc", "Basically YWI6Yw==", "Digest username=\"a\""})
    void otherSchemesAreAbsent(String value) {
        assertEquals(Finding.ABSENT, BasicCredentials.inspect(value));
    }

    @Test
    void handlesAMegabyteOfBase64() {
        String big = basic("u:" + "p".repeat(1 << 20));
        assertEquals(Finding.WELL_FORMED, BasicCredentials.inspect(big));
        assertEquals(Finding.MALFORMED, BasicCredentials.inspect(big + "!"));
    }
}
