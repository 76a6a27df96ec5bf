package dev.palisade.agent.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RequestIdsTest {

    @Test
    void keepsASaneIncomingRequestId() {
        assertEquals("abc-123_x.y:z", RequestIds.fromHeaderOrNew("abc-123_x.y:z"));
    }

    @Test
    void replacesMissingOversizedOrHostileIds() {
        for (String bad : new String[] {null, "", "a".repeat(65), "x\ny", "<script>", "a b", "\u00e9"}) {
            String id = RequestIds.fromHeaderOrNew(bad);
            assertTrue(id.matches("[0-9a-f]{32}"), bad + " -> " + id);
        }
    }

    @Test
    void generatedIdsDiffer() {
        assertNotEquals(RequestIds.generate(), RequestIds.generate());
    }
}
