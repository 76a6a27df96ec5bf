package dev.palisade.detection.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * {@link InputInspector#inspectAll} runs the detectors in another order (detector by detector over
 * the values) but must answer exactly what {@link InputInspector#inspect(String)} answers per value.
 */
class InspectAllTest {

    @Test
    void givesTheSameResultAsOneValueAtATimeOnEveryCorpusRow() {
        InputInspector inspector = InputInspector.allDetectors();
        InputInspector smallCap = InputInspector.create(java.util.EnumSet.allOf(Category.class), 40);
        List<String> values = new ArrayList<>();
        for (String file : CorpusReader.FILES) {
            for (CorpusRow row : CorpusReader.read(file)) {
                values.add(row.payload);
            }
        }
        values.add(null);
        values.add("");
        int compared = 0;
        for (InputInspector each : new InputInspector[] {inspector, smallCap}) {
            // Chunks of several sizes, so values meet different neighbours.
            for (int chunk : new int[] {1, 7, 32}) {
                for (int from = 0; from < values.size(); from += chunk) {
                    int count = Math.min(chunk, values.size() - from);
                    String[] batch = values.subList(from, from + count).toArray(new String[chunk]);
                    InspectionResult[] results = each.inspectAll(batch, count);
                    assertEquals(count, results.length);
                    for (int i = 0; i < count; i++) {
                        InspectionResult single = each.inspect(batch[i]);
                        assertEquals(describe(single), describe(results[i]), "value: " + batch[i]);
                        compared++;
                    }
                }
            }
        }
        assertEquals(6 * values.size(), compared);
    }

    /**
     * The detectors reuse one set of token buffers and rule objects per thread (DetectorScratch): a value's
     * result must not depend on what the thread inspected before it. Every corpus row is inspected in
     * file order and again in reverse order, each time after a different neighbour, with the same answers.
     */
    @Test
    void aValuesResultDoesNotDependOnWhatTheThreadInspectedBefore() {
        InputInspector inspector = InputInspector.allDetectors();
        List<String> values = new ArrayList<>();
        for (String file : CorpusReader.FILES) {
            for (CorpusRow row : CorpusReader.read(file)) {
                values.add(row.payload);
            }
        }
        String[] forward = new String[values.size()];
        for (int i = 0; i < values.size(); i++) {
            forward[i] = describe(inspector.inspect(values.get(i)));
        }
        int findings = 0;
        for (int i = values.size() - 1; i >= 0; i--) {
            String again = describe(inspector.inspect(values.get(i)));
            assertEquals(forward[i], again, "value: " + values.get(i));
            findings += again.startsWith("findings") ? 1 : 0;
        }
        // Guard against a vacuous pass: the corpora hold tens of thousands of attack rows.
        assertEquals(true, findings > 10_000, "findings: " + findings);
    }

    @Test
    void emptyAndAllInertBatches() {
        InputInspector inspector = InputInspector.allDetectors();
        assertEquals(0, inspector.inspectAll(new String[0]).length);
        InspectionResult[] results = inspector.inspectAll(new String[] {"42", "apple", null, "alice@example.com"});
        for (InspectionResult result : results) {
            assertEquals(true, result.isClean());
        }
    }

    private static String describe(InspectionResult result) {
        StringBuilder text = new StringBuilder(result.isClean() ? "clean" : "findings");
        text.append(" truncated=").append(result.truncated());
        for (Detection d : result.detections()) {
            text.append(" | ").append(d.category()).append(' ').append(d.confidence()).append(' ').append(d.reason())
                    .append(' ').append(d.start()).append('-').append(d.end());
        }
        return text.toString();
    }
}
