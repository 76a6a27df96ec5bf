package dev.palisade.agent.inspect;

import java.util.ArrayList;
import java.util.List;

import dev.palisade.agent.context.RequestContext;
import dev.palisade.agent.telemetry.AgentTelemetry;
import dev.palisade.detection.input.Category;
import dev.palisade.detection.input.Detection;
import dev.palisade.detection.input.InspectionResult;
import dev.palisade.policy.InjectionCategory;
import dev.palisade.policy.Mode;
import dev.palisade.policy.match.ResolvedRule;
import dev.palisade.telemetry.record.Evidence;

/**
 * What one inspection step found in a request's inputs: whether the policy blocks, and the events to
 * write. Events are written by {@link #emit} once the step knows whether its 403 could be sent; at
 * most {@code budget} of them (the request's remaining share of {@link InputInspectionCheck#MAX_EVENTS}).
 * A blocking finding blocks whether or not its event still fits.
 */
final class InputFindings {

    static final String EVENT = "injection.input";

    private final AgentTelemetry telemetry;
    private final RequestContext context;
    private final ResolvedRule rule;
    private final int budget;
    private final List<Finding> events = new ArrayList<>(0);
    private boolean block;

    private static final class Finding {
        final String source;
        final String name;
        final InspectionResult result;
        final Detection detection;
        final boolean blocks;

        Finding(String source, String name, InspectionResult result, Detection detection, boolean blocks) {
            this.source = source;
            this.name = name;
            this.result = result;
            this.detection = detection;
            this.blocks = blocks;
        }
    }

    InputFindings(AgentTelemetry telemetry, RequestContext context, ResolvedRule rule, int budget) {
        this.telemetry = telemetry;
        this.context = context;
        this.rule = rule;
        this.budget = Math.max(0, budget);
    }

    void add(String source, String name, InspectionResult result) {
        for (Detection detection : result.detections()) {
            Mode action = rule.inputAction(policyCategory(detection.category()));
            if (action == Mode.OFF) {
                continue;
            }
            boolean blocks = action == Mode.BLOCK;
            block |= blocks;
            if (events.size() < budget) {
                events.add(new Finding(source, name, result, detection, blocks));
            }
        }
    }

    /** Whether more values can change the outcome: the events are not all written, or nothing blocks yet. */
    boolean wantsMore() {
        return events.size() < budget || !block;
    }

    boolean blocks() {
        return block;
    }

    int eventCount() {
        return events.size();
    }

    /**
     * Writes the events.
     *
     * @param answered whether the 403 was sent; when a blocking step could not send it (the response
     *     was already committed) its events say so with {@code response.committed}
     */
    void emit(boolean answered) {
        for (Finding finding : events) {
            Evidence evidence = telemetry.evidence();
            if (evidence != null) {
                evidence.category(finding.detection.category().policyName())
                        .confidence(confidenceValue(finding.detection))
                        .input(finding.source, finding.name, finding.result.evidence(finding.detection))
                        .put("reason", finding.detection.reason())
                        .truncated(finding.result.truncated());
                if (finding.blocks && !answered) {
                    evidence.put("response.committed", true);
                }
            }
            telemetry.security(context, EVENT, finding.blocks, evidence);
        }
    }

    static InjectionCategory policyCategory(Category category) {
        return InjectionCategory.fromJsonName(category.policyName());
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
