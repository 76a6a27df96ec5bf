package dev.palisade.policy.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.palisade.policy.EndpointRule;
import dev.palisade.policy.PathPattern;
import dev.palisade.policy.Policies;
import dev.palisade.policy.Policy;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which rule applies: the precedence rules of the format, one behaviour per test. */
class RuleMatcherTest {

    private static Policy rules(String... endpoints) {
        return Policies.valid("{\"version\": 1, \"endpoints\": [" + String.join(",", endpoints) + "]}");
    }

    private static String rule(String path) {
        return "{\"path\": \"" + path + "\"}";
    }

    private static String rule(String path, String... methods) {
        return "{\"path\": \"" + path + "\", \"methods\": [\"" + String.join("\", \"", methods) + "\"]}";
    }

    private static String winner(Policy policy, String method, String path) {
        return policy.resolve(method, path).pattern();
    }

    @Test
    void literalSegmentBeatsParameter() {
        Policy policy = rules(rule("/api/orders/{id}"), rule("/api/orders/new"));
        assertEquals("/api/orders/new", winner(policy, "GET", "/api/orders/new"));
        assertEquals("/api/orders/{id}", winner(policy, "GET", "/api/orders/7"));
    }

    @Test
    void parameterBeatsDoubleWildcard() {
        Policy policy = rules(rule("/api/**"), rule("/api/{id}"));
        assertEquals("/api/{id}", winner(policy, "GET", "/api/7"));
        assertEquals("/api/**", winner(policy, "GET", "/api/7/items"));
    }

    @Test
    void segmentsAreComparedFromTheLeft() {
        Policy policy = rules(rule("/api/{version}/items"), rule("/api/orders/*"));
        assertEquals("/api/orders/*", winner(policy, "GET", "/api/orders/items"));
        assertEquals("/api/{version}/items", winner(policy, "GET", "/api/v2/items"));
    }

    @Test
    void specificityWinsRegardlessOfOrderInTheFile() {
        Policy protectedFirst = rules(rule("/api/admin/**"), rule("/api/**"));
        Policy broadFirst = rules(rule("/api/**"), rule("/api/admin/**"));
        assertEquals("/api/admin/**", winner(protectedFirst, "GET", "/api/admin/users"));
        assertEquals("/api/admin/**", winner(broadFirst, "GET", "/api/admin/users"));
    }

    @Test
    void publicAndAdminTreesDoNotInterfere() {
        Policy policy = rules(rule("/api/public/**", "GET"), rule("/api/admin/**"));
        assertEquals("/api/public/**", winner(policy, "GET", "/api/public/docs/index.html"));
        assertEquals("/api/admin/**", winner(policy, "GET", "/api/admin/users"));
        assertNull(winner(policy, "GET", "/api/other"));
    }

    @Test
    void doubleWildcardMatchesZeroSegments() {
        Policy policy = rules(rule("/api/admin/**"));
        assertEquals("/api/admin/**", winner(policy, "GET", "/api/admin"));
        assertEquals("/api/admin/**", winner(policy, "GET", "/api/admin/"));
        assertNull(winner(policy, "GET", "/api/administrator"));
    }

    @Test
    void longerPatternBeatsItsOwnPrefix() {
        Policy policy = Policies.valid("{\"version\": 1, \"endpoints\": [" + rule("/files") + ","
                + rule("/files/**") + "," + rule("/a/*") + "," + rule("/a/*/**") + "]}");
        assertEquals("/files/**", winner(policy, "GET", "/files"));
        assertEquals("/a/*/**", winner(policy, "GET", "/a/x"));
    }

    @Test
    void onFullTieTheRuleWrittenFirstWins() {
        // Ties cannot pass validation (they are duplicates), but the matcher still orders them.
        Policy policy = Policy.builder()
                .endpoint(new EndpointRule(0, PathPattern.parse("/a/{id}"), null, null, null, null, 1, 1))
                .endpoint(new EndpointRule(1, PathPattern.parse("/a/*"), null, null, null, null, 2, 1))
                .build();
        assertEquals(0, policy.resolve("GET", "/a/x").rule().index());
    }

    @Test
    void rulesWhoseMethodsExcludeTheRequestDoNotApply() {
        Policy policy = rules(rule("/api/public/**", "GET", "HEAD"), rule("/api/**"));
        assertEquals("/api/public/**", winner(policy, "HEAD", "/api/public/x"));
        assertEquals("/api/**", winner(policy, "POST", "/api/public/x"));
    }

