package dev.palisade.agent.inspect;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.palisade.agent.context.RequestContext;
import dev.palisade.agent.runtime.RequestListener;
import dev.palisade.agent.telemetry.AgentTelemetry;
import dev.palisade.detection.input.Category;
import dev.palisade.detection.input.InputInspector;
import dev.palisade.detection.input.InspectionResult;
import dev.palisade.detection.sql.RequestInput;
import dev.palisade.policy.InjectionCategory;
import dev.palisade.policy.Mode;
import dev.palisade.policy.Policy;
import dev.palisade.policy.match.ResolvedRule;

/**
 * Request-input inspection ({@code injection.input}) before the application runs: every input
 * known at that point goes through the SQLi, XSS, command-injection and path-traversal detectors.
 * Per category, {@code block} answers 403 and skips the application, {@code monitor} records the
 * event and lets the request through, {@code off} does nothing. Each finding is an
 * {@code injection.input} security event (at most {@value #MAX_EVENTS} per request, all steps together).
 *
 * <p>Request bodies are not inspected here: they are read by the application, never by the agent
 * on its behalf, so a body is only known after the application has read it. {@link BodyInspection}
 * inspects a servlet body when the application has read it; {@link #inspectEntity} a JAX-RS entity.
 */
public final class InputInspectionCheck implements RequestListener {

    /** Cap on events per request, so one hostile request cannot flood the telemetry. */
    static final int MAX_EVENTS = 10;

    private final AgentTelemetry telemetry;
    /** One inspector per inspection cap (the policy's {@code inputs.maxInspectBytes}; rarely more than one). */
    private final Map<Integer, InputInspector> inspectors = new ConcurrentHashMap<>();

    public InputInspectionCheck(AgentTelemetry telemetry) {
        this.telemetry = telemetry;
    }

    @Override
    public void onOpen(RequestContext context) {
        ResolvedRule rule = context.rule();
        Policy policy = context.policy();
        if (rule == null || policy == null || allOff(rule)) {
            return;
        }
        InputInspector inspector = inspector(policy);
        InputFindings findings = new InputFindings(telemetry, context, rule, MAX_EVENTS);
        InputBatch batch = InputBatch.acquire();
        try {
            // Until the events are all written and something blocks: a run of monitored findings must
            // not use up the cap and hide a later input that blocks.
            EntryInputs.forEach(context, policy.inputs(), (source, name, value) -> {
                batch.add(source, name, value, inspector, findings);
                return findings.wantsMore();
            });
            batch.inspect(inspector, findings);
        } finally {
            batch.release();
        }
        finish(context, findings);
    }

    /**
     * Inspects the values and keys of a deserialized request entity, which a framework hands to the
     * application after the request opened (JAX-RS, issue 7), with the same detectors, actions and
     * events as {@link #onOpen}; source {@code body}. A blocking finding answers 403, and the
     * caller skips the application code it was about to run. Values the servlet body inspection
     * already saw (the entity was read through the servlet stream) are not inspected again.
     */
    public void inspectEntity(RequestContext context, List<RequestInput> inputs) {
        ResolvedRule rule = context.rule();
        Policy policy = context.policy();
        if (rule == null || policy == null || context.answeredByAgent() || allOff(rule)) {
            return;
        }
        InputInspector inspector = inspector(policy);
        InspectionState state = InspectionState.peek(context);
        InputFindings findings = new InputFindings(telemetry, context, rule, remainingEvents(context));
        for (RequestInput input : inputs) {
            if (state != null && state.bodyValues.contains(input.value())) {
                continue;
            }
            InspectionResult result = inspector.inspect(input.value());
            if (!result.isClean()) {
                findings.add("body", input.name(), result);
            }
            if (!findings.wantsMore()) {
                break;
            }
        }
        finish(context, findings);
    }

    /** Blocks when a finding says so, writes the events and counts them against the request's cap. */
    private void finish(RequestContext context, InputFindings findings) {
        boolean answered = false;
        // Monitored findings are events only: endpoint records count under "blocked" what Palisade stopped.
        if (findings.blocks()) {
            context.blocked(InputFindings.EVENT);
            answered = respondBlocked(context);
        }
        if (findings.eventCount() > 0) {
            InspectionState.of(context).events += findings.eventCount();
        }
        findings.emit(answered);
    }

    /** The request's remaining share of {@link #MAX_EVENTS}. */
    static int remainingEvents(RequestContext context) {
        InspectionState state = InspectionState.peek(context);
        return MAX_EVENTS - (state == null ? 0 : state.events);
    }

    /** Answers 403 with the block body; {@code false} when the response was already committed. */
    static boolean respondBlocked(RequestContext context) {
        return context.respondJson(403, Collections.emptyMap(),
                "{\"error\":\"request_blocked\",\"requestId\":\"" + context.id() + "\"}");
    }

    InputInspector inspector(Policy policy) {
        return inspectors.computeIfAbsent(policy.inputs().maxInspectBytes(),
                cap -> InputInspector.create(EnumSet.allOf(Category.class), cap));
    }

    static boolean allOff(ResolvedRule rule) {
        for (InjectionCategory category : InjectionCategory.values()) {
            if (rule.inputAction(category) != Mode.OFF) {
                return false;
            }
        }
        return true;
    }

    AgentTelemetry telemetry() {
        return telemetry;
    }
}
