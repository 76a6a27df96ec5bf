package dev.palisade.detection.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class InputInspectorTest {
    private final InputInspector all = InputInspector.allDetectors();

    @Test
    void returnsOneSharedCleanResultForBenignValues() {
        InspectionResult a = all.inspect("hello world");
        InspectionResult b = all.inspect("john.doe@example.com");
        assertTrue(a.isClean());
        assertSame(a, b, "clean results are a shared constant: nothing allocated per value");
        assertSame(a, all.inspect((String) null));
    }

    @Test
    void skipsValuesThatCannotCarryAnyGrammar() {
        assertTrue(InputInspector.isInert("user_42-abc.def@x,y"));
        assertFalse(InputInspector.isInert("a b"));
        assertFalse(InputInspector.isInert("..0x2f"), "'..' may start a traversal");
        assertFalse(InputInspector.isInert("0x2e0x2e0x2f"), "'0x' may spell a separator");
    }

    @Test
    void runsOnlyTheEnabledDetectors() {
        InputInspector sqlOnly = InputInspector.create(EnumSet.of(Category.SQLI));
        assertTrue(sqlOnly.inspect("<script>alert(1)</script>").isClean());
        assertFalse(sqlOnly.inspect("1 union select 1").isClean());
        assertEquals(EnumSet.of(Category.SQLI), sqlOnly.enabled());
        assertTrue(InputInspector.create(EnumSet.noneOf(Category.class)).inspect("' or 1=1--").isClean());
    }

    @Test
    void reportsEachCategoryOnceStrongestFirst() {
        InspectionResult r = all.inspect("../../etc/passwd; cat /etc/passwd");
        assertEquals(2, r.detections().size(), r.toString());
        assertTrue(r.detections().get(0).confidence().atLeast(r.detections().get(1).confidence()));
        assertEquals(Category.PATH, r.detection(Category.PATH).category());
        assertNull(r.detection(Category.XSS));
    }

    @Test
    void returnsImmutableFindings() {
        InspectionResult r = all.inspect("<script>alert(1)</script>");
        assertThrows(UnsupportedOperationException.class, () -> r.detections().clear());
    }

    @Test
    void saysWhenAValueWasCutAtTheCap() {
        InputInspector small = InputInspector.create(EnumSet.allOf(Category.class), 256);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            b.append("ab ");
        }
        InspectionResult r = small.inspect(b.toString());
        assertTrue(r.isClean());
        assertTrue(r.truncated());
    }

    @Test
    void quotesEvidenceFromTheInspectedString() {
        InspectionResult r = all.inspect("%3Cscript%3Ealert(1)%3C/script%3E");
        Detection d = r.detection(Category.XSS);
        assertEquals("<script", r.evidence(d));
    }

    @Test
    void detectionsAreValues() {
        Detection a = new Detection(Category.XSS, Confidence.HIGH, 1, 4, "xss.script_tag");
        Detection b = new Detection(Category.XSS, Confidence.HIGH, 1, 4, "xss.script_tag");
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(Confidence.LOW, a.withConfidence(Confidence.LOW).confidence());
        assertThrows(IllegalArgumentException.class, () -> new Detection(Category.XSS, Confidence.LOW, 5, 4, "x"));
    }
}
