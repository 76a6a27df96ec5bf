package dev.palisade.agent.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class FrameworkPathTest {

    @Test
    void isNullWhenTheRawUriReadsAsTheContainerPath() {
        assertNull(FrameworkPath.literalSegments("/api/admin/x", "/api/admin/x"));
        assertNull(FrameworkPath.literalSegments("/api/%61dmin/x", "/api/admin/x"));
        assertNull(FrameworkPath.literalSegments("/api/admin;jsessionid=1/x", "/api/admin/x"));
        assertNull(FrameworkPath.literalSegments("//api//admin/x", "/api/admin/x"));
        assertNull(FrameworkPath.literalSegments("/api/admin/x/", "/api/admin/x"));
        assertNull(FrameworkPath.literalSegments(null, "/"));
    }

    @Test
    void keepsDotSegmentsAsSpringMvcDoes() {
        assertEquals("/api/admin/../public/x", FrameworkPath.literalSegments("/api/admin/../public/x", "/api/public/x"));
        assertEquals("/api/admin/../public/x", FrameworkPath.literalSegments("/api/admin/%2e%2e/public/x", "/api/public/x"));
        assertEquals("/api/admin/../public/x", FrameworkPath.literalSegments("/api/admin/..;x=y/public/x", "/api/public/x"));
        assertEquals("/api/./admin", FrameworkPath.literalSegments("/api/./admin", "/api/admin"));
    }

    @Test
    void decodesEachSegmentSoAnEncodedSlashBecomesASeparator() {
        // A container that passes %2F through undecoded routes on "/api/admin%2Fx" (one segment).
        assertEquals("/api/admin/x", FrameworkPath.literalSegments("/api/admin%2Fx", "/api/admin%2Fx/"));
    }

    @Test
    void lowerCasesOnlyWhenThereIsAnUpperCaseLetter() {
        assertNull(FrameworkPath.asciiLowerCase("/api/admin/x"));
        assertEquals("/api/admin/x", FrameworkPath.asciiLowerCase("/API/Admin/x"));
        assertEquals("/\u00c4pi/admin", FrameworkPath.asciiLowerCase("/\u00c4pi/ADMIN"), "ASCII only");
        assertNull(FrameworkPath.asciiLowerCase(null));
    }
}
