package dev.palisade.agent.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.palisade.policy.Policy;

class AuthenticationDecisionTest {

    private final Policy block = TestPolicies.shop("block");

    private AuthenticationDecision decide(String method, String path, String raw, CredentialSource credentials) {
        return decide(block, method, path, raw, credentials);
    }

    private static AuthenticationDecision decide(Policy policy, String method, String path, String raw,
            CredentialSource credentials) {
        return AuthenticationDecision.decide(policy, policy.resolve(method, path), method, path, raw, credentials);
    }

    @Test
    void publicPathsNeedNothing() {
        assertSame(AuthenticationDecision.SATISFIED, decide("GET", "/health", "/health", FakeCredentials.none()));
        assertTrue(decide("GET", "/api/public/x", "/api/public/x", FakeCredentials.none()).satisfied());
    }

    @Test
    void protectedPathsNeedOneWellFormedCredentialOfAnAcceptedScheme() {
        assertFalse(decide("GET", "/api/admin/x", "/api/admin/x", FakeCredentials.none()).satisfied());
        assertTrue(decide("GET", "/api/admin/x", "/api/admin/x",
                FakeCredentials.none().header("Authorization", "Bearer t")).satisfied());
        assertTrue(decide("GET", "/api/admin/x", "/api/admin/x",
                FakeCredentials.none().header("Authorization", "Basic YTpi")).satisfied());
        assertFalse(decide("GET", "/api/admin/x", "/api/admin/x",
                FakeCredentials.none().header("X-API-Key", "k")).satisfied(), "apiKey is not accepted on admin");
        assertFalse(decide("GET", "/api/admin/x", "/api/admin/x",
                FakeCredentials.none().header("Authorization", "Bearer ")).satisfied(), "malformed counts as missing");
    }

    @Test
    void acceptsApiKeysInHeaderQueryAndCookie() {
        for (FakeCredentials credentials : new FakeCredentials[] {
                FakeCredentials.none().header("x-api-key", "k"),
                FakeCredentials.none().query("api_key", "k"),
                FakeCredentials.none().cookieValue("SESSION", "k")}) {
            assertTrue(decide("GET", "/api/keys/1", "/api/keys/1", credentials).satisfied());
        }
        assertFalse(decide("GET", "/api/keys/1", "/api/keys/1", FakeCredentials.none().query("api_key", " ")).satisfied());
        assertFalse(decide("GET", "/api/keys/1", "/api/keys/1", FakeCredentials.none().query("API_KEY", "k")).satisfied(),
                "query parameter names are case-sensitive");
    }

    @Test
    void deniesPathsNoRuleNamesWhenDefaultsRequireCredentials() {
        AuthenticationDecision decision = decide("GET", "/internal/metrics", "/internal/metrics", FakeCredentials.none());
        assertFalse(decision.satisfied());
        assertTrue(decision.unmetRule().isDefault());
    }

    @Test
    void letsCorsPreflightPassWithoutCredentialsUnlessThePolicyTurnsItOff() {
        FakeCredentials preflight = FakeCredentials.none().header("Origin", "https://app.example")
                .header("Access-Control-Request-Method", "DELETE");
        assertTrue(decide("OPTIONS", "/api/admin/x", "/api/admin/x", preflight).satisfied());
        assertFalse(decide("GET", "/api/admin/x", "/api/admin/x", preflight).satisfied(), "only OPTIONS");
        assertFalse(decide("OPTIONS", "/api/admin/x", "/api/admin/x",
                FakeCredentials.none().header("Origin", "https://app.example")).satisfied(), "needs both headers");
        Policy noPreflight = TestPolicies.parse(TestPolicies.SHOP.replace("%s", "block")
                .replace("\"authentication\": {", "\"authentication\": { \"allowCorsPreflight\": false,"));
        assertFalse(decide(noPreflight, "OPTIONS", "/api/admin/x", "/api/admin/x", preflight).satisfied());
    }

    @Test
    void modeOffChecksNothingAndMonitorStillReportsTheUnmetRule() {
        assertTrue(decide(TestPolicies.shop("off"), "GET", "/api/admin/x", "/api/admin/x", FakeCredentials.none()).satisfied());
        AuthenticationDecision monitored = decide(TestPolicies.shop("monitor"), "GET", "/api/admin/x", "/api/admin/x",
                FakeCredentials.none());
        assertFalse(monitored.satisfied());
        assertEquals(dev.palisade.policy.Mode.MONITOR, monitored.unmetRule().authenticationAction());
    }

    /** Spring MVC serves /api/admin/../public/x from its admin handler; the container path is public. */
    @Test
    void requiresTheRuleOfTheRawSegmentsWhenTheyReadAsAProtectedPath() {
        for (String raw : new String[] {"/api/admin/../public/x", "/api/admin/%2e%2e/public/x", "/api/admin/..;/public/x",
                "/api/admin;x=y/../public/x"}) {
            AuthenticationDecision decision = decide("GET", "/api/public/x", raw, FakeCredentials.none());
            assertFalse(decision.satisfied(), raw);
            assertEquals("/api/admin/**", decision.unmetRule().pattern(), raw);
            assertEquals(AuthenticationDecision.FRAMEWORK_PATH, decision.pathReading());
        }
    }

    @Test
    void theContainerPathDecidesWhenItIsTheStricterReading() {
        AuthenticationDecision decision = decide("GET", "/api/admin/x", "/api/public/../admin/x", FakeCredentials.none());
        assertEquals("/api/admin/**", decision.unmetRule().pattern());
        assertEquals(AuthenticationDecision.CONTAINER_PATH, decision.pathReading());
    }

    @Test
    void upperCaseSpellingsOfAProtectedPathNeedItsCredentials() {
        AuthenticationDecision decision = decide(TestPolicies.parse(TestPolicies.SHOP.replace("%s", "block")
                .replace("\"defaults\": { \"authentication\": [\"bearer\", \"headerKey\"] },", "")),
                "GET", "/API/Admin/x", "/API/Admin/x", FakeCredentials.none());
        assertFalse(decision.satisfied());
        assertEquals("/api/admin/**", decision.unmetRule().pattern());
        assertEquals(AuthenticationDecision.CASE_FOLDED_PATH, decision.pathReading());
    }

    @Test
    void aCredentialThatSatisfiesEveryReadingPasses() {
        assertSame(AuthenticationDecision.SATISFIED, decide("GET", "/api/public/x", "/api/admin/../public/x",
                FakeCredentials.none().header("Authorization", "Bearer t")));
    }
}
