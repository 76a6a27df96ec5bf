package dev.palisade.policy.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.palisade.policy.Policies;
import dev.palisade.policy.SchemaValidator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON Schema's regular expressions mirror hand-written Java parsers (path patterns, CIDRs,
 * names). These tests feed both the same tricky values and require the same verdict.
 */
class SchemaParityTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/**", "/*", "/a", "/a/b/c", "/a/{id}", "/a/{_x1}/**", "/a/*/b/**", "/v1.0/x~y",
        "/a:b/@c/!$&'()+,=", "/a/.well-known", "/a/...", "", "a", "//", "/a/", "/a//b", "/**/a", "/a/**/**",
        "/a/{1}", "/a/{}", "/a/{id", "/a/id}", "/a/{i-d}", "/a/x*", "/a/**x", "/a/.", "/a/..", "/./a", "/a b",
        "/a%2F", "/a;b", "/a?b", "/a#b", "/a\\\\b", "/caf\u00e9", "/a/*/*", "/{a}{b}"})
    void pathPatternsAreJudgedAlikeBySchemaAndValidator(String path) {
        String json = "{\"version\": 1, \"endpoints\": [{\"path\": \"" + path + "\"}]}";
        assertSameVerdict(json);
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.0/8", "0.0.0.0/0", "255.255.255.255/32", "192.168.1.1", "10.0.0.0/33",
        "10.0.0.0/08", "10.0.0.01", "256.0.0.1", "1.2.3", "1.2.3.4.5", "1.2.3.4/", "::", "::1", "::/0", "fd00::/8",
        "fe80::1/64", "2001:db8::1/128", "2001:db8::1/129", "1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7::",
        "::2:3:4:5:6:7:8", "1::2:3:4:5:6:7", "1:::2", ":1::2", "1::2:", "1::2::3", "::ffff:10.0.0.1",
        "::ffff:10.0.0.0/104", "1:2:3:4:5:6:1.2.3.4", "1:2:3:4:5:6:7:1.2.3.4", "1:2:3:4:5::1.2.3.4",
        "1:2:3:4:5:6::1.2.3.4", "::1.2.3.4", "1.2.3.4::", "12345::", "g::1", "ABCD::ef01", "fe80::1%eth0",
        "localhost", " 10.0.0.1", "10.0.0.1/8 "})
    void cidrsAreJudgedAlikeBySchemaAndValidator(String cidr) {
        assertSameVerdict("{\"version\": 1, \"trustedProxies\": [\"" + cidr + "\"]}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"X-API-Key", "api_key", "SESSION", "a.b", "x~y", "X Key", "", "k=v", "k;v", "k\u00e9",
        "a:b", "a/b", "[x]"})
    void apiKeyNamesAreJudgedAlikeBySchemaAndValidator(String name) {
        assertSameVerdict("{\"version\": 1, \"authentication\": {\"schemes\": {\"k\": {\"type\": \"apiKey\", "
                + "\"in\": \"header\", \"name\": \"" + name + "\"}}}}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bearer", "api-key.v2_x", "my key", "", "a/b", "caf\u00e9"})
    void schemeNamesAreJudgedAlikeBySchemaAndValidator(String name) {
        assertSameVerdict("{\"version\": 1, \"authentication\": {\"schemes\": {\"" + name
                + "\": {\"type\": \"http\", \"scheme\": \"basic\"}}}}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "1.0", "10e-1", "2", "0", "-1", "\"1\"", "true", "null"})
    void versionsAreJudgedAlikeBySchemaAndValidator(String version) {
        assertSameVerdict("{\"version\": " + version + "}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "86400", "86401", "0", "10.0", "10.5", "1e2", "-0", "\"10\""})
    void integersAreJudgedAlikeBySchemaAndValidator(String interval) {
        assertSameVerdict("{\"version\": 1, \"telemetry\": {\"intervalSeconds\": " + interval + "}}");
    }

    private static void assertSameVerdict(String json) {
        boolean javaAccepts = Policies.parse(json).isValid();
        boolean schemaAccepts = SchemaValidator.problems(json).isEmpty();
        assertEquals(javaAccepts, schemaAccepts, () -> "validator " + (javaAccepts ? "accepts" : "rejects")
                + " but schema " + (schemaAccepts ? "accepts" : "rejects") + ": " + json + "\n"
                + Policies.formatted(Policies.parse(json)) + "\n" + SchemaValidator.problems(json));
    }
}
