package dev.palisade.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ServletBridgeTest {

    private final List<String> failures = new ArrayList<>();

    @AfterEach
    void reset() {
        ServletBridge.install(null);
        AgentFailures.install(null);
    }

    @Test
    void throwingHooksNeverReachTheCallerAndAreReportedWithTheirSite() {
        AgentFailures.install((site, failure) -> failures.add(site + ": " + failure.getMessage()));
        ServletBridge.install(new ServletHooks() {
            @Override
            public Object enter(Object request, Object response) {
                throw new IllegalStateException("enter broke");
            }

            @Override
            public boolean skipsApplication(Object scope) {
                throw new IllegalStateException("skip broke");
            }

            @Override
            public void exit(Object scope, Object request, Object response, Throwable thrown) {
                throw new LinkageError("exit broke");
            }
        });
        assertNull(ServletBridge.enter("request", "response"));
        assertFalse(ServletBridge.skipsApplication("scope"));
        ServletBridge.exit("scope", "request", "response", null);
        assertEquals(List.of("servlet.enter: enter broke", "servlet.skip: skip broke", "servlet.exit: exit broke"), failures);
    }

    @Test
    void theAgentsBlockSignalIsDroppedOnlyWhenTheHooksSaySo() {
        List<Object> exitedWith = new ArrayList<>();
        ServletBridge.install(new ServletHooks() {
            @Override
            public Object enter(Object request, Object response) {
                return "scope";
            }

            @Override
            public boolean skipsApplication(Object scope) {
                return false;
            }

            @Override
            public void exit(Object scope, Object request, Object response, Throwable thrown) {
                exitedWith.add(thrown == null ? "none" : thrown.getMessage());
            }

            @Override
            public boolean swallows(Object scope, Throwable thrown) {
                return "blocked".equals(thrown.getMessage());
            }
        });
        RuntimeException appFailure = new RuntimeException("app");
        assertSame(appFailure, ServletBridge.exit("scope", "request", "response", appFailure));
        assertNull(ServletBridge.exit("scope", "request", "response", new RuntimeException("blocked")));
        assertNull(ServletBridge.exit("scope", "request", "response", null));
        RuntimeException withoutScope = new RuntimeException("blocked");
        assertSame(withoutScope, ServletBridge.exit(null, "request", "response", withoutScope));
        // the hooks see a dropped signal as a normal return
        assertEquals(List.of("app", "none", "none"), exitedWith);
    }

    @Test
    void aFailingFailureListenerFallsBackToCounting() {
        AgentFailures.install((site, failure) -> {
            throw new IllegalStateException("listener broke");
        });
        long before = AgentFailures.unhandledCount();
        AgentFailures.report("servlet.enter", new RuntimeException("x"));
        assertEquals(before + 1, AgentFailures.unhandledCount());
    }

    @Test
    void withoutHooksNothingHappens() {
        assertNull(ServletBridge.enter("request", "response"));
        assertFalse(ServletBridge.skipsApplication(null));
        ServletBridge.exit(null, "request", "response", null);
    }
}
