package dev.palisade.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Path pattern syntax and the relations the validator's checks use. */
class PathPatternTest {

    @Test
    void parsesEachSegmentKind() {
        PathPattern pattern = PathPattern.parse("/api/{id}/*/**");
        assertEquals(List.of(PatternSegment.literal("api"), PatternSegment.parameter("id"), PatternSegment.wildcard(),
                PatternSegment.rest()), pattern.segments());
        assertTrue(pattern.endsWithRest());
        assertEquals(3, pattern.fixedLength());
        assertEquals(List.of("id"), pattern.parameterNames());
    }

    @Test
    void rootHasNoSegments() {
        assertEquals(List.of(), PathPattern.parse("/").segments());
        assertEquals("/", PathPattern.parse("/").shape());
    }

    @Test
    void shapeErasesParameterNames() {
        assertEquals(PathPattern.parse("/a/*/b").shape(), PathPattern.parse("/a/{id}/b").shape());
    }

    @Test
    void invalidPatternListsEveryProblem() {
        InvalidPatternException e = assertThrows(InvalidPatternException.class,
                () -> PathPattern.parse("/a/**/b;c/{x}/{x}"));
        assertEquals(List.of("\"**\" must be the last segment (it matches zero or more segments)",
                "character \";\" is not allowed in a path pattern; matrix parameters are removed when the path is "
                        + "normalized",
                "parameter \"{x}\" appears more than once"), e.problems());
    }

    @Test
    void doubleWildcardCoversEverythingBelowIt() {
        PathPattern api = PathPattern.parse("/api/**");
        assertTrue(api.covers(PathPattern.parse("/api/admin/**")));
        assertTrue(api.covers(PathPattern.parse("/api/{id}")));
        assertTrue(api.covers(PathPattern.parse("/api")));
        assertFalse(api.covers(PathPattern.parse("/apis/x")));
        assertFalse(api.covers(PathPattern.parse("/**")));
    }

    @Test
    void wildcardCoversLiteralsButNotDoubleWildcards() {
        PathPattern any = PathPattern.parse("/a/*");
        assertTrue(any.covers(PathPattern.parse("/a/b")));
        assertTrue(any.covers(PathPattern.parse("/a/{x}")));
        assertFalse(any.covers(PathPattern.parse("/a/**")));
        assertFalse(any.covers(PathPattern.parse("/a/b/c")));
        assertFalse(PathPattern.parse("/a/b").covers(any));
    }

    @Test
    void matchesIgnoresEmptySegments() {
        assertTrue(PathPattern.parse("/a/{id}").matches("/a//7/"));
        assertTrue(PathPattern.parse("/a/**").matches("/a"));
        assertFalse(PathPattern.parse("/a/*").matches("/a"));
        assertEquals(List.of("a", "b"), PathPattern.splitPath("//a///b/"));
    }
}
