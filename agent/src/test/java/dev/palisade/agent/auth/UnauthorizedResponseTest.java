package dev.palisade.agent.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import dev.palisade.policy.Policy;

class UnauthorizedResponseTest {

    private final Policy policy = TestPolicies.shop("block");

    @Test
    void namesTheAcceptedHttpSchemesInTheRulesOrder() {
        assertEquals("Bearer realm=\"palisade\", Basic realm=\"palisade\"",
                UnauthorizedResponse.challenge(policy.resolve("GET", "/api/admin/x")));
        assertEquals("Bearer realm=\"palisade\"", UnauthorizedResponse.challenge(policy.resolve("GET", "/other")),
                "the API key next to bearer is not an HTTP scheme");
    }

    @Test
    void namesAnApiKeyChallengeWhenOnlyApiKeysAreAccepted() {
        assertEquals("ApiKey realm=\"palisade\"", UnauthorizedResponse.challenge(policy.resolve("GET", "/api/keys/1")));
    }

    @Test
    void bodyCarriesTheRequestId() {
        assertEquals("{\"error\":\"authentication_required\",\"requestId\":\"abc-1\"}", UnauthorizedResponse.body("abc-1"));
    }
}
