package dev.palisade.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

import dev.palisade.it.harness.AgentAppExtension;
import dev.palisade.it.harness.AgentSettings;
import dev.palisade.it.harness.HttpResponse;
import dev.palisade.it.harness.Jdk;
import dev.palisade.it.harness.RunningApp;
import dev.palisade.it.harness.TestApp;

/**
 * Authentication presence on every servlet app and JDK, with {@code policies/authentication.json}
 * (admin area protected by every scheme kind, public area and /health public, everything else
 * bearer): 401s exactly as specified, every accepted scheme, malformed credentials, the
 * path-confusion list against what each container really routes, preflight, deny-by-default,
 * hot reload and monitor mode, and no credential value in any output. One app start per class.
 */
@ParameterizedClass(name = "{0} on {1}")
@MethodSource("dev.palisade.it.harness.Matrix#servletAppsOnEveryJdk")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuthenticationIT {

    private static final Map<String, String> BEARER = Map.of("Authorization", "Bearer it.token-1");
    private static final String ADMIN = "\"area\":\"admin\"";
    private static final String CHALLENGE = "Bearer realm=\"palisade\", Basic realm=\"palisade\"";

    @RegisterExtension
    static final AgentAppExtension apps = new AgentAppExtension();

    @Parameter(0)
    TestApp testApp;

    @Parameter(1)
    Jdk jdk;

    static RunningApp app;

    @BeforeParameterizedClassInvocation
    static void startApp(TestApp testApp, Jdk jdk) {
        app = apps.start(testApp, jdk, AgentSettings.withAgent().policy("authentication.json"));
    }

    @Test
    @Order(1)
    void publicPathsAnswerWithoutCredentials() {
        assertEquals(200, app.http().get("/health").status());
        HttpResponse hello = app.http().get("/api/public/hello");
        assertEquals(200, hello.status(), hello.toString());
        assertTrue(hello.body().contains("world"), hello.body());
    }

    @Test
    @Order(2)
    void protectedPathsAnswer401WithoutAndTheApplicationWithEachAcceptedScheme() {
        assertEquals(401, app.http().get("/api/admin/x").status());
        Map<String, Map<String, String>> schemes = new LinkedHashMap<>();
        schemes.put("bearer", BEARER);
        schemes.put("basic", Map.of("Authorization", "Basic " + base64("alice:pw")));
        schemes.put("apiKey header", Map.of("X-API-Key", "k-1"));
        schemes.put("apiKey cookie", Map.of("Cookie", "theme=dark; SESSION=k-1"));
        for (Map.Entry<String, Map<String, String>> scheme : schemes.entrySet()) {
            HttpResponse response = app.http().get("/api/admin/x", scheme.getValue());
            assertEquals(200, response.status(), scheme.getKey() + ": " + response);
            assertTrue(response.body().contains(ADMIN), scheme.getKey() + ": " + response.body());
        }
        HttpResponse query = app.http().get("/api/admin/x?api_key=k-1");
        assertEquals(200, query.status(), "apiKey query: " + query);
        assertTrue(query.body().contains(ADMIN));
        assertEquals(200, app.http().get("/api/admin/x", Map.of("Authorization", "bearer it.token-1")).status(),
                "the scheme word is case-insensitive");
    }

    @Test
    @Order(3)
    void answers401ExactlyAsSpecifiedAndRecordsTheEvent() throws Exception {
        HttpResponse response = app.http().get("/api/admin/users",
                Map.of("X-Request-Id", "auth-it-401", "X-Forwarded-For", "6.6.6.6, 198.51.100.7"));
        assertEquals(401, response.status(), response.toString());
        assertEquals(CHALLENGE, response.header("WWW-Authenticate"));
        assertEquals("application/json", response.header("Content-Type"));
        assertEquals("no-store", response.header("Cache-Control"));
        assertEquals("{\"error\":\"authentication_required\",\"requestId\":\"auth-it-401\"}", response.body());

        JsonNode event = awaitSecurityEvent("auth-it-401");
        assertEquals("authentication.missing", event.path("event").asText());
        assertEquals("blocked", event.path("action").asText());
        assertEquals("GET", event.path("http.request.method").asText());
        assertEquals("/api/admin/users", event.path("url.path").asText());
        assertEquals("/api/admin/**", event.path("policy.endpoint").asText());
        assertEquals("198.51.100.7", event.path("client.address").asText(),
                "the peer 127.0.0.1 is a trusted proxy: the right-most untrusted forwarded address is the client");
        assertEquals("missing", event.path("evidence").path("credentials").asText(), event.toString());
        assertEquals("[\"bearer\",\"basic\",\"headerKey\",\"queryKey\",\"cookieKey\"]",
                event.path("evidence").path("schemes.accepted").toString());
    }

    @Test
    @Order(4)
    void malformedCredentialsCountAsMissing() {
        List<Map<String, String>> malformed = List.of(
                Map.of("Authorization", "Bearer"),
                Map.of("Authorization", "Bearer two words"),
                Map.of("Authorization", "Bearer =abc"),
                Map.of("Authorization", "Basic !!!notbase64"),
                Map.of("Authorization", "Basic " + base64(":pw")),
                Map.of("Authorization", "Basic " + base64("nocolon")),
                Map.of("Authorization", "Token abc"),
                Map.of("X-API-Key", "   "),
                Map.of("X-API-Key", "k".repeat(4097)),
                Map.of("Cookie", "SESSION="));
        for (Map<String, String> headers : malformed) {
            HttpResponse response = app.http().get("/api/admin/x", headers);
            assertEquals(401, response.status(), abbreviate(headers) + " -> " + response);
        }
        for (String query : List.of("api_key=", "api_key=%20%20", "API_KEY=k", "api_key")) {
            assertEquals(401, app.http().get("/api/admin/x?" + query).status(), query);
        }
    }

    /**
     * Each form without credentials never reaches the admin handler; with a bearer token (which
     * the agent lets through) it shows what the container routes. Where that is the admin
     * handler, the answer without credentials must be 401.
     */
    @Test
    @Order(5)
    void pathConfusionNeverServesTheAdminAreaWithoutCredentials() {
        List<String> forms = List.of("/api/admin/x", "//api/admin/x", "/api/public/../admin/x",
                "/api/public/%2e%2e/admin/x", "/api/public/%2E%2E/admin/x", "/api/public/..;/admin/x",
                "/api/admin;x=y/x", "/api/./admin/x", "/api//admin/x", "/api/%61dmin/x", "/api/admin/x/",
                "/API/admin/x", "/api/admin%2Fx", "/api/admin/../public/x", "/api/admin/%2e%2e/public/x",
                "/api/admin/..;/public/x");
        List<String> failures = new ArrayList<>();
        for (String form : forms) {
            String routed = outcome(app.http().get(form, BEARER));
            HttpResponse anonymous = app.http().get(form);
            System.out.printf("[auth-routing] %s on %s | %s | routed with credentials: %s | without: %s%n",
                    app.app(), app.jdk(), form, routed, outcome(anonymous));
            if (anonymous.body().contains(ADMIN)) {
                failures.add(form + " served the admin area without credentials");
            }
            if (routed.equals("admin") && anonymous.status() != 401) {
                failures.add(form + " is routed to admin but answered " + anonymous.status() + " without credentials");
            }
            String expected = ContainerRouting.expected(app.app(), form);
            if (!expected.equals(routed)) {
                failures.add(form + " routed to " + routed + ", expected " + expected);
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    @Order(6)
    void corsPreflightPassesWithoutCredentials() {
        HttpResponse preflight = app.http().send("OPTIONS", "/api/admin/x",
                Map.of("Origin", "https://app.example", "Access-Control-Request-Method", "GET"), null);
        assertNotEquals(401, preflight.status(), preflight.toString());
        HttpResponse plainOptions = app.http().send("OPTIONS", "/api/admin/x", Map.of("Origin", "https://app.example"), null);
        assertEquals(401, plainOptions.status(), "OPTIONS without Access-Control-Request-Method is not a preflight");
    }

    @Test
    @Order(7)
    void pathsNoRuleNamesNeedTheDefaultCredentials() {
        HttpResponse anonymous = app.http().get("/api/echo/headers");
        assertEquals(401, anonymous.status(), anonymous.toString());
        assertEquals("Bearer realm=\"palisade\"", anonymous.header("WWW-Authenticate"));
        assertEquals(200, app.http().get("/api/echo/headers", BEARER).status());
        assertEquals(401, app.http().get("/api/echo/headers", Map.of("X-API-Key", "k-1")).status(),
                "an API key is not what the defaults accept");
        HttpResponse keyOnly = app.http().get("/api/orders/7");
        assertEquals(401, keyOnly.status());
        assertEquals("ApiKey realm=\"palisade\"", keyOnly.header("WWW-Authenticate"));
        assertEquals(200, app.http().get("/api/orders/7", Map.of("X-API-Key", "k-1")).status());
    }

    @Test
    @Order(8)
    void hotReloadsMakeEndpointsPublicOrProtectedAndMonitorModeLetsRequestsThrough() throws Exception {
        String original = Files.readString(app.policyFile());
        try {
            replaceAtomically(app.policyFile(), original
                    .replace("\"path\": \"/api/admin/**\", \"authentication\": [\"bearer\", \"basic\", \"headerKey\", \"queryKey\", \"cookieKey\"]",
                            "\"path\": \"/api/admin/**\", \"authentication\": []")
                    .replace("\"path\": \"/api/public/**\", \"authentication\": []",
                            "\"path\": \"/api/public/**\", \"authentication\": [\"bearer\"]")
                    .replace("\"trustedProxies\": [\"127.0.0.1\"],", ""));
            assertEquals(401, awaitStatus("/api/public/hello", 401), "the public area became protected");
            assertEquals(200, app.http().get("/api/admin/x").status(), "the admin area became public");
            app.http().get("/api/public/hello", Map.of("X-Request-Id", "auth-it-untrusted", "X-Forwarded-For", "198.51.100.7"));
            assertEquals("127.0.0.1", awaitSecurityEvent("auth-it-untrusted").path("client.address").asText(),
                    "without trustedProxies a forwarded address is never believed");

            replaceAtomically(app.policyFile(), original.replace("\"mode\": \"block\"", "\"mode\": \"monitor\""));
            // The public area is public again only under the monitor version.
            assertEquals(200, awaitStatus("/api/public/hello", 200));
            HttpResponse monitored = app.http().get("/api/admin/x", Map.of("X-Request-Id", "auth-it-monitor"));
            assertEquals(200, monitored.status());
            assertTrue(monitored.body().contains(ADMIN));
            JsonNode event = awaitSecurityEvent("auth-it-monitor");
            assertEquals("monitored", event.path("action").asText(), event.toString());
            assertEquals("authentication.missing", event.path("event").asText());
        } finally {
            replaceAtomically(app.policyFile(), original);
            assertEquals(401, awaitStatus("/api/admin/x", 401), "the original policy is back");
        }
    }

    @Test
    @Order(9)
    void neverWritesCredentialValuesToTelemetryOrOutput() throws Exception {
        String bearer = "BearerSecretValue9f1";
        String password = "BasicPasswordSecret7c2";
        String headerKey = "HeaderKeySecret3d4";
        String queryKey = "QueryKeySecret5e6";
        String cookieKey = "CookieKeySecret8a0";
        String malformed = "MalformedSecret1b2";
        String oversized = "OversizedSecret4c5" + "x".repeat(4200);
        // Looks like XSS, so input inspection reports it: its excerpt must be redacted by the cookie's name.
        String inspected = "<script>alert('InspectedCookieSecret6f7')</script>";
        List<String> secrets = List.of(bearer, password, base64("alice:" + password), headerKey, queryKey, cookieKey,
                malformed, "OversizedSecret4c5", "InspectedCookieSecret6f7");
        List<String> ids = new ArrayList<>();
        int n = 0;
        for (String path : List.of("/api/admin/x", "/api/public/hello", "/api/echo/headers")) {
            for (Map<String, String> headers : List.of(
                    Map.of("Authorization", "Bearer " + bearer),
                    Map.of("Authorization", "Basic " + base64("alice:" + password)),
                    Map.of("X-API-Key", headerKey),
                    Map.of("Cookie", "SESSION=" + cookieKey),
                    Map.of("Authorization", "Bearer " + malformed + " " + malformed),
                    Map.of("Authorization", "Basic " + malformed),
                    Map.of("X-API-Key", oversized),
                    Map.of("Cookie", "SESSION=" + oversized),
                    Map.of("Cookie", "SESSION=" + inspected))) {
                String id = "auth-it-secret-" + n++;
                Map<String, String> withId = new LinkedHashMap<>(headers);
                withId.put("X-Request-Id", id);
                app.http().get(path, withId);
                ids.add(id);
            }
            app.http().get(path + "?api_key=" + queryKey, Map.of("X-Request-Id", "auth-it-secret-" + n++));
            app.http().get(path + "?api_key=" + oversized, Map.of("X-Request-Id", "auth-it-secret-" + n++));
        }
        // Events that carry evidence: malformed credentials on protected paths (4: admin, 26: unlisted
        // path) and the XSS-looking cookie on the public path (19), which input inspection reports.
        awaitSecurityEvent("auth-it-secret-4");
        awaitSecurityEvent("auth-it-secret-26");
        JsonNode inspection = awaitSecurityEvent("auth-it-secret-19");
        assertEquals("SESSION", inspection.path("evidence").path("input.name").asText(), inspection.toString());
        assertEquals("[redacted]", inspection.path("evidence").path("input.excerpt").asText(),
                "the policy's API-key names are secret names for telemetry: " + inspection);
        Thread.sleep(1_500);
        List<String> outputs = new ArrayList<>();
        outputs.add(app.output().text());
        try (Stream<Path> files = Files.list(app.workDir())) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (file.getFileName().toString().startsWith("palisade-telemetry")) {
                    outputs.add(Files.readString(file));
                }
            }
        }
        for (String output : outputs) {
            for (String secret : secrets) {
                assertFalse(output.contains(secret), "a credential value was written: " + secret);
            }
        }
        assertTrue(outputs.get(0).contains("auth-it-secret-4"), "the requests were logged at all (debug)");
    }

    private static String outcome(HttpResponse response) {
        if (response.status() == 200 && response.body().contains(ADMIN)) {
            return "admin";
        }
        if (response.status() == 200 && response.body().contains("\"area\":\"public\"")) {
            return "public";
        }
        return Integer.toString(response.status());
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String abbreviate(Map<String, String> headers) {
        String text = headers.toString();
        return text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }

    private static JsonNode awaitSecurityEvent(String requestId) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            for (JsonNode record : app.telemetry()) {
                if ("security".equals(record.path("type").asText())
                        && requestId.equals(record.path("request.id").asText())) {
                    return record;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no security event for request " + requestId + " in " + app.telemetryFile());
    }

    /** Polls until {@code target} answers {@code expected} without credentials (a reload applies within seconds). */
    private static int awaitStatus(String target, int expected) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        int status;
        while ((status = app.http().get(target).status()) != expected && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        return status;
    }

    private static void replaceAtomically(Path file, String content) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temp, content);
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
