package dev.palisade.agent.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ApiKeyValueTest {

    @Test
    void presentWhenNonEmptyAfterTrimming() {
        assertEquals(Finding.WELL_FORMED, ApiKeyValue.inspect("k"));
        assertEquals(Finding.WELL_FORMED, ApiKeyValue.inspect("  key with inner spaces  "));
        assertEquals(Finding.WELL_FORMED, ApiKeyValue.inspect("schl\u00fcssel"));
    }

    @Test
    void emptyOrBlankValuesAreEmpty() {
        assertEquals(Finding.EMPTY, ApiKeyValue.inspect(""));
        assertEquals(Finding.EMPTY, ApiKeyValue.inspect("   "));
        assertEquals(Finding.EMPTY, ApiKeyValue.inspect("\t\r\n\u0000 "));
    }

    @Test
    void absentWhenThereIsNoValue() {
        assertEquals(Finding.ABSENT, ApiKeyValue.inspect(null));
    }

    @Test
    void acceptsExactlyFourKibibytesAndRejectsOneByteMore() {
        assertEquals(Finding.WELL_FORMED, ApiKeyValue.inspect("k".repeat(4096)));
        assertEquals(Finding.WELL_FORMED, ApiKeyValue.inspect("  " + "k".repeat(4096) + "  "));
        assertEquals(Finding.TOO_LONG, ApiKeyValue.inspect("k".repeat(4097)));
        assertEquals(Finding.TOO_LONG, ApiKeyValue.inspect("k".repeat(1 << 20)));
    }

    @Test
    void countsTheCapInUtf8Bytes() {
        assertEquals(Finding.WELL_FORMED, ApiKeyValue.inspect("\u00fc".repeat(2048)));
        assertEquals(Finding.TOO_LONG, ApiKeyValue.inspect("\u00fc".repeat(2049)));
        assertEquals(Finding.TOO_LONG, ApiKeyValue.inspect("\u20ac".repeat(1366)));
        assertEquals(Finding.WELL_FORMED, ApiKeyValue.inspect("\ud83d\udd11".repeat(1024)));
        assertEquals(Finding.TOO_LONG, ApiKeyValue.inspect("\ud83d\udd11".repeat(1025)));
    }
}
