package dev.palisade.detection.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Markup and script hidden by an encoding that the page, not the server, undoes. */
class XssEncodedMarkupTest {
    private static Detection xss(String value) {
        return Inspect.with(Category.XSS, value);
    }

    private static void assertReason(String value, String reason, Confidence confidence) {
        Inspect.assertReason(Category.XSS, value, reason, confidence);
    }

    @Test
    void readsMarkupSpelledForASevenBitDecoder() {
        assertReason("\u00bciframe src=//x.example/\u00be", "xss.seven_bit_markup", Confidence.HIGH);
        assertReason("%BCobject data=//x.example/y%BE", "xss.seven_bit_markup", Confidence.HIGH);
        assertReason("\\xbcembed src=\\xa2//x.example/y\\xa2\\xbe", "xss.seven_bit_markup", Confidence.HIGH);
        assertReason("\u00bcSCRIPT\u00bego()\u00bc/SCRIPT\u00be", "xss.seven_bit_markup", Confidence.HIGH);
        assertReason("\u00bcb\u00bebold\u00bc/b\u00be", "xss.seven_bit_markup", Confidence.MEDIUM);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Add 1\u00bc cups of flour and \u00be cup of sugar",
        "\u00bc-inch bolts, in \u00bd and \u00be sizes",
        "pipes of \u00bcin and \u00bein (x = 2)",
        "\u00bcth of the price <b>now</b> \u00be off",
        "r\u00e9sum\u00e9 \u00bc page: caf\u00e9 = \u00bctea\u00be",
    })
    void leavesFractionsInTextAlone(String value) {
        assertNull(xss(value), Inspect.describe(Category.XSS, value));
    }

    private static String base64(String text) {
        return java.util.Base64.getEncoder().encodeToString(text.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test
    void decodesBase64TokensThatHoldScriptRunningMarkup() {
        assertReason(base64("<iframe src=javascript:go()>"), "xss.base64_markup", Confidence.MEDIUM);
        assertReason("{\"body\":\"" + base64("<svg><script>go()</script></svg>") + "\"}", "xss.base64_markup",
                Confidence.MEDIUM);
        assertReason("<a href=\"data:application/x-unknown;base64," + base64("<img src=x onerror=go()>")
                + "\">x</a>", "xss.base64_markup", Confidence.MEDIUM);
        String document = "<html><body>" + "<p>text</p>".repeat(500) + "</body></html><script>go()</script>";
        assertNull(xss(base64(document)), "only the beginning of a long token is decoded");
    }

    @Test
    void leavesBase64OfTextAndHarmlessMarkupAlone() {
        assertNull(xss("token=" + base64("<b>bold</b> and <i>italic</i> text")));
        assertNull(xss("img=" + base64("<p>hello there, world</p>") + "&x=1"));
        assertNull(xss("PHPSESSIDab12cd34ef56gh78ij90=; path=/"));
        assertNull(xss("PGP key: PGPfingerprintABCDEF0123456789+/="));
        assertNull(xss("{\"icon\":\"" + base64("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"8\"><rect/></svg>") + "\"}"),
                "a base64 SVG image without script is an ordinary upload");
    }

    @Test
    void decodesUtf7AndModifiedUtf7Markup() {
        assertReason("+ADw-iframe src=//x.example/+AD4-", "xss.utf7_markup", Confidence.MEDIUM);
        assertReason("&ADw-svg&ACA-onload&AD0-go()&AD4-", "xss.utf7_markup", Confidence.MEDIUM);
        assertReason("x+ADwAaQBmAHIAYQBtAGUAIABzAHIAYwA9AC8ALwB4AC8APg-", "xss.utf7_markup", Confidence.MEDIUM);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "q=C+AND+D&AGE=30&ACCT=12",
        "+ADw-b+AD4-bold+ADw-/b+AD4-",
        "Tom&AHMED; C++ADT",
    })
    void leavesUtf7LookAlikesAndHarmlessMarkupAlone(String value) {
        assertNull(xss(value), Inspect.describe(Category.XSS, value));
    }

    @Test
    void readsIdentifiersSpelledWithEscapedLetters() {
        assertReason("x.\\u0069nner\\u0048TML=y", "xss.encoded_script", Confidence.LOW);
        assertReason("'-t\\u006f\\u0070.name-'", "xss.encoded_script", Confidence.LOW);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"name\":\"Ren\\u00e9e \\u003cb\\u003e\",\"q\":\"\\u0022x\\u0022\"}",
        "C:\\users\\ulrich\\u0041pp",
        "a \\u0041 and a \\u0042",
    })
    void leavesEscapesOfNonLettersAndSingleLettersAlone(String value) {
        assertNull(xss(value), Inspect.describe(Category.XSS, value));
    }
}
