package dev.palisade.agent.inspect;

import java.util.Collections;
import java.util.Set;

import dev.palisade.agent.context.RequestContext;

/**
 * What input inspection remembers about one request between its steps (entry, body, JAX-RS entity):
 * the events already written (the cap is per request), whether the body was inspected and blocked,
 * and the body values inspected, so a later step does not inspect or report them again. Created
 * only when needed: a request with no finding at entry and no body never has one.
 */
final class InspectionState {

    /** {@link #expectedLength} before the {@code Content-Length} header was read. */
    static final long NOT_READ = -2;

    /** Events written for this request so far, all sources together. */
    int events;
    /** The declared body length, -1 when there is none (chunked), {@link #NOT_READ} before it is read. */
    long expectedLength = NOT_READ;
    /** Characters read through {@code getReader()} so far. */
    long chars;
    /** Whether the body was inspected (once per request). */
    boolean bodyInspected;
    /** Whether the body blocked the request: every later read and parameter lookup fails. */
    volatile boolean bodyBlocked;
    /** Values inspected from the body; the JAX-RS entity step skips them. */
    volatile Set<String> bodyValues = Collections.emptySet();

    private InspectionState() {
    }

    /** The request's state, or {@code null} when none was created. */
    static InspectionState peek(RequestContext context) {
        Object state = context.inspection();
        return state instanceof InspectionState ? (InspectionState) state : null;
    }

    /** The request's state, created on first use. */
    static InspectionState of(RequestContext context) {
        InspectionState state = peek(context);
        if (state != null) {
            return state;
        }
        synchronized (context) {
            state = peek(context);
            if (state == null) {
                state = new InspectionState();
                context.inspection(state);
            }
            return state;
        }
    }
}
