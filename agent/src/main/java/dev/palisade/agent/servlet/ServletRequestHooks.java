package dev.palisade.agent.servlet;

import java.lang.reflect.Proxy;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.palisade.agent.context.HttpExchange;
import dev.palisade.agent.context.RequestContext;
import dev.palisade.agent.runtime.AgentStats;
import dev.palisade.agent.runtime.FailureLog;
import dev.palisade.agent.runtime.RequestListener;
import dev.palisade.agent.runtime.TestFaults;
import dev.palisade.bridge.AgentBlockSignal;
import dev.palisade.bridge.ServletHooks;

/**
 * Opens exactly one {@link RequestContext} per HTTP request and closes it when the response is
 * complete.
 *
 * <p>How "exactly one" holds:
 * <ul>
 *   <li>A per-thread call depth counts every instrumented servlet/filter entry. Only a call at depth
 *       1 may open a context; nested filters, {@code super.service}, forwards and includes run at
 *       depth &gt; 1 and are ignored.</li>
 *   <li>The context is also stored as a request attribute. A later dispatch of the same request
 *       (async dispatch on another thread) re-binds it instead of opening a second one; ERROR,
 *       FORWARD and INCLUDE dispatches never open one.</li>
 *   <li>With {@code startAsync}, the context is closed by an {@code AsyncListener} on completion,
 *       not when {@code service} returns.</li>
 *   <li>When the depth returns to 0 the thread must hold no context; one found there is counted as
 *       leaked and dropped, so it can never bleed into the next request of a pooled thread.</li>
 * </ul>
 */
public final class ServletRequestHooks implements ServletHooks {

    /** Request attribute holding the context (visible to the application, documented). */
    public static final String CONTEXT_ATTRIBUTE = "dev.palisade.context";

    private static final Logger LOG = LoggerFactory.getLogger(ServletRequestHooks.class);

    /** Scope of a nested call: only the depth is restored at exit. */
    private static final Object NESTED = new Object();

    private final ThreadLocal<ThreadState> threadState = ThreadLocal.withInitial(ThreadState::new);
    private final List<RequestListener> listeners;
    private final AgentStats stats;
    private final FailureLog failures;
    private final TestFaults faults;

    public ServletRequestHooks(List<RequestListener> listeners, AgentStats stats, FailureLog failures,
            TestFaults faults) {
        this.listeners = List.copyOf(listeners);
        this.stats = stats;
        this.failures = failures;
        this.faults = faults;
    }

    private static final class ThreadState {
        int depth;
        RequestContext context;
    }

    /** Scope of an async re-dispatch: the context is bound for the call, closed by the listener. */
    private static final class Rebound {
        final RequestContext context;

        Rebound(RequestContext context) {
            this.context = context;
        }
    }

    @Override
    public Object enter(Object request, Object response) {
        ThreadState state = threadState.get();
        RequestContext opened = null;
        try {
            if (enterIsNested(state)) {
                return NESTED;
            }
            faults.maybeFail("servlet.enter");
            ServletApi api = ServletApi.forRequest(request);
            if (api == null) {
                return NESTED;
            }
            Object existing = ServletCallSites.getAttribute(api.getAttribute, request, CONTEXT_ATTRIBUTE);
            if (existing instanceof RequestContext) {
                RequestContext context = (RequestContext) existing;
                if (context.isClosed()) {
                    return NESTED;
                }
                state.context = context;
                return new Rebound(context);
            }
            if (!"REQUEST".equals(api.dispatcherType(request))) {
                return NESTED;
            }
            opened = new RequestContext(new ServletExchange(api, request, response), System.nanoTime(),
                    System.currentTimeMillis());
            ServletCallSites.setAttribute(api.setAttribute, request, CONTEXT_ATTRIBUTE, opened);
            runOpenSteps(state, opened);
            return opened;
        } catch (Throwable t) {
            failures.onFailure("servlet.enter", t);
            if (opened != null) {
                // Keep the pairing intact: the exit below closes what was opened.
                return opened;
            }
            return NESTED;
        }
    }

    /**
     * Counts one more instrumented entry on this thread and says whether a request is already being
     * served here (a nested filter, servlet, forward or include). At depth 1 no context may be bound:
     * one found there is a leak from an earlier request, reported and dropped.
     */
    private boolean enterIsNested(ThreadState state) {
        state.depth++;
        if (state.depth == 1 && state.context != null) {
            reportLeak(state.context);
            state.context = null;
        }
        return state.context != null;
    }

    private void runOpenSteps(ThreadState state, RequestContext opened) {
        stats.contextsOpened.increment();
        state.context = opened;
        for (RequestListener listener : listeners) {
            listener.onOpen(opened);
            if (opened.answeredByAgent()) {
                stats.requestsAnsweredByAgent.increment();
                break;
            }
        }
    }

