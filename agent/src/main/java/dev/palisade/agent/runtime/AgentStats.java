package dev.palisade.agent.runtime;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** Counters of the agent's own health, reported in {@code agent} telemetry records. */
public final class AgentStats {

    public final LongAdder contextsOpened = new LongAdder();
    public final LongAdder contextsClosed = new LongAdder();
    /** A context found still bound to a thread after its request ended: always a bug. */
    public final LongAdder contextsLeaked = new LongAdder();
    public final LongAdder agentFailures = new LongAdder();
    public final LongAdder classesTransformed = new LongAdder();
    public final LongAdder transformFailures = new LongAdder();
    public final LongAdder requestsAnsweredByAgent = new LongAdder();

    /** A consistent-enough copy for a record: each counter is read once. */
    public Map<String, Object> snapshot() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("contexts.opened", contextsOpened.sum());
        values.put("contexts.closed", contextsClosed.sum());
        values.put("contexts.leaked", contextsLeaked.sum());
        values.put("agent.failures", agentFailures.sum());
        values.put("classes.transformed", classesTransformed.sum());
        values.put("transform.failures", transformFailures.sum());
        values.put("requests.answered_by_agent", requestsAnsweredByAgent.sum());
        return values;
    }
}
