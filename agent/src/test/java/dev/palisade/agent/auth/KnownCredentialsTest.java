package dev.palisade.agent.auth;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class KnownCredentialsTest {

    private final KnownCredentials known = new KnownCredentials(TestPolicies.shop("block"));

    @Test
    void anyCredentialOfAKnownSchemeCountsEvenWhenMalformedOrEmpty() {
        assertTrue(known.anyPresent(FakeCredentials.none().header("Authorization", "Bearer")));
        assertTrue(known.anyPresent(FakeCredentials.none().header("Authorization", "Negotiate abc")));
        assertTrue(known.anyPresent(FakeCredentials.none().header("X-API-Key", "")));
        assertTrue(known.anyPresent(FakeCredentials.none().query("api_key", "")));
        assertTrue(known.anyPresent(FakeCredentials.none().cookieValue("SESSION", "x")));
    }

    @Test
    void otherHeadersParametersAndCookiesDoNotCount() {
        assertFalse(known.anyPresent(FakeCredentials.none()));
        assertFalse(known.anyPresent(FakeCredentials.none().header("X-Other-Key", "k").query("key", "k")
                .cookieValue("JSESSIONID", "x")));
    }

    @Test
    void anAuthorizationHeaderCountsOnlyWhenThePolicyHasAnHttpScheme() {
        KnownCredentials keysOnly = new KnownCredentials(TestPolicies.parse("{ \"version\": 1, \"authentication\": { \"schemes\": {\n"
            + "    \"k\": { \"type\": \"apiKey\", \"in\": \"header\", \"name\": \"X-API-Key\" } } } }\n"));
        assertFalse(keysOnly.anyPresent(FakeCredentials.none().header("Authorization", "Bearer t")));
        assertTrue(keysOnly.anyPresent(FakeCredentials.none().header("X-API-Key", "k")));
    }
}
