package dev.palisade.agent.context;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CookieHeaderParserTest {

    @Test
    void parsesSeveralCookiesAcrossHeaders() {
        Map<String, List<String>> cookies = CookieHeaderParser.parse(List.of("SESSION=abc; theme=dark", "SESSION=\"q\""));
        assertEquals(List.of("abc", "q"), cookies.get("SESSION"));
        assertEquals(List.of("dark"), cookies.get("theme"));
    }

    @Test
    void toleratesSloppyHeaders() {
        Map<String, List<String>> cookies = CookieHeaderParser.parse(List.of(";;  a=1 ;b; =x; c= 2 "));
        assertEquals(List.of("1"), cookies.get("a"));
        assertEquals(List.of("2"), cookies.get("c"));
        assertEquals(2, cookies.size());
    }
}
