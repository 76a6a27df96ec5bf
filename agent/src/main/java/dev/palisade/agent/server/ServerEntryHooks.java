package dev.palisade.agent.server;

import dev.palisade.agent.context.HttpExchange;
import dev.palisade.agent.context.RequestContext;
import dev.palisade.agent.grizzly.GrizzlyExchange;
import dev.palisade.agent.jdkhttp.JdkHttpExchange;
import dev.palisade.agent.runtime.FailureLog;
import dev.palisade.agent.servlet.ServletRequestHooks;
import dev.palisade.bridge.HttpServerHooks;

/**
 * Request entry on HTTP servers that are not servlet containers — the JDK HTTP server and Grizzly,
 * where Jersey runs without one (issue 7). Opens the request context through the same
 * {@link ServletRequestHooks} that servlet requests use: one per-thread call depth (so a context
 * opened by a servlet is never doubled), one list of request steps (policy, authentication with the
 * same 401, input inspection, telemetry), one {@code current()} for the JAX-RS and JDBC hooks.
 *
 * <p>The context closes when the outermost handler returns. Both servers run a synchronous JAX-RS
 * request on the calling thread and have written the response by then (suspended, asynchronous
 * resource methods are the exception; see the README, section JAX-RS).
 */
public final class ServerEntryHooks implements HttpServerHooks {

    private final ServletRequestHooks requests;
    private final FailureLog failures;

    public ServerEntryHooks(ServletRequestHooks requests, FailureLog failures) {
        this.requests = requests;
        this.failures = failures;
    }

    @Override
    public Object enter(Object request, Object response) {
        JdkHttpExchange jdk = JdkHttpExchange.of(request);
        HttpExchange exchange = jdk != null ? jdk : GrizzlyExchange.of(request, response);
        if (exchange == null) {
            return null;
        }
        Object scope = requests.enterExchange(exchange);
        if (jdk != null && scope instanceof RequestContext && !((RequestContext) scope).answeredByAgent()) {
            try {
                jdk.teeBodyInto(((RequestContext) scope).body());
            } catch (RuntimeException e) {
                failures.onFailure("server.body", e);
            }
        }
        return scope;
    }

    @Override
    public boolean skipsApplication(Object scope) {
        return requests.skipsApplication(scope);
    }

    @Override
    public void exit(Object scope, Object request, Object response, Throwable thrown) {
        requests.exit(scope, request, response, thrown);
    }
}
