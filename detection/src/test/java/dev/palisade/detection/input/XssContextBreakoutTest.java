package dev.palisade.detection.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Values written to leave the context they are reflected in: a script block, a DTD, a tag name. */
class XssContextBreakoutTest {
    private static Detection xss(String value) {
        return Inspect.with(Category.XSS, value);
    }

    private static void assertReason(String value, String reason, Confidence confidence) {
        Inspect.assertReason(Category.XSS, value, reason, confidence);
    }

    @Test
    void readsCallsThatCloseAndReopenABlock() {
        assertReason("}prompt(/p/);{//", "xss.js_breakout", Confidence.HIGH);
        assertReason("1;confirm(2);{ //", "xss.js_breakout", Confidence.HIGH);
    }

    @Test
    void readsALeadingCallCutOffByALineComment() {
        assertReason("confirm(2)//", "xss.js_breakout", Confidence.MEDIUM);
        assertReason(" prompt(3); //rest", "xss.js_breakout", Confidence.MEDIUM);
        assertReason("confirm(2)>//", "xss.js_breakout", Confidence.MEDIUM);
    }

    @Test
    void readsDtdAttributeDefaultsThatAddHandlers() {
        assertReason(" onclick CDATA \"go()\"", "xss.dtd_declaration", Confidence.MEDIUM);
        assertReason("<!ATTLIST img onerror CDATA 'go()'>", "xss.dtd_declaration", Confidence.MEDIUM);
    }

    @Test
    void readsScriptTagNamesDisguisedForFilters() {
        assertReason("<%script>go()<%/script>", "xss.script_tag", Confidence.MEDIUM);
        assertReason("x <%/SCRIPT>", "xss.script_tag", Confidence.MEDIUM);
        assertReason("<sc&#x0A;ript>go()", "xss.script_tag", Confidence.MEDIUM);
        assertReason("</scrip%09t>", "xss.script_tag", Confidence.MEDIUM);
        assertReason("x<i f r a m e src=//x.example/", "xss.markup_injection", Confidence.LOW);
        assertReason("<s c r i p t>go()", "xss.markup_injection", Confidence.LOW);
        assertReason("<t\te x t a r e a", "xss.markup_injection", Confidence.LOW);
    }

    @Test
    void reportsIeResourceUrlsIntoLocalBinariesLow() {
        assertReason("res://d:\\apps\\viewer\\viewer.dll/#2/#101", "xss.local_resource_url", Confidence.LOW);
        assertReason("x=res://mshtml.dll/about.htm", "xss.local_resource_url", Confidence.LOW);
        assertNull(xss("see the res://docs/ folder; address: res://"));
    }

    @Test
    void readsAFormActionAttributeAfterAQuoteBreakout() {
        assertReason("x\" formaction=", "xss.attribute_breakout", Confidence.MEDIUM);
        assertReason("x' formaction= ", "xss.attribute_breakout", Confidence.MEDIUM);
        assertNull(xss("the formaction= attribute, \"formaction=/save\" or 'formaction=/next'"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "alert(1)",
        "confirm(2) and then http://example.com",
        "see prompt(3) in the docs // or the FAQ",
        "{ the block } alert(1) {",
        "title CDATA \"x\"",
        "the online CDATA \"section\" reader",
        "onclick is a CDATA attribute",
        "<%= scripts.size() %>",
        "<% script_name %>",
        "<scr ipt> is not a tag",
        "<scripts>\t<script-list>",
        "<a b c> and <x y z>",
        "<f o o> or <b a r>",
        "<i m a g i n e> <f o r m a t>",
        "<h t m l5 is not a tag",
    })
    void leavesLookAlikesAlone(String value) {
        assertNull(xss(value), Inspect.describe(Category.XSS, value));
    }
}
