package dev.palisade.agent.servlet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.servlet.DispatcherType;

import org.junit.jupiter.api.Test;

import dev.palisade.agent.context.RequestContext;
import dev.palisade.agent.inspect.BodyBlockedException;
import dev.palisade.agent.runtime.AgentStats;
import dev.palisade.agent.runtime.FailureLog;
import dev.palisade.agent.runtime.RequestListener;
import dev.palisade.agent.runtime.TestFaults;

class ServletRequestHooksTest {

    private final AgentStats stats = new AgentStats();
    private final List<String> events = new ArrayList<>();
    private final RequestListener recorder = new RequestListener() {
        @Override
        public void onOpen(RequestContext context) {
            events.add("open " + context.path());
        }

        @Override
        public void onClose(RequestContext context, int status, Throwable thrown) {
            events.add("close " + status);
        }
    };

    private ServletRequestHooks hooks(RequestListener... listeners) {
        return new ServletRequestHooks(List.of(listeners), stats, new FailureLog(stats), new TestFaults(null));
    }

    @Test
    void nestedFiltersAndServletsShareTheOutermostContext() {
        ServletRequestHooks hooks = hooks(recorder);
        FakeServlet exchange = new FakeServlet();
        Object outer = hooks.enter(exchange.request, exchange.response);
        Object filter = hooks.enter(exchange.request, exchange.response);
        Object servlet = hooks.enter(exchange.request, exchange.response);
        hooks.exit(servlet, exchange.request, exchange.response, null);
        hooks.exit(filter, exchange.request, exchange.response, null);
        assertEquals(List.of("open /api/orders/7"), events, "nothing closes before the outermost exit");
        hooks.exit(outer, exchange.request, exchange.response, null);
        assertEquals(List.of("open /api/orders/7", "close 200"), events);
        assertEquals(1, stats.contextsOpened.sum());
        assertEquals(1, stats.contextsClosed.sum());
        assertTrue(outer instanceof RequestContext);
        assertFalse(filter instanceof RequestContext);
    }

    @Test
    void listenersCloseInReverseOrderOfOpening() {
        List<String> order = new ArrayList<>();
        RequestListener first = named("first", order);
        RequestListener second = named("second", order);
        ServletRequestHooks hooks = hooks(first, second);
        FakeServlet exchange = new FakeServlet();
        hooks.exit(hooks.enter(exchange.request, exchange.response), exchange.request, exchange.response, null);
        // The telemetry step sits after the debug log: it records the request before the log says "closed".
        assertEquals(List.of("open first", "open second", "close second", "close first"), order);
    }

    private static RequestListener named(String name, List<String> order) {
        return new RequestListener() {
            @Override
            public void onOpen(RequestContext context) {
                order.add("open " + name);
            }

            @Override
            public void onClose(RequestContext context, int status, Throwable thrown) {
                order.add("close " + name);
            }
        };
    }

    @Test
    void onlyTheAgentsOwnBlockSignalIsDroppedAndOnlyOnceTheAgentAnswered() {
        ServletRequestHooks hooks = hooks(recorder);
        FakeServlet exchange = new FakeServlet();
        Object outer = hooks.enter(exchange.request, exchange.response);
        Object inner = hooks.enter(exchange.request, exchange.response);
        Exception signal = new BodyBlockedException("r1");
        Exception wrapped = new RuntimeException("Request processing failed", new IllegalStateException(signal));
        assertFalse(hooks.swallows(outer, signal), "the agent has not answered yet");
        assertTrue(((RequestContext) outer).respondJson(403, java.util.Map.of(), "{}"));
        assertTrue(hooks.swallows(outer, signal));
        assertTrue(hooks.swallows(outer, wrapped), "found as a cause");
        assertFalse(hooks.swallows(inner, signal), "only the outermost servlet or filter drops it");
        assertFalse(hooks.swallows(outer, new IllegalStateException("the application's own failure")));
        hooks.exit(inner, exchange.request, exchange.response, signal);
        hooks.exit(outer, exchange.request, exchange.response, null);
    }

    @Test
    void errorDispatchAfterTheRequestNeverOpensASecondContext() {
        ServletRequestHooks hooks = hooks(recorder);
        FakeServlet exchange = new FakeServlet();
        Object outer = hooks.enter(exchange.request, exchange.response);
        hooks.exit(outer, exchange.request, exchange.response, null);
        exchange.dispatcherType = DispatcherType.ERROR;
        Object error = hooks.enter(exchange.request, exchange.response);
        hooks.exit(error, exchange.request, exchange.response, null);
        assertEquals(1, stats.contextsOpened.sum());
        assertFalse(error instanceof RequestContext);
    }