    @Test
    void searchBacktracksWhenTheMostSpecificBranchHasNoRuleForTheMethod() {
        Policy policy = rules(rule("/a/b/c", "POST"), rule("/a/*/c", "GET"), rule("/a/**", "PUT"));
        assertEquals("/a/b/c", winner(policy, "POST", "/a/b/c"));
        assertEquals("/a/*/c", winner(policy, "GET", "/a/b/c"));
        assertEquals("/a/**", winner(policy, "PUT", "/a/b/c"));
        assertNull(winner(policy, "DELETE", "/a/b/c"));
    }

    @Test
    void nonStandardMethodsOnlyMatchRulesWithoutMethods() {
        Policy policy = rules(rule("/dav/**", "GET"), rule("/**"));
        assertEquals("/**", winner(policy, "PROPFIND", "/dav/x"));
        assertEquals("/dav/**", winner(policy, "GET", "/dav/x"));
    }

    @Test
    void matchingIsCaseSensitiveLikeServletContainers() {
        Policy policy = rules(rule("/api/admin/**"));
        assertNull(winner(policy, "GET", "/API/admin/x"));
        assertNull(winner(policy, "get", "/api/Admin/x"));
        assertEquals("/api/admin/**", winner(policy, "get", "/api/admin/x"));
    }

    @Test
    void emptySegmentsAndTrailingSlashAreIgnored() {
        Policy policy = rules(rule("/api/orders/{id}"));
        assertEquals("/api/orders/{id}", winner(policy, "GET", "//api//orders/7/"));
    }

    @Test
    void rootPatternMatchesOnlyTheRoot() {
        Policy policy = rules(rule("/"));
        assertEquals("/", winner(policy, "GET", "/"));
        assertEquals("/", winner(policy, "GET", ""));
        assertNull(winner(policy, "GET", "/index.html"));
    }

    @Test
    void catchAllMatchesEveryPathIncludingTheRoot() {
        Policy policy = rules(rule("/**"));
        assertEquals("/**", winner(policy, "GET", "/"));
        assertEquals("/**", winner(policy, "OPTIONS", "/a/b/c/d/e/f/g"));
    }

    @Test
    void pathsLongerThanEveryPatternFallToDefaults() {
        Policy policy = rules(rule("/a/b"));
        assertTrue(policy.resolve("GET", "/a/b/c").isDefault());
    }

    @Test
    void resolvingReturnsTheSameInstancePerRule() {
        Policy policy = rules(rule("/a/{id}"));
        assertSame(policy.resolve("GET", "/a/1"), policy.resolve("GET", "/a/2"));
        assertSame(policy.matcher().defaults(), policy.resolve("GET", "/b"));
    }

    @Test
    void precedenceTableInTheUserDocumentationHolds() {
        Policy policy = rules(rule("/api/**"), "{\"path\": \"/api/public/**\", \"methods\": [\"GET\"]}",
                rule("/api/orders/{id}"), rule("/api/orders/export"), rule("/api/{version}/status"), rule("/files"),
                rule("/files/**"));
        assertEquals("/api/orders/{id}", winner(policy, "GET", "/api/orders/7"));
        assertEquals("/api/orders/export", winner(policy, "GET", "/api/orders/export"));
        assertEquals("/api/orders/{id}", winner(policy, "GET", "/api/orders/status"));
        assertEquals("/api/public/**", winner(policy, "GET", "/api/public/docs/a.html"));
        assertEquals("/api/**", winner(policy, "POST", "/api/public/docs"));
        assertEquals("/api/**", winner(policy, "GET", "/api"));
        assertEquals("/files/**", winner(policy, "GET", "/files"));
        assertNull(winner(policy, "GET", "/other"));
    }

    @Test
    void explainListsEveryRuleMatchingThePathBestFirst() {
        Policy policy = rules(rule("/**"), rule("/api/orders/{id}", "GET"), rule("/api/**", "POST"), rule("/x"));
        assertEquals(Set.of("/api/orders/{id}", "/api/**", "/**"),
                Set.copyOf(policy.matcher().rulesMatchingPath("/api/orders/7").stream()
                        .map(r -> r.pattern().text()).collect(java.util.stream.Collectors.toList())));
        assertEquals("/api/orders/{id}", policy.matcher().rulesMatchingPath("/api/orders/7").get(0).pattern().text());
    }
}
