package dev.palisade.agent.jdkhttp;

import java.io.InputStream;

import dev.palisade.agent.context.RequestContext;
import dev.palisade.agent.runtime.FailureLog;
import dev.palisade.agent.servlet.ServletRequestHooks;
import dev.palisade.bridge.HttpServerHooks;

/**
 * Request entry on the JDK HTTP server: opens the request context through the same
 * {@link ServletRequestHooks} that servlet requests use (one per-thread call depth, one list of
 * request steps, one {@code current()} for the JAX-RS and JDBC hooks), and tees the request body
 * into the context like the servlet body capture does.
 *
 * <p>The context closes when the outermost handler returns: the JDK server is synchronous, and
 * Jersey's JDK container writes the response before {@code handle} returns (except for suspended,
 * asynchronous resource methods; see docs/jaxrs.md).
 */
public final class JdkHttpServerHooks implements HttpServerHooks {

    private final ServletRequestHooks requests;
    private final FailureLog failures;

    public JdkHttpServerHooks(ServletRequestHooks requests, FailureLog failures) {
        this.requests = requests;
        this.failures = failures;
    }

    @Override
    public Object enter(Object exchange) {
        JdkHttpApi api = JdkHttpApi.forExchange(exchange);
        if (api == null) {
            return null;
        }
        Object scope = requests.enterExchange(new JdkHttpExchange(api, exchange));
        if (scope instanceof RequestContext && !((RequestContext) scope).answeredByAgent()) {
            try {
                InputStream body = (InputStream) JdkHttpApi.call(api.getRequestBody, exchange);
                JdkHttpApi.call(api.setStreams, exchange, new CapturingInputStream(body,
                        ((RequestContext) scope).body()), null);
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
    public void exit(Object scope, Object exchange, Throwable thrown) {
        requests.exit(scope, exchange, null, thrown);
    }
}
