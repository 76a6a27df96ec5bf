package dev.palisade.agent.inspect;

import java.io.IOException;

import dev.palisade.bridge.AgentBlockSignal;

/**
 * Thrown from the body read that completed a request body Palisade blocked ({@code injection.input},
 * issue 8), and from every later read of that body. An {@link IOException} because that is what a
 * failing read throws: parsers and frameworks treat it as an unreadable body and abort the handler.
 * The message names the request id, never a value.
 */
public final class BodyBlockedException extends IOException implements AgentBlockSignal {

    private static final long serialVersionUID = 1L;

    public BodyBlockedException(String requestId) {
        super("request " + requestId + " blocked by Palisade: injection.input in the request body");
    }
}
