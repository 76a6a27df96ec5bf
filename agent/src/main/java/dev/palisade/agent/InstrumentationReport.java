package dev.palisade.agent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.palisade.agent.runtime.AgentStats;
import dev.palisade.agent.telemetry.AgentTelemetry;
import dev.palisade.instrumentation.InstrumentationEvents;

/**
 * Counts, logs and records (as {@code agent} telemetry events) what the instrumentation reports.
 *
 * <p>The instrumentation starts before telemetry does (Byte Buddy loads in the background while the
 * policy is parsed), so events that arrive before {@link #attach} are kept and written then: a
 * failed installation is never only a log line.
 */
final class InstrumentationReport implements InstrumentationEvents {

    private static final Logger LOG = LoggerFactory.getLogger(InstrumentationReport.class);

    private final AgentStats stats;
    private final List<Object[]> pending = new ArrayList<>();
    private AgentTelemetry telemetry;

    InstrumentationReport(AgentStats stats) {
        this.stats = stats;
    }

    /** Telemetry is running: write what arrived before, and everything from now on. */
    void attach(AgentTelemetry started) {
        List<Object[]> earlier;
        synchronized (this) {
            telemetry = started;
            earlier = new ArrayList<>(pending);
            pending.clear();
        }
        for (Object[] event : earlier) {
            @SuppressWarnings("unchecked")
            Map<String, Object> fields = (Map<String, Object>) event[1];
            started.agentEvent((String) event[0], fields);
        }
    }

    @Override
    public void transformed(String typeName, ClassLoader loader) {
        stats.classesTransformed.increment();
        LOG.debug("instrumented {}", typeName);
    }

    @Override
    public void transformFailed(String typeName, ClassLoader loader, Throwable failure) {
        stats.transformFailures.increment();
        LOG.error("could not instrument {}: it runs WITHOUT Palisade protection", typeName, failure);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("type", typeName);
        fields.put("error", String.valueOf(failure));
        record("instrumentation.failed", fields);
    }

    @Override
    public void installed(long millis) {
        LOG.debug("instrumentation ready {} ms after it began", millis);
    }

    @Override
    public void installFailed(Throwable failure) {
        stats.transformFailures.increment();
        LOG.error("could not install the instrumentation: the application runs WITHOUT Palisade protection", failure);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("error", String.valueOf(failure));
        record("instrumentation.failed", fields);
    }

    private void record(String event, Map<String, Object> fields) {
        AgentTelemetry current;
        synchronized (this) {
            current = telemetry;
            if (current == null) {
                pending.add(new Object[] {event, fields});
                return;
            }
        }
        current.agentEvent(event, fields);
    }
}
