package dev.palisade.agent.inspect;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.palisade.agent.context.BodyCapture;
import dev.palisade.agent.context.RequestContext;
import dev.palisade.detection.input.InputInspector;
import dev.palisade.policy.Policy;
import dev.palisade.policy.match.ResolvedRule;

/**
 * Input inspection of a servlet request body at the moment the application has read it (issue 8).
 * The agent never reads a body itself (a container's stream can be read once), so the body tee
 * reports every read here, and once the body is complete its values go through the same detectors,
 * modes, event cap and events as the entry-time inputs ({@link BodyValues} says which values).
 *
 * <p>Complete means: a read returned -1, or the bytes read reached {@code Content-Length} (for
 * {@code getReader()}, the characters read did: never early, whatever the charset), or the
 * application read past the capture cap (then the captured part is inspected). A body read in
 * pieces is thus inspected once, by the read that completed it.
 *
 * <p>A blocking finding makes that read throw {@link BodyBlockedException} (and every later read of
 * the body, and {@code getParameter*} {@link ParametersBlockedException}, because containers swallow
 * a failing read while they parse a form), so the handler aborts; the 403 is sent right away, on the
 * reading thread, before a framework can commit its own answer to the failed read (Spring writes and
 * flushes a 400 for an unreadable body). The answer resets what the application had set and closes
 * the output, so the application's error path writes into nothing.
 */
public final class BodyInspection {

    private static final Logger LOG = LoggerFactory.getLogger(BodyInspection.class);

    private final InputInspectionCheck check;

    public BodyInspection(InputInspectionCheck check) {
        this.check = check;
    }

    /**
     * Called after each read of the current request's body, once the bytes are captured.
     *
     * @param chars characters this read delivered through {@code getReader()} (0 for a byte read)
     * @param endOfBody whether the read returned -1
     * @return the exception the read must throw instead of returning, or {@code null}
     */
    public IOException afterRead(RequestContext context, int chars, boolean endOfBody) {
        InspectionState state = InspectionState.peek(context);
        if (state != null) {
            if (state.bodyBlocked) {
                return new BodyBlockedException(context.id());
            }
            if (state.bodyInspected) {
                return null;
            }
        }
        ResolvedRule rule = context.rule();
        Policy policy = context.policy();
        if (rule == null || policy == null || context.answeredByAgent() || InputInspectionCheck.allOff(rule)) {
            return null;
        }
        if (state == null) {
            state = InspectionState.of(context);
        }
        synchronized (state) {
            state.chars += chars;
            if (state.bodyInspected || !complete(context, state, chars > 0 || state.chars > 0, endOfBody)) {
                return null;
            }
            state.bodyInspected = true;
        }
        return inspect(context, state, rule, policy) ? new BodyBlockedException(context.id()) : null;
    }

    /** The exception {@code getParameter*} must throw for the current request, or {@code null}. */
    public RuntimeException parametersBlocked(RequestContext context) {
        InspectionState state = InspectionState.peek(context);
        return state != null && state.bodyBlocked ? new ParametersBlockedException(context.id()) : null;
    }

    private static boolean complete(RequestContext context, InspectionState state, boolean throughReader,
            boolean endOfBody) {
        BodyCapture body = context.body();
        if (endOfBody || body.truncated()) {
            return true;
        }
        if (state.expectedLength == InspectionState.NOT_READ) {
            state.expectedLength = contentLength(context.header("Content-Length"));
        }
        if (state.expectedLength < 0) {
            return false;
        }
        // Characters from a reader were re-encoded as UTF-8 for the capture: their byte count may run
        // ahead of the body's (ISO-8859-1 text), their character count never does.
        long read = throughReader ? state.chars : body.totalBytes();
        return read >= state.expectedLength;
    }

    static long contentLength(String header) {
        if (header == null) {
            return -1;
        }
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Inspects the captured body; returns whether the request is blocked. */
    private boolean inspect(RequestContext context, InspectionState state, ResolvedRule rule, Policy policy) {
        byte[] bytes = context.body().bytes();
        if (bytes.length == 0) {
            return false;
        }
        // Values the entry-time inspection already judged (the same id in the query and the body) are not repeated.
        Set<String> seen = new HashSet<>();
        EntryInputs.forEach(context, policy.inputs(), (source, name, value) -> {
            seen.add(value);
            return true;
        });
        InputInspector inspector = check.inspector(policy);
        InputFindings findings = new InputFindings(check.telemetry(), context, rule,
                InputInspectionCheck.remainingEvents(context));
        Set<String> inspected = new HashSet<>();
        InputBatch batch = InputBatch.acquire();
        try {
            BodyValues.forEach(context.header("Content-Type"), bytes, (source, name, value) -> {
                if (value.isEmpty() || !findings.wantsMore() || !seen.add(value)) {
                    return;
                }
                inspected.add(value);
                batch.add(source, name, value, inspector, findings);
            });
            batch.inspect(inspector, findings);
        } finally {
            batch.release();
        }
        state.bodyValues = inspected;
        boolean answered = false;
        if (findings.blocks()) {
            state.bodyBlocked = true;
            context.blocked(InputFindings.EVENT);
            answered = InputInspectionCheck.respondBlocked(context);
            if (!answered) {
                LOG.warn("request {} blocked on its body (injection.input), but the response was already committed:"
                        + " the read fails, the 403 could not be sent", context.id());
            }
        }
        state.events += findings.eventCount();
        findings.emit(answered);
        return findings.blocks();
    }
}
