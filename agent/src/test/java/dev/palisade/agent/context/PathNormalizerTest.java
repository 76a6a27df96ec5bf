package dev.palisade.agent.context;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PathNormalizerTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api/admin", "/api//admin", "/api/./admin", "/api/public/../admin",
        "/api/admin;jsessionid=1", "/api/%61dmin", "//api/admin", "/api/admin/.", "/api/x/y/../../admin",
        "/api;a=b/admin", "/api/%2e/admin", "/api/public/%2e%2e/admin"})
    void everyRoutingEquivalentFormNormalizesToTheSamePath(String raw) {
        assertEquals(raw.endsWith("/.") ? "/api/admin/" : "/api/admin", PathNormalizer.normalizeRawUri(raw));
    }

    @Test
    void dotDotAboveTheRootStaysAtTheRoot() {
        assertEquals("/etc/passwd", PathNormalizer.normalizeRawUri("/../../etc/passwd"));
        assertEquals("/", PathNormalizer.normalizeRawUri("/.."));
    }

    @Test
    void keepsATrailingSlash() {
        assertEquals("/api/admin/x/", PathNormalizer.normalizeRawUri("/api/admin/x/"));
        assertEquals("/", PathNormalizer.normalizeRawUri("/"));
        assertEquals("/", PathNormalizer.normalizeRawUri(""));
    }

    @Test
    void decodesUtf8AndLeavesMalformedEscapesAsData() {
        assertEquals("/caf\u00e9", PathNormalizer.normalizeRawUri("/caf%C3%A9"));
        assertEquals("/a%zz/b%", PathNormalizer.normalizeRawUri("/a%zz/b%"));
    }

    @Test
    void anEncodedSlashBecomesASeparatorAfterDecoding() {
        // Containers reject %2F by default; where one accepts it, the policy sees the decoded form.
        assertEquals("/api/admin/x", PathNormalizer.normalizeRawUri("/api/admin%2Fx"));
    }

    @Test
    void canonicalizeNeverDecodesAgain() {
        assertEquals("/a/%61", PathNormalizer.canonicalize("/a/%61"));
        assertEquals("/a/b", PathNormalizer.canonicalize("a//b"));
    }

    @Test
    void pathParametersAreStrippedBeforeDecodingSoAnEncodedSemicolonStaysData() {
        assertEquals("/a;b/c", PathNormalizer.normalizeRawUri("/a%3Bb/c"));
    }

    @Test
    void handlesHostileInputInLinearTime() {
        String hostile = "/" + "./".repeat(200_000) + "../".repeat(200_000) + "%".repeat(100_000);
        String normalized = PathNormalizer.normalizeRawUri(hostile);
        assertEquals('/', normalized.charAt(0));
    }
}
