package dev.palisade.bridge;

/**
 * Marks an exception the agent throws into the application to stop it after the agent has answered
 * the request itself (a body read or SQL statement it blocked). When such an exception (or one that
 * wraps it) escapes the outermost servlet or filter of that request, the servlet advice drops it: the
 * client already has its 403, and letting it reach the container would only log an error with a
 * stack trace for every blocked request, a log flood any client could trigger.
 */
public interface AgentBlockSignal {
}
