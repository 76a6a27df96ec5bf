package dev.palisade.agent.runtime;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.palisade.bridge.FailureListener;

/**
 * Counts failures of agent code per site and logs the first one of each site with its stack trace.
 * Later failures of the same site are only counted, so a broken hook on a busy service cannot flood
 * the log; the counts appear in the agent's telemetry.
 */
public final class FailureLog implements FailureListener {

    private static final Logger LOG = LoggerFactory.getLogger(FailureLog.class);

    private final AgentStats stats;
    private final ConcurrentMap<String, AtomicLong> bySite = new ConcurrentHashMap<>();

    public FailureLog(AgentStats stats) {
        this.stats = stats;
    }

    @Override
    public void onFailure(String site, Throwable failure) {
        stats.agentFailures.increment();
        AtomicLong count = bySite.computeIfAbsent(site, s -> new AtomicLong());
        if (count.getAndIncrement() == 0) {
            LOG.error("agent failure at {} (the request continues as if there were no agent; further failures here are counted, not logged)",
                    site, failure);
        }
    }

    public long count(String site) {
        AtomicLong count = bySite.get(site);
        return count == null ? 0 : count.get();
    }
}
