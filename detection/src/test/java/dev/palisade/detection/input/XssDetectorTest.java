package dev.palisade.detection.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class XssDetectorTest {
    private static Detection xss(String value) {
        return Inspect.with(Category.XSS, value);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//evil.example/x.js>",
        "<img src=x onerror=alert(1)>",
        "<svg/onload=alert(1)>",
        "<body onload=alert('x')>",
        "<iframe src=\"javascript:alert(1)\">",
        "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD4=\">x</a>",
        "<object data=\"http://evil.example/x.swf\">",
        "<div style=\"width: expression(alert(1))\">",
        "\" onmouseover=\"alert(1)",
        "' autofocus onfocus=alert(1) x='",
        "javascript:alert(document.cookie)",
        "';alert(1)//",
        "\"-confirm`1`-\"",
        "</script><script>alert(1)</script>",
        "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "&lt;img src=x onerror=alert(1)&gt;",
        "\uff1cscript\uff1ealert(1)\uff1c/script\uff1e",
        "eval(atob('YWxlcnQoMSk='))",
        "alert&lpar;document.domain&rpar;",
        "{{constructor.constructor('alert(1)')()}}",
    })
    void detectsMarkupAndScriptThatWouldRun(String value) {
        assertNotNull(xss(value), Inspect.describe(Category.XSS, value));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "1<2 and 3>2",
        "I <3 you",
        "a < b > c",
        "x<y",
        "<b>bold</b> and <i>italic</i>",
        "<a href=\"https://example.com/page?a=1&b=2\">link</a>",
        "JavaScript: The Good Parts",
        "alert(1)",
        "john.doe@example.com",
        "https://example.com/a/b?q=x",
        "{\"key\": \"value\", \"list\": [1, 2]}",
        "style=color:red;background:white",
        "online=true",
        "Use the onclick handler to react to clicks",
        "the function f(x) = x^2",
        "/get/javascript-manual/document.cookie",
    })
    void leavesTextWithAnglesAndColonsAlone(String value) {
        assertNull(xss(value), Inspect.describe(Category.XSS, value));
    }

    @Test
    void ratesScriptTagsHigh() {
        Detection d = xss("<script>x</script>");
        assertEquals(Confidence.HIGH, d.confidence());
        assertEquals("xss.script_tag", d.reason());
    }

    @Test
    void readsNamespacedScriptElements() {
        assertNotNull(xss("<x:script xmlns:x=\"http://www.w3.org/1999/xhtml\">alert(1)</x:script>"));
    }

    @Test
    void readsCssWithCommentsAndEscapes() {
        assertNotNull(xss("<img style=\"xss:expr/**/ession(alert(1))\">"));
        assertNotNull(xss("<div style=\"background:url(\\6a avascript:alert(1))\">"));
    }

    private static void assertReason(String value, String reason, Confidence confidence) {
        Inspect.assertReason(Category.XSS, value, reason, confidence);
    }

    @Test
    void reportsMarkupInjectionOfElementsKeptOutOfUserContentLow() {
        assertReason("<form action=\"https://collector.example/\" method=post>", "xss.markup_injection", Confidence.LOW);
        assertReason("<input type=password name=pw>", "xss.markup_injection", Confidence.LOW);
        assertReason("<div class=\"overlay\" id=login>Sign in again</div>", "xss.markup_injection", Confidence.LOW);
        assertReason("<html><body>", "xss.markup_injection", Confidence.LOW);
        assertReason("see </body> here", "xss.markup_injection", Confidence.LOW);
        assertReason("<circle r=\"40\"/>", "xss.markup_injection", Confidence.LOW);
        assertReason("<?xml-stylesheet type=\"text/xsl\" href=\"#s\"?>", "xss.markup_injection", Confidence.LOW);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "usage: cp <source> <path>",
        "<grin> that was fun\n<title> is the placeholder",
        "<div>typed in an editor</div>",
        "<p>Hello <em>world</em></p><table width=\"90%\"><tr><td>1</td></tr></table>",
        "<a href=\"/docs/page.html\">docs</a> and <img src=\"/logo.png\">",
        "Reply to <jane.doe@example.org>",
        "type <enter name here> then press OK",
        "<?xml version=\"1.0\"?><order><item qty=\"2\">tea</item></order>",
        "a -> b --> c",
        "use the document . cookie jar",
    })
    void leavesEditorMarkupPlaceholdersAndPlainXmlAlone(String value) {
        assertNull(xss(value), Inspect.describe(Category.XSS, value));
    }

    /**
     * A sink call inside a JavaScript template-literal interpolation: reflected into a backtick string,
     * {@code ${alert(1)}} runs. A bare {@code alert(1)} stays text; {@code ${name}} and shell-style
     * {@code ${HOME}} are not calls.
     */
    @Test
    void reportsASinkCallInsideATemplateInterpolation() {
        assertReason("${alert(1)}", "xss.template_expression", Confidence.MEDIUM);
        assertReason("x ${ eval(atob(y)) } z", "xss.template_expression", Confidence.MEDIUM);
        assertNull(xss("Hello ${name}, your total is ${total}"));
        assertNull(xss("${HOME}/bin:${PATH}"));
        assertNull(xss("${alert(1)"), "an interpolation that never closes runs nothing");
    }

    @Test
    void reportsEndTagsOfRawTextElementsAsBreakouts() {
        assertReason("</textarea>", "xss.context_breakout", Confidence.MEDIUM);
        assertReason("x</title>", "xss.context_breakout", Confidence.MEDIUM);
        assertReason("name'-->", "xss.context_breakout", Confidence.LOW);
    }

    @Test
    void readsTagNamesAsOldParsersDid() {
        assertReason("<scr\u0000ipt>x()</scr\u0000ipt>", "xss.script_tag", Confidence.HIGH);
        assertReason("<script#1>go()", "xss.script_tag", Confidence.MEDIUM);
        assertReason("<:iframe src=//x.example>", "xss.active_element", Confidence.HIGH);
        assertReason("<?import namespace=\"t\" implementation=\"//x.example/b.htc\">", "xss.active_element", Confidence.HIGH);
        assertReason("<video onplay>", "xss.event_handler", Confidence.MEDIUM);
        assertReason("<p </onclick=go()>", "xss.event_handler", Confidence.HIGH);
        assertReason("<p <=x onpointerup=go()>", "xss.event_handler", Confidence.HIGH);
        assertNull(xss("a <b </b> c"));
        assertNull(xss("<b <i>x</i></b> and 1 <2 onwards"));
    }

    @Test
    void reportsXmlThatDeclaresEntitiesNamespacesOrRemoteSchemas() {
        assertReason("<!ENTITY ext SYSTEM \"file:///etc/hostname\">", "xss.dtd_declaration", Confidence.MEDIUM);
        assertReason("<!DOCTYPE r [<!ELEMENT r ANY>]><r/>", "xss.dtd_declaration", Confidence.MEDIUM);
        assertReason("<r xmlns:h=\"http://www.w3.org/1999/xhtml\">", "xss.namespace_injection", Confidence.MEDIUM);
        assertReason("xmlns:m=\"http://www.w3.org/1998/Math/MathML\"", "xss.namespace_injection", Confidence.MEDIUM);
        assertReason("<g xmlns:e=\"http://www.w3.org/2001/xml-events\" e:event=\"click\">", "xss.namespace_injection",
                Confidence.MEDIUM);
        assertReason("<r xsi:schemaLocation=\"urn:x https://schemas.example/r.xsd\">", "xss.external_reference", Confidence.LOW);
        assertNull(xss("<!-- a comment --> and <!DOCTYPE html>"));
    }

    @Test
    void readsScriptWrittenAroundFilters() {
        assertReason("document/**/./**/domain", "xss.script_expression", Confidence.MEDIUM);
        assertReason("(document /*x*/)['domain']", "xss.script_expression", Confidence.MEDIUM);
        assertReason("top /*a*/ [ 'eval' ]('1')", "xss.script_expression", Confidence.MEDIUM);
        assertReason("x.map.call`${prompt}9`", "xss.script_expression", Confidence.MEDIUM);
        assertReason("`${ confirm }`", "xss.script_expression", Confidence.MEDIUM);
        assertReason("new Function('return 1')()", "xss.script_expression", Confidence.MEDIUM);
        assertReason("(!![]+[])[+[]]+([][[]]+[])[+!+[]]".replace('+', ' '), "xss.script_expression", Confidence.MEDIUM);
        assertReason("href=javxascript:javascript:prompt(2)", "xss.script_url", Confidence.HIGH);
        assertReason("' onpointerdown=", "xss.attribute_breakout", Confidence.HIGH);
        assertReason("  onsomefutureevent= ", "xss.attribute_breakout", Confidence.MEDIUM);
        // WebKit's longest handler names run past 40 chars
        assertReason("' onwebkitcurrentplaybacktargetiswirelesschanged=", "xss.attribute_breakout", Confidence.HIGH);
        assertReason(" onwebkitpresentationmodechanged= ", "xss.attribute_breakout", Confidence.MEDIUM);
        assertNull(xss("she called it a function, not new"));
        assertNull(xss("[1] [2] [3] and (a) (b)"));
        assertNull(xss("status: online= yes"));
    }
}
