package dev.palisade.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.palisade.policy.match.ResolvedRule;
import dev.palisade.policy.match.ResolvedRule.AuthenticationSource;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Which credentials a request needs when rules and defaults say more or less. */
class AuthenticationDefaultsTest {

    private static List<String> names(ResolvedRule rule) {
        return rule.authentication().stream().map(AuthScheme::name).collect(Collectors.toList());
    }

    @Test
    void absentEverywhereMeansPublic() {
        Policy policy = Policies.valid(Policies.withBearer("\"endpoints\": [{\"path\": \"/a\"}]"));
        assertFalse(policy.resolve("GET", "/a").requiresAuthentication());
        assertFalse(policy.resolve("GET", "/b").requiresAuthentication());
        assertEquals(AuthenticationSource.NONE, policy.resolve("GET", "/b").authenticationSource());
        assertFalse(policy.defaults().denyByDefault());
    }

    @Test
    void nonEmptyDefaultsMakeTheServiceDenyByDefault() {
        Policy policy = Policies.valid(Policies.withBearer("\"defaults\": {\"authentication\": [\"bearer\", \"key\"]}"));
        ResolvedRule unknown = policy.resolve("GET", "/anything/nobody/named");
        assertTrue(unknown.isDefault());
        assertEquals(List.of("bearer", "key"), names(unknown));
        assertEquals(AuthenticationSource.DEFAULTS, unknown.authenticationSource());
        assertTrue(policy.defaults().denyByDefault());
    }

    @Test
    void ruleWithoutAuthenticationInheritsTheDefaults() {
        Policy policy = Policies.valid(Policies.withBearer("\"defaults\": {\"authentication\": [\"key\"]},"
                + "\"endpoints\": [{\"path\": \"/a\"}]"));
        ResolvedRule rule = policy.resolve("GET", "/a");
        assertEquals("/a", rule.pattern());
        assertEquals(List.of("key"), names(rule));
        assertEquals(AuthenticationSource.DEFAULTS, rule.authenticationSource());
    }

    @Test
    void emptyListOnARuleMakesItPublicDespiteDefaults() {
        Policy policy = Policies.valid(Policies.withBearer("\"defaults\": {\"authentication\": [\"bearer\"]},"
                + "\"endpoints\": [{\"path\": \"/health\", \"authentication\": []}]"));
        ResolvedRule health = policy.resolve("GET", "/health");
        assertFalse(health.requiresAuthentication());
        assertEquals(AuthenticationSource.RULE, health.authenticationSource());
        assertEquals(Mode.OFF, health.authenticationAction());
    }

    @Test
    void emptyDefaultsListIsExplicitlyPublicAndDistinguishableFromAbsent() {
        Policy explicit = Policies.valid(Policies.withBearer("\"defaults\": {\"authentication\": []}"));
        Policy absent = Policies.valid(Policies.withBearer(""));
        assertEquals(List.of(), explicit.defaults().authentication());
        assertEquals(null, absent.defaults().authentication());
        assertEquals(AuthenticationSource.DEFAULTS, explicit.resolve("GET", "/x").authenticationSource());
        assertEquals(AuthenticationSource.NONE, absent.resolve("GET", "/x").authenticationSource());
    }

    @Test
    void ruleListReplacesTheDefaultsRatherThanAddingToThem() {
        Policy policy = Policies.valid(Policies.withBearer("\"defaults\": {\"authentication\": [\"key\"]},"
                + "\"endpoints\": [{\"path\": \"/a\", \"authentication\": [\"bearer\"]}]"));
        assertEquals(List.of("bearer"), names(policy.resolve("GET", "/a")));
    }

    @Test
    void corsPreflightIsAllowedUnlessTurnedOff() {
        assertTrue(Policies.valid("{\"version\": 1}").resolve("OPTIONS", "/x").allowCorsPreflight());
        Policy strict = Policies.valid("{\"version\": 1, \"authentication\": {\"allowCorsPreflight\": false}}");
        assertFalse(strict.allowCorsPreflight());
        assertFalse(strict.resolve("OPTIONS", "/x").allowCorsPreflight());
    }
}
