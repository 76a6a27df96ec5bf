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
import dev.palisade.detection.input.Detection;
import dev.palisade.detection.input.InputInspector;
import dev.palisade.detection.input.InspectionResult;
import dev.palisade.detection.sql.RequestInput;
import dev.palisade.policy.InjectionCategory;
import dev.palisade.policy.Mode;
import dev.palisade.policy.Policy;
import dev.palisade.policy.match.ResolvedRule;
import dev.palisade.telemetry.record.Evidence;

/**
 * Request-input inspection ({@code injection.input}) before the application runs: every input
 * known at that point goes through the SQLi, XSS, command-injection and path-traversal detectors.
 * Per category, {@code block} answers 403 and skips the application, {@code monitor} records the
 * event and lets the request through, {@code off} does nothing. Each finding is an
 * {@code injection.input} security event (at most {@value #MAX_EVENTS} per request).
 *
 * <p>Request bodies are not inspected here: they are read by the application, never by the agent
 * on its behalf, so a body is only known after the application has read it. SQL injection in
 * bodies is caught at the JDBC sink, which sees the captured body.
 */
public final class InputInspectionCheck implements RequestListener {

    /** Cap on events per request, so one hostile request cannot flood the telemetry. */
    static final int MAX_EVENTS = 10;

    private static final String BLOCKED_REASON = "injection.input";

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
        InputInspector inspector = inspectors.computeIfAbsent(policy.inputs().maxInspectBytes(),
                cap -> InputInspector.create(EnumSet.allOf(Category.class), cap));
        Findings findings = new Findings(context, rule);
        EntryInputs.forEach(context, policy.inputs(), (source, name, value) -> {
            InspectionResult result = inspector.inspect(value);
            if (!result.isClean()) {
                findings.add(source, name, result);
            }
            return findings.events < MAX_EVENTS;
        });
        // Monitored findings are events only: endpoint records count under "blocked" what Palisade stopped.
        if (findings.block) {
            context.blocked(BLOCKED_REASON);
            context.respondJson(403, Collections.emptyMap(),
                    "{\"error\":\"request_blocked\",\"requestId\":\"" + context.id() + "\"}");
        }
    }

    /**
     * Inspects the values and keys of a deserialized request entity, which a framework hands to the
     * application after the request opened (JAX-RS, issue 7), with the same detectors, actions and
     * events as {@link #onOpen}; source {@code body}. A blocking finding answers 403, and the
     * caller skips the application code it was about to run.
     */
    public void inspectEntity(RequestContext context, List<RequestInput> inputs) {
        ResolvedRule rule = context.rule();
        Policy policy = context.policy();
        if (rule == null || policy == null || context.answeredByAgent() || allOff(rule)) {
            return;
        }
        InputInspector inspector = inspectors.computeIfAbsent(policy.inputs().maxInspectBytes(),
                cap -> InputInspector.create(EnumSet.allOf(Category.class), cap));
        Findings findings = new Findings(context, rule);
        for (RequestInput input : inputs) {
            InspectionResult result = inspector.inspect(input.value());
            if (!result.isClean()) {
                findings.add("body", input.name(), result);
            }
            if (findings.events >= MAX_EVENTS) {
                break;
            }
        }
        if (findings.block) {
            context.blocked(BLOCKED_REASON);
            context.respondJson(403, Collections.emptyMap(),
                    "{\"error\":\"request_blocked\",\"requestId\":\"" + context.id() + "\"}");
        }
    }

    private static boolean allOff(ResolvedRule rule) {
        for (InjectionCategory category : InjectionCategory.values()) {
            if (rule.inputAction(category) != Mode.OFF) {
                return false;
            }
        }
        return true;
    }

    static InjectionCategory policyCategory(Category category) {
        return InjectionCategory.fromJsonName(category.policyName());
    }

    /** What one request's inputs revealed, and the events already written for it. */
    private final class Findings {
        final RequestContext context;
        final ResolvedRule rule;
        boolean block;
        int events;

        Findings(RequestContext context, ResolvedRule rule) {
            this.context = context;
            this.rule = rule;
        }

        void add(String source, String name, InspectionResult result) {
            for (Detection detection : result.detections()) {
                Mode action = rule.inputAction(policyCategory(detection.category()));
                if (action == Mode.OFF || events >= MAX_EVENTS) {
                    continue;
                }
                boolean blocks = action == Mode.BLOCK;
                block |= blocks;
                events++;
                Evidence evidence = telemetry.evidence();
                if (evidence != null) {
                    evidence.category(detection.category().policyName())
                            .confidence(confidenceValue(detection))
                            .input(source, name, result.evidence(detection))
                            .put("reason", detection.reason())
                            .truncated(result.truncated());
                }
                telemetry.security(context, BLOCKED_REASON, blocks, evidence);
            }
        }
    }

    private static double confidenceValue(Detection detection) {
        switch (detection.confidence()) {
            case HIGH:
                return 0.9;
            case MEDIUM:
                return 0.6;
            default:
                return 0.3;
        }
    }
}
