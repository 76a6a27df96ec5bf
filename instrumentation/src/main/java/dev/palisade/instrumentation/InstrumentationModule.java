package dev.palisade.instrumentation;

import java.util.List;

import net.bytebuddy.agent.builder.AgentBuilder;

/**
 * One named unit of instrumentation (e.g. {@code servlet-javax}). Users can switch a module off by
 * its name; the agent reports which modules were installed.
 */
public interface InstrumentationModule {

    /** Stable, user-facing name, e.g. {@code servlet-jakarta}. */
    String name();

    /**
     * What a class must have before this module's type matchers can match it, checked on the raw
     * class file before Byte Buddy sees the class. Never narrower than the matchers in
     * {@link #extend}: a class no rule admits is never instrumented.
     */
    List<CandidateRule> candidates();

    /** Adds this module's type matchers and advice to the builder. */
    AgentBuilder extend(AgentBuilder builder);
}