    @Test
    void anEscapedExceptionClosesTheContextWithStatus500() {
        ServletRequestHooks hooks = hooks(recorder);
        FakeServlet exchange = new FakeServlet();
        Object outer = hooks.enter(exchange.request, exchange.response);
        hooks.exit(outer, exchange.request, exchange.response, new IllegalStateException("app bug"));
        assertEquals("close 500", events.get(1));
    }

    @Test
    void aContextLeftOnTheThreadIsCountedDroppedAndNeverReused() {
        ServletRequestHooks hooks = hooks(recorder);
        FakeServlet first = new FakeServlet();
        Object outer = hooks.enter(first.request, first.response);
        // Simulate a lost scope: the exit does not get the context it opened.
        hooks.exit(new Object(), first.request, first.response, null);
        assertEquals(1, stats.contextsLeaked.sum());

        FakeServlet second = new FakeServlet();
        Object next = hooks.enter(second.request, second.response);
        assertTrue(next instanceof RequestContext, "the next request on the thread opens its own context");
        assertNotSame(outer, next);
        hooks.exit(next, second.request, second.response, null);
        assertEquals(1, stats.contextsLeaked.sum());
    }

    @Test
    void aListenerAnsweringTheRequestSkipsTheApplication() {
        RequestListener denier = new RequestListener() {
            @Override
            public void onOpen(RequestContext context) {
                context.respondJson(401, Map.of("WWW-Authenticate", "Bearer realm=\"palisade\""),
                        "{\"error\":\"authentication_required\",\"requestId\":\"" + context.id() + "\"}");
            }
        };
        ServletRequestHooks hooks = hooks(denier, recorder);
        FakeServlet exchange = new FakeServlet();
        exchange.requestHeaders.put("X-Request-Id", "req-42");
        Object scope = hooks.enter(exchange.request, exchange.response);
        assertTrue(hooks.skipsApplication(scope));
        hooks.exit(scope, exchange.request, exchange.response, null);
        assertEquals(401, exchange.status);
        assertEquals("application/json", exchange.responseHeaders.get("Content-Type"));
        assertEquals("no-store", exchange.responseHeaders.get("Cache-Control"));
        assertEquals("{\"error\":\"authentication_required\",\"requestId\":\"req-42\"}",
                exchange.body.toString(StandardCharsets.UTF_8));
        assertEquals(List.of("close 401"), events, "later listeners do not run on an answered request");
        assertEquals(1, stats.requestsAnsweredByAgent.sum());
    }

    @Test
    void aFailingHookIsCountedAndTheRequestProceeds() {
        ServletRequestHooks hooks = new ServletRequestHooks(List.of(recorder), stats, new FailureLog(stats),
                new TestFaults("servlet.enter"));
        FakeServlet exchange = new FakeServlet();
        Object scope = hooks.enter(exchange.request, exchange.response);
        assertFalse(hooks.skipsApplication(scope));
        hooks.exit(scope, exchange.request, exchange.response, null);
        assertEquals(1, stats.agentFailures.sum());
        assertEquals(0, stats.contextsLeaked.sum());
        assertEquals(List.of(), events);
    }

    @Test
    void theContextOffersWhatLaterChecksNeed() {
        List<RequestContext> seen = new ArrayList<>();
        ServletRequestHooks hooks = hooks(new RequestListener() {
            @Override
            public void onOpen(RequestContext context) {
                seen.add(context);
            }
        });
        FakeServlet exchange = new FakeServlet();
        exchange.requestHeaders.put("Cookie", "SESSION=abc");
        exchange.requestHeaders.put("X-Request-Id", "bad id with spaces");
        Object scope = hooks.enter(exchange.request, exchange.response);
        RequestContext context = seen.get(0);
        assertEquals("GET", context.method());
        assertEquals("/api/orders/7", context.path());
        assertEquals("10.1.2.3", context.clientAddress());
        assertEquals(List.of("1"), context.queryParameters().get("q"));
        assertEquals(List.of("abc"), context.cookies().get("SESSION"));
        assertTrue(context.id().matches("[0-9a-f]{32}"), "an unusable incoming id is replaced");
        assertSame(context, exchange.attributes.get(ServletRequestHooks.CONTEXT_ATTRIBUTE));
        hooks.exit(scope, exchange.request, exchange.response, null);
    }
}
