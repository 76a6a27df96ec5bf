package dev.palisade.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

import dev.palisade.it.harness.AgentAppExtension;
import dev.palisade.it.harness.AgentSettings;
import dev.palisade.it.harness.HttpResponse;
import dev.palisade.it.harness.Jdk;
import dev.palisade.it.harness.RequestLog;
import dev.palisade.it.harness.RunningApp;
import dev.palisade.it.harness.TestApp;

/**
 * The servlet entry on every servlet test app and every JDK: one request context per request,
 * whatever filters, forwards, includes, error dispatches, {@code super.service} calls and async
 * processing happen inside it; paths normalized the way the container routes them.
 */
@ParameterizedClass(name = "{0} on {1}")
@MethodSource("dev.palisade.it.harness.Matrix#servletAppsOnEveryJdk")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServletEntryIT {

    @RegisterExtension
    static final AgentAppExtension apps = new AgentAppExtension();

    @Parameter(0)
    TestApp testApp;

    @Parameter(1)
    Jdk jdk;

    static RunningApp app;

    @BeforeParameterizedClassInvocation
    static void startApp(TestApp testApp, Jdk jdk) {
        app = apps.start(testApp, jdk, AgentSettings.withAgent());
    }

    @Test
    @Order(1)
    void servesRequestsThroughTheInstrumentedEntry() {
        HttpResponse health = app.http().get("/health");
        assertEquals(200, health.status(), health.toString());
        assertTrue(health.body().contains("ok"), health.body());
        RequestLog.Opened opened = RequestLog.lastFor(app, "/health");
        assertNotNull(opened, "the agent opened no context for /health:\n" + app.output().text());
        assertEquals("GET", opened.method);
        assertEquals("/health", opened.path);
    }

    @Test
    @Order(2)
    void opensExactlyOneContextPerRequestWhateverHappensInside() throws Exception {
        int before = RequestLog.opened(app).size();
        List<String> targets = new ArrayList<>(List.of("/api/public/hello", "/api/forward", "/api/include",
                "/api/error", "/api/throw", "/api/async", "/api/async", "/api/orders/7"));
        if (app.app().hasSuperServiceServlet()) {
            targets.add("/api/super-service");
        }
        for (String target : targets) {
            HttpResponse response = app.http().get(target);
            assertTrue(response.status() == 200 || target.equals("/api/error") || target.equals("/api/throw"),
                    target + " -> " + response);
        }
        assertEquals(500, app.http().get("/api/error").status());
        targets.add("/api/error");
        List<RequestLog.Opened> all = RequestLog.awaitOpened(app, before + targets.size());
        List<RequestLog.Opened> opened = all.subList(before, all.size());
        assertEquals(targets.size(), opened.size(), "contexts opened for " + targets + ": " + opened);
        for (int i = 0; i < targets.size(); i++) {
            assertEquals(targets.get(i), opened.get(i).raw, "context " + i);
        }
        int expectedClosed = RequestLog.opened(app).size();
        assertEquals(expectedClosed, RequestLog.awaitClosed(app, expectedClosed, 10_000),
                "every context closes, async ones when the async processing completes");
        // The async endpoint completes from another thread about 50 ms after service() returned:
        // its context must close then, not when service() returned.
        for (RequestLog.Opened async : opened) {
            if (async.raw.equals("/api/async")) {
                String close = app.output().matching(line -> line.contains("request close id=" + async.id + " ")).get(0);
                assertTrue(close.contains("async=true"), close);
                long micros = Long.parseLong(close.replaceAll(".*micros=(\\d+).*", "$1"));
                assertTrue(micros >= 40_000, "closed at async completion, not at service() return: " + close);
            }
        }
    }

    /**
     * Every form normalizes to {@code /api/admin} on every container. Whether the container then
     * routes it to the admin handler is the container's business (Spring MVC, for one, answers 404
     * to {@code //}); it is printed, and where the admin handler answered, the agent agrees.
     */
    @Test
    @Order(3)
    void normalizesPathsTheWayTheContainerRoutesThem() {
        for (String form : List.of("/api/admin", "/api//admin", "/api/./admin", "/api/public/../admin",
                "/api/admin;jsessionid=1", "/api/%61dmin")) {
            HttpResponse response = app.http().get(form);
            boolean routedToAdmin = response.status() == 200 && response.body().contains("\"area\":\"admin\"");
            RequestLog.Opened opened = RequestLog.lastFor(app, form);
            System.out.printf("[normalization] %s on %s: %s -> status %d, admin=%s, agent path=%s%n",
                    app.app(), app.jdk(), form, response.status(), routedToAdmin, opened == null ? "(no context)" : opened.path);
            assertNotNull(opened, "no context for " + form);
            assertEquals("/api/admin", opened.path, form + " normalizes to /api/admin");
            if (form.equals("/api/admin") || form.equals("/api/%61dmin") || form.equals("/api/admin;jsessionid=1")) {
                assertTrue(routedToAdmin, form + " is served by the admin handler on every container: " + response);
            }
        }
    }

    /**
     * {@code %2F} and {@code %2e%2e} are container-specific: record what each container does and
     * check that whenever the admin handler served the request, the agent saw an admin path.
     */
    @Test
    @Order(4)
    void agreesWithTheContainerOnEncodedSlashAndDots() {
        for (String form : List.of("/api/admin%2Fx", "/api/public/%2e%2e/admin/x", "/api/public/%2E%2E/admin/x")) {
            HttpResponse response = app.http().get(form);
            RequestLog.Opened opened = RequestLog.lastFor(app, form);
            boolean routedToAdmin = response.status() == 200 && response.body().contains("\"area\":\"admin\"");
            System.out.printf("[normalization] %s on %s: %s -> status %d, admin=%s, agent path=%s%n",
                    app.app(), app.jdk(), form, response.status(), routedToAdmin, opened == null ? "(no context)" : opened.path);
            if (routedToAdmin) {
                assertNotNull(opened, form + " reached the application without a context");
                assertTrue(opened.path.startsWith("/api/admin"), form + " served by admin but agent saw " + opened.path);
            }
        }
    }

    /** The body tee sees what the application reads, form and JSON alike, without altering it. */
    @Test
    @Order(5)
    void capturesRequestBodiesAsTheApplicationReadsThem() throws Exception {
        int before = RequestLog.closedCount(app);
        HttpResponse form = app.http().send("POST", "/api/audit",
                java.util.Map.of("Content-Type", "application/x-www-form-urlencoded"),
                "note=hello+world&x=1".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(200, form.status(), form.toString());
        HttpResponse json = app.http().send("POST", "/api/items/lookup",
                java.util.Map.of("Content-Type", "application/json"),
                "{\"name\":\"apple\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(200, json.status(), json.toString());
        assertTrue(json.body().contains("apple"), "the application read the body intact: " + json.body());
        RequestLog.awaitClosed(app, before + 2, 5_000);
        List<String> closes = app.output().matching(line -> line.contains("request close"));
        String formClose = closes.get(closes.size() - 2);
        String jsonClose = closes.get(closes.size() - 1);
        assertTrue(formClose.contains("body_bytes=20") && formClose.contains("form=[note, x]"), formClose);
        assertTrue(jsonClose.contains("body_bytes=16"), jsonClose);
    }

    @Test
    @Order(6)
    void neverLeaksAContextUnderConcurrentMixedLoad() throws Exception {
        int before = RequestLog.opened(app).size();
        List<String> mix = List.of("/health", "/api/async", "/api/forward", "/api/error", "/api/throw", "/api/public/hello");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                String target = mix.get(i % mix.size());
                results.add(pool.submit(() -> app.http().get(target).status()));
            }
            for (Future<Integer> result : results) {
                int status = result.get(60, TimeUnit.SECONDS);
                assertTrue(status == 200 || status == 500, "status " + status);
            }
        } finally {
            pool.shutdownNow();
        }
        int opened = RequestLog.opened(app).size() - before;
        assertEquals(120, opened, "one context per request under load");
        int total = RequestLog.opened(app).size();
        assertEquals(total, RequestLog.awaitClosed(app, total, 15_000), "every context closed");
        // The after-class health check then asserts the agent's own counters: no leak, opened == closed.
    }
}
