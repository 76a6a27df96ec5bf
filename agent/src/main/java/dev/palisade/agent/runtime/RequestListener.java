package dev.palisade.agent.runtime;

import dev.palisade.agent.context.RequestContext;

/**
 * A step the runtime runs for every request: authentication, input inspection, telemetry. Steps
 * run in order at open; the first that answers the request (via
 * {@link RequestContext#respondJson}) stops the rest, and the application is skipped.
 */
public interface RequestListener {

    /** Before the application runs. */
    default void onOpen(RequestContext context) {
    }

    /** After the response is complete; {@code thrown} is what the application threw, if anything. */
    default void onClose(RequestContext context, int status, Throwable thrown) {
    }
}