    /**
     * Opens the context of a request served outside a servlet container (the JDK HTTP server under
     * Jersey, issue 7) with the same call depth, leak accounting and request steps as
     * {@link #enter}, so policy, authentication and telemetry behave the same and {@link #current()}
     * finds it. Pair with {@link #exit}, passing the server's exchange object as the request.
     */
    public Object enterExchange(HttpExchange exchange) {
        ThreadState state = threadState.get();
        RequestContext opened = null;
        try {
            if (enterIsNested(state)) {
                return NESTED;
            }
            faults.maybeFail("server.enter");
            opened = new RequestContext(exchange, System.nanoTime(), System.currentTimeMillis());
            runOpenSteps(state, opened);
            return opened;
        } catch (Throwable t) {
            failures.onFailure("server.enter", t);
            return opened != null ? opened : NESTED;
        }
    }

    /** The request being served on this thread, or {@code null}. */
    public RequestContext current() {
        return threadState.get().context;
    }

    @Override
    public boolean skipsApplication(Object scope) {
        return scope instanceof RequestContext && ((RequestContext) scope).answeredByAgent();
    }

    /**
     * The agent's block signal (itself or as a cause, at most 8 deep) leaving the outermost servlet or
     * filter of a request the agent answered: dropped, so the container does not log an error per
     * blocked request.
     */
    @Override
    public boolean swallows(Object scope, Throwable thrown) {
        if (!(scope instanceof RequestContext) || !((RequestContext) scope).answeredByAgent()) {
            return false;
        }
        Throwable t = thrown;
        for (int depth = 0; t != null && depth < 8; depth++, t = t.getCause()) {
            if (t instanceof AgentBlockSignal) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void exit(Object scope, Object request, Object response, Throwable thrown) {
        ThreadState state = threadState.get();
        try {
            faults.maybeFail("servlet.exit");
            if (scope instanceof RequestContext) {
                RequestContext context = (RequestContext) scope;
                state.context = null;
                finishOutermost(context, request, thrown);
            } else if (scope instanceof Rebound) {
                state.context = null;
            }
        } catch (Throwable t) {
            failures.onFailure("servlet.exit", t);
            if (scope instanceof RequestContext) {
                close((RequestContext) scope, 500, t);
            }
        } finally {
            if (scope != null) {
                state.depth--;
            }
            if (state.depth <= 0) {
                state.depth = 0;
                if (state.context != null) {
                    reportLeak(state.context);
                    state.context = null;
                }
            }
        }
    }

    private void finishOutermost(RequestContext context, Object request, Throwable thrown) {
        ServletApi api = ServletApi.forRequest(request);
        if (api != null && thrown == null && !context.answeredByAgent()
                && Boolean.TRUE.equals(ServletCallSites.isAsyncStarted(api.isAsyncStarted, request))) {
            context.markAsync();
            Object asyncContext = api.getAsyncContext.call(request);
            api.addAsyncListener.call(asyncContext, asyncListener(api, context));
            return;
        }
        int status = context.responseStatus();
        if (thrown != null && status < 400) {
            // The container turns an escaped exception into a 500 after we return.
            status = 500;
        }
        close(context, status, thrown);
    }

    private Object asyncListener(ServletApi api, RequestContext context) {
        AsyncCompletion completion = new AsyncCompletion(api, context, this);
        return Proxy.newProxyInstance(api.asyncListenerType.getClassLoader(),
                new Class<?>[] {api.asyncListenerType}, completion);
    }

    /** Closes a context exactly once and tells every listener. */
    void close(RequestContext context, int status, Throwable thrown) {
        if (!context.close()) {
            return;
        }
        context.finish(status, System.nanoTime());
        if (context.frameworkRoute() == null) {
            try {
                context.frameworkRoute(context.exchange().frameworkRoute());
            } catch (RuntimeException e) {
                failures.onFailure("servlet.route", e);
            }
        }
        stats.contextsClosed.increment();
        // In reverse order of opening, like nested scopes: the telemetry step records the request
        // before the debug log says it is closed, so whoever waits for that line finds the record.
        for (int i = listeners.size() - 1; i >= 0; i--) {
            RequestListener listener = listeners.get(i);
            try {
                listener.onClose(context, status, thrown);
            } catch (Throwable t) {
                failures.onFailure("request.close", t);
            }
        }
    }

    void asyncFailure(Throwable t) {
        failures.onFailure("servlet.async", t);
    }

    private void reportLeak(RequestContext leaked) {
        stats.contextsLeaked.increment();
        LOG.error("request context {} was still bound to thread {} after its request ended; dropped it",
                leaked.id(), Thread.currentThread().getName());
    }
}
