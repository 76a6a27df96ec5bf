package dev.palisade.detection.input;

import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Markup that runs nothing by itself but that no rich-text editor submits: lone document tags, IE
 * conditional comments, links to hosts spelled as obfuscated IP addresses, fuzzer templates. Each rule
 * is shown next to the look-alikes it leaves alone.
 */
class XssMarkupProbeTest {
    private static Detection xss(String value) {
        return Inspect.with(Category.XSS, value);
    }

    private static void assertReason(String value, String reason, Confidence confidence) {
        Inspect.assertReason(Category.XSS, value, reason, confidence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"<head>", "<BODY>\n", "  <form>  ", "<html>\n<head>\n", "text\n<body>\nmore text"})
    void reportsADocumentTagOnALineOfItsOwnLow(String value) {
        assertReason(value, "xss.markup_injection", Confidence.LOW);
    }

    @ParameterizedTest
    @ValueSource(strings = {"<feImage>", "x <clipPath> y", "<foreignObject>"})
    void reportsALoneTagWhoseNameIsNoWordLow(String value) {
        assertReason(value, "xss.markup_injection", Confidence.LOW);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "put the script in the <head>",
        "<body> hi everyone, is the build broken?",
        "the <form> element posts to its action",
        "body and form and html",
        "<h1>Title</h1>",
        "<br>",
        "<div>",
        "<b>bold</b> and <i>it</i>",
        "<source>",
        "<path>",
        "usage: tool <input> <output>",
    })
    void leavesDocumentWordsInTextAndEditorMarkupAlone(String value) {
        assertNull(xss(value), Inspect.describe(Category.XSS, value));
    }

    @Test
    void reportsIeConditionalCommentsLow() {
        assertReason("<!--[if gte IE 4]>", "xss.conditional_comment", Confidence.LOW);
        assertReason("<![endif]-->", "xss.conditional_comment", Confidence.LOW);
        assertReason("<![if !IE]>", "xss.conditional_comment", Confidence.LOW);
        assertReason("<!--[if IE]><p>x</p><![endif]-->", "xss.conditional_comment", Confidence.LOW);
        assertReason("<!--[if IE]><script>go()</script><![endif]-->", "xss.script_tag", Confidence.HIGH);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<!-- [if you want] -->",
        "we said [if gte] ok, see <!-- if gte IE 4 -->",
        "<!--[iframe]>",
        "<![CDATA[x]]>",
        "<!--[if IE]",
    })
    void leavesCommentsAndBracketedWordsAlone(String value) {
        assertNull(xss(value), Inspect.describe(Category.XSS, value));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<A HREF=\"http://1113982867/\">XSS</A>",
        "<a href=\"http://0x42.0x0000066.0x7.0x93/\">x</a>",
        "<a href=\"http://0102.0146.0007.00000223/\">x</a>",
        "<a href=\"http://0x42.0146.7.147/\">x</a>",
        "<A HREF=\"htt\tp://6\t6.000146.0x7.147/\">XSS</A>",
        "<a href=\"http://127.1/\">x</a>",
        "<a href=\"https://user:pw@0177.0.0.1:8443/\">x</a>",
        "<a href=//2130706433>x</a>",
        "<img src=\"http://0x7f000001/x.png\">",
    })
    void reportsLinksToIpHostsSpelledOtherThanDottedDecimalLow(String value) {
        assertReason(value, "xss.obfuscated_url", Confidence.LOW);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<a href=\"http://66.102.7.147/\">x</a>",
        "<a href=\"http://127.0.0.1:8080/admin\">local</a>",
        "<a href=\"https://example.com/1113982867\">item</a>",
        "<a href=\"http://1e3.example/\">x</a>",
        "<a href=\"http://10.0.0.1./\">x</a>",
        "<img src=\"/images/0x7f.png\">",
        "see http://1113982867/ for details",
    })
    void leavesLinksToNamesAndDottedDecimalAddressesAlone(String value) {
        assertNull(xss(value), Inspect.describe(Category.XSS, value));
    }

    @Test
    void aHandlerInTheSameTagOutranksAnObfuscatedHost() {
        assertReason("<a href=\"http://0x7f.1/\" onclick=go()>x</a>", "xss.event_handler", Confidence.HIGH);
    }

    @Test
    void reportsFuzzerTemplatesOfAHandlerThatCallsASinkMedium() {
        assertReason("<img[a][b][c]src[d]=x[e]onerror=[f]\"alert(1)\">", "xss.event_handler", Confidence.MEDIUM);
        assertReason("<img[a]src=x[b]onerror[c]=[d]prompt(1)>", "xss.event_handler", Confidence.MEDIUM);
        assertNull(xss("<img[a]src=x[b]onerror=[d]>"));
        assertNull(xss("<a[b]=c>"));
        assertNull(xss("<x[1]=online>"));
    }

    @Test
    void reportsANamespacePrefixDeclaredWithoutAUriLow() {
        assertReason("<HTML xmlns:xss>", "xss.namespace_injection", Confidence.LOW);
        assertNull(xss("the xmlns:xss attribute, as in <b>bold</b>"));
    }

    @Test
    void readsAStringLiteralNulInsideAScriptScheme() {
        assertReason("<IMG SRC=java\\0script:alert(1)>", "xss.script_url", Confidence.HIGH);
        assertNull(xss("<img src=\"c:\\0data\\logo.png\">"));
    }
}
