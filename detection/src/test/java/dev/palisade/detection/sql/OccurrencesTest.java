package dev.palisade.detection.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OccurrencesTest {

    private static List<Integer> all(String sql, String needle) {
        List<Integer> found = new ArrayList<>();
        Occurrences state = Occurrences.stateFor(sql, needle);
        for (int at = Occurrences.first(sql, needle, state); at >= 0; at = Occurrences.after(sql, needle, at, state)) {
            found.add(at);
        }
        return found;
    }

    @Test
    void findsEveryOccurrenceIncludingOverlappingOnes() {
        assertEquals(List.of(0, 1, 2), all("aaaa", "aa"));
        assertEquals(List.of(3, 9), all("x 'a--' 'a--'", "a--"));
    }

    @Test
    void findsEveryOccurrenceOfLongInputs() {
        String needle = "ab".repeat(50);
        String sql = "x" + needle + "ab" + needle;
        assertEquals(List.of(1, 3, 5, 7, 9), all(sql, needle).subList(0, 5));
        assertEquals(needle.length() / 2 + 2, all(sql, needle).size());
    }

    @Test
    void longInputWhosePrefixMatchesButNotTheRestIsNotFound() {
        String needle = "-".repeat(Occurrences.SHORT) + "x";
        assertTrue(Occurrences.mayOccur("-".repeat(200), needle));
        assertEquals(List.of(), all("-".repeat(200), needle));
    }

    @Test
    void inputLongerThanSqlCannotOccur() {
        assertFalse(Occurrences.mayOccur("ab", "abc"));
    }
}
