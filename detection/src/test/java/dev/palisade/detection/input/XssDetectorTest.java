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
}
