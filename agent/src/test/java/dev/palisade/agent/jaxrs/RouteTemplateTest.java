package dev.palisade.agent.jaxrs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

class RouteTemplateTest {

    @Test
    void reportsRegexParametersByNameOnly() {
        assertEquals("/items/{id}", RouteTemplate.of("/items/{id: [0-9]+}").normalized);
        assertEquals("/files/{path}/raw", RouteTemplate.of("files/{ path : .+ }/raw/").normalized);
        assertEquals("/a/{x}", RouteTemplate.of("/a/{x: [a-z]{2,3}}").normalized, "nested braces in the regex");
    }

    @Test
    void joinsClassLocatorAndMethodPathsWithSingleSlashes() {
        assertEquals("/orders/{id}/lines", RouteTemplate.join("/orders/", "/{id}/lines"));
        assertEquals("/orders", RouteTemplate.join("/orders", null));
        assertEquals("/", RouteTemplate.join(null, ""));
        assertEquals("/a/b", RouteTemplate.slashes("a//b/"));
    }

    @Test
    void findsTheApplicationPrefixAndParameterValuesInTheRequestPath() {
        RouteTemplate.Match match = RouteTemplate.of("/items/{id: [0-9]+}").match("/ctx/api/items/42");
        assertEquals("/ctx/api", match.prefix);
        assertEquals(List.of("42"), match.values);
        assertEquals("", RouteTemplate.of("/items/{id}").match("/items/7/").prefix, "trailing slash");
        assertNull(RouteTemplate.of("/items/{id: [0-9]+}").match("/api/items/abc"), "regex must hold");
    }

    @Test
    void multiSegmentParametersLeaveTheShortestPrefix() {
        RouteTemplate.Match match = RouteTemplate.of("/files/{path: .*}").match("/api/files/a/files/b");
        assertEquals("/api", match.prefix);
        assertEquals(List.of("a/files/b"), match.values);
    }

    @Test
    void rootTemplateRoutesOnThePrefix() {
        RouteTemplate root = RouteTemplate.of("/");
        assertEquals("/", root.normalized);
        assertEquals("/api", root.match("/api/").prefix);
    }

    @Test
    void literalCharactersAreNotRegex() {
        assertNull(RouteTemplate.of("/a.b").match("/axb"));
        assertEquals("", RouteTemplate.of("/a.b").match("/a.b").prefix);
    }

    @Test
    void anInvalidRegexStillGivesTheNormalizedTemplate() {
        RouteTemplate broken = RouteTemplate.of("/x/{id: [0-9}");
        assertNull(broken.match("/x/1"));
    }
}
