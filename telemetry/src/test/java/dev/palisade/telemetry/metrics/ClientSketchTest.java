package dev.palisade.telemetry.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClientSketchTest {

    @Test
    void isExactUpToSixtyFourClientsAndIgnoresRepeats() {
        for (int n = 0; n <= ClientSketch.EXACT_LIMIT; n++) {
            ClientSketch sketch = new ClientSketch();
            for (int repeat = 0; repeat < 3; repeat++) {
                for (int i = 0; i < n; i++) {
                    sketch.add("192.168.1." + i);
                }
            }
            sketch.add(null);
            assertEquals(n, sketch.estimate());
        }
    }

    @Test
    void staysWithinFivePercentForHundredsOfClients() {
        for (int n : new int[] {65, 100, 500, 2_000}) {
            ClientSketch sketch = new ClientSketch();
            for (int i = 0; i < n; i++) {
                sketch.add("10.1." + (i / 256) + "." + (i % 256));
            }
            long estimate = sketch.estimate();
            System.out.println(n + " distinct clients estimated as " + estimate);
            assertEquals(n, estimate, n * 0.05);
        }
    }

    @Test
    void staysWithinTenPercentForAHundredThousandClients() {
        ClientSketch sketch = new ClientSketch();
        for (int i = 0; i < 100_000; i++) {
            sketch.add("2001:db8::" + Integer.toHexString(i));
        }
        long estimate = sketch.estimate();
        System.out.println("100000 distinct clients estimated as " + estimate);
        assertTrue(Math.abs(estimate - 100_000) < 10_000, "estimate " + estimate);
    }

    @Test
    void estimatesZeroWhenEmpty() {
        assertEquals(0, new ClientSketch().estimate());
    }
}
