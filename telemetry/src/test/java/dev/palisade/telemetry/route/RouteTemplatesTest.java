package dev.palisade.telemetry.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.palisade.telemetry.text.SafeText;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RouteTemplatesTest {

    private final AtomicInteger limitCalls = new AtomicInteger();
    private final RouteTemplates routes = new RouteTemplates(1_000, SafeText.defaults(), limitCalls::incrementAndGet);

    @Test
    void prefersTheFrameworkRoute() {
        assertEquals("/orders/{orderId}", routes.resolve("/orders/{orderId}", "/orders/{id}", "/orders/42"));
    }

    @Test
    void reducesJaxRsRegularExpressionsToTheParameterName() {
        assertEquals("/orders/{id}/items/{n}", routes.resolve("orders/{id: [0-9]{1,9}}/items/{n:\\d+}", null, "/x"));
    }

    @Test
    void usesThePolicyPatternWhenItHasPlaceholders() {
        assertEquals("/api/users/{userId}", routes.resolve(null, "/api/users/{userId}", "/api/users/17"));
    }

    @Test
    void ignoresPolicyPatternsWithoutPlaceholders() {
        assertEquals("/api/admin/{id}", routes.resolve(null, "/api/admin/**", "/api/admin/99"));
    }

    @Test
    void templatesIdentifierSegmentsOfThePath() {
        assertEquals("/api/orders/{id}", PathTemplates.template("/api/orders/123456"));
        assertEquals("/api/orders/{id}", PathTemplates.template("/api/orders/123e4567-e89b-12d3-a456-426614174000"));
        assertEquals("/blobs/{id}", PathTemplates.template("/blobs/5f2b9c0de1a4477bcafe"));
        assertEquals("/tokens/{id}", PathTemplates.template("/tokens/dGhpcyBpcyBhIHRva2VuMQ"));
        assertEquals("/users/{id}/profile", PathTemplates.template("/users/alice@example.com/profile"));
        assertEquals("/users/{id}", PathTemplates.template("/users/bob%40example.org"));
        assertEquals("/invoices/{id}", PathTemplates.template("/invoices/ORD-12345"));
        assertEquals("/years/{id}", PathTemplates.template("/years/2026"));
    }

    @Test
    void keepsWordsVersionsAndSlugsWithoutDigits() {
        assertEquals("/api/v1/orders/me", PathTemplates.template("/api/v1/orders/me"));
        assertEquals("/blog/how-to-protect-your-api-endpoints",
                PathTemplates.template("/blog/how-to-protect-your-api-endpoints"));
        assertEquals("/UserPreferencesControllerV2", PathTemplates.template("/UserPreferencesControllerV2"));
        assertEquals("/page2", PathTemplates.template("/page2"));
    }

    @Test
    void normalizesThePathBeforeTemplating() {
        assertEquals("/api/orders/{id}", PathTemplates.template("//api/./x/../orders;jsessionid=1/42/?q=1#f"));
        assertEquals("/", PathTemplates.template(""));
        assertEquals("/", PathTemplates.template("/../.."));
        assertEquals("/api/{id}", PathTemplates.template("/api/{id}"));
    }

    @Test
    void foldsRoutesBeyondTheBoundIntoOtherAndSaysSoOnce() {
        RouteTemplates small = new RouteTemplates(3, SafeText.defaults(), limitCalls::incrementAndGet);
        assertEquals("/a", small.resolve(null, null, "/a"));
        assertEquals("/b", small.resolve(null, null, "/b"));
        assertEquals("/c", small.resolve(null, null, "/c"));
        assertFalse(small.limitReached());
        assertEquals(RouteTemplates.OTHER, small.resolve(null, null, "/d"));
        assertEquals(RouteTemplates.OTHER, small.resolve(null, null, "/e"));
        assertEquals("/a", small.resolve(null, null, "/a"), "known routes keep resolving");
        assertTrue(small.limitReached());
        assertEquals(1, limitCalls.get());
        assertEquals(3, small.routeCount());
    }

    @Test
    void boundHoldsExactlyUnderConcurrentSpraying() throws InterruptedException {
        RouteTemplates bounded = new RouteTemplates(100, SafeText.defaults(), limitCalls::incrementAndGet);
        Set<String> seen = ConcurrentHashMap.newKeySet();
        CountDownLatch start = new CountDownLatch(1);
        Thread[] threads = new Thread[4];
        for (int t = 0; t < threads.length; t++) {
            int offset = t;
            threads[t] = new Thread(() -> {
                await(start);
                for (int i = 0; i < 5_000; i++) {
                    seen.add(bounded.resolve(null, null, "/spray/w" + offset + "x" + i));
                }
            });
            threads[t].start();
        }
        start.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        Set<String> named = new HashSet<>(seen);
        named.remove(RouteTemplates.OTHER);
        assertEquals(100, named.size());
        assertEquals(1, limitCalls.get());
    }

    @Test
    void cleansAndCutsRouteStrings() {
        RouteTemplates shortRoutes = new RouteTemplates(10, SafeText.withMaxChars(8), () -> { });
        assertEquals("/abcdefg" + SafeText.TRUNCATION_MARKER, shortRoutes.resolve("/abcdefghijk", null, null));
        assertEquals("/a\uFFFD", shortRoutes.resolve("/a\uD800", null, null));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
