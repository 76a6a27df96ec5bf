package dev.palisade.agent.inspect;

import dev.palisade.bridge.AgentBlockSignal;

/**
 * Thrown from {@code ServletRequest.getParameter*} once Palisade blocked the request on its form body
 * ({@code injection.input}, issue 8): the container parsed the form inside that call and swallowed the
 * failing read, so the call itself must fail for the application not to go on. Unchecked because
 * these methods declare no exception. The message names the request id, never a value.
 */
public final class ParametersBlockedException extends IllegalStateException implements AgentBlockSignal {

    private static final long serialVersionUID = 1L;

    public ParametersBlockedException(String requestId) {
        super("request " + requestId + " blocked by Palisade: injection.input in the form body");
    }
}
