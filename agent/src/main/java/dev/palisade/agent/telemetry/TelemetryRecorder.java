package dev.palisade.agent.telemetry;

import dev.palisade.agent.context.RequestContext;
import dev.palisade.agent.runtime.RequestListener;

/** Last request step: when the response is complete, the request is counted in the metrics. */
public final class TelemetryRecorder implements RequestListener {

    private final AgentTelemetry telemetry;

    public TelemetryRecorder(AgentTelemetry telemetry) {
        this.telemetry = telemetry;
    }

    @Override
    public void onClose(RequestContext context, int status, Throwable thrown) {
        telemetry.requestFinished(context);
    }
}
