package dev.palisade.detection.input;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Values built to make a scanner slow or crash: 1 MiB of one hostile shape each. The detectors must
 * finish, stay within the inspection cap and return a well-formed result. (Speed is measured by the
 * JMH benchmarks, not here.)
 */
class HostileInputTest {
    private static final int ONE_MIB = 1 << 20;
    private final InputInspector inspector = InputInspector.allDetectors();

    private static String repeat(String unit, int length) {
        StringBuilder b = new StringBuilder(length + unit.length());
        while (b.length() < length) {
            b.append(unit);
        }
        return b.substring(0, length);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<", "'", "\"", "`", "%25", "%", "(", "((((", "))))", "{", "{{", "${", "$(", "[", "<a ", "<a b='", "</",
        "&#", "&lt;", "\\", "\\u00", "\\x", "/*", "--", "#", ";", "|", "&", "..", "../", "..\\", "....//", "%c0%ae",
        "a=", "on", " onload=", "' or '", "union select ", "\n", "\r\n", "\u0000", "\u0001", "\u00c0", "\ufffd",
        "\ud83d\ude00", "0x2e", "+", "=", ":", "javascript:", "!![]", "a b c ", "x",
        "${alert(", "${ eval(x) ", "${alert(1)}",
    })
    void finishesOnOneMebibyteOfAHostileShape(String unit) {
        InspectionResult r = inspector.inspect(repeat(unit, ONE_MIB));
        assertNotNull(r);
        assertTrue(r.truncated(), "a 1 MiB value is beyond the 64 KiB cap");
        for (Detection d : r.detections()) {
            assertTrue(d.end() <= r.inspected().length(), d.toString());
        }
    }

    @Test
    void finishesOnRandomPunctuationAndInvalidUtf8() {
        Random random = new Random(42);
        String alphabet = "<>'\"()[]{};|&$`%=+-/\\.:#*!?@^~ \n\t\u0000\u00c0\u00ae\u00ffabcxyz0129";
        for (int round = 0; round < 8; round++) {
            char[] chars = new char[ONE_MIB];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = alphabet.charAt(random.nextInt(alphabet.length()));
            }
            InspectionResult r = inspector.inspect(new String(chars));
            assertTrue(r.truncated());
        }
    }

    @Test
    void finishesOnDeeplyNestedStructures() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            b.append("(select ");
        }
        for (int i = 0; i < 100_000; i++) {
            b.append(')');
        }
        assertNotNull(inspector.inspect(b.toString()));
        assertNotNull(inspector.inspect(repeat("<div><span><a href='", ONE_MIB)));
        assertNotNull(inspector.inspect(repeat("$($(`{", ONE_MIB)));
    }

    @Test
    void keepsEvidenceInsideTheInspectedStringForRandomFragments() {
        String[] atoms = {"<", ">", "'", "\"", "`", "(", ")", "{", "}", ";", "|", "&", "$", "%", "%2", "%c0", "%u",
            "&#", "&lt", "\\", "\\u", "\\x", "/", "..", "*", "?", "=", "--", "#", "/*", "!", "@", "0x", ":", " ",
            "\n", "\r", "\u0000", "\u00c0", "\ud83d", "\uff1c", "select", "union", "or", "script", "onload",
            "etc", "passwd", "cat", "id", "if", "for", "javascript", "{{", "$(", "+", "1", "=="};
        Random random = new Random(7);
        InputInspector tiny = InputInspector.create(java.util.EnumSet.allOf(Category.class), 7);
        for (int k = 0; k < 20_000; k++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(24);
            for (int i = 0; i < length; i++) {
                b.append(atoms[random.nextInt(atoms.length)]);
            }
            for (InputInspector inspector : new InputInspector[] {this.inspector, tiny}) {
                InspectionResult r = inspector.inspect(b.toString());
                for (Detection d : r.detections()) {
                    assertTrue(d.end() <= r.inspected().length(), d + " outside " + r.inspected().length()
                            + " chars for [" + b + "]");
                }
            }
        }
    }

    @Test
    void handlesLoneSurrogatesAndControlCharacters() {
        assertNotNull(inspector.inspect("\ud800\udc00\ud800x\udfff" + repeat("\u0007\u001b[", 10_000)));
    }
}
