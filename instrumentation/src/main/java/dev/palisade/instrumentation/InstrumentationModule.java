package dev.palisade.instrumentation;

import net.bytebuddy.agent.builder.AgentBuilder;

/**
 * One named unit of instrumentation (e.g. {@code servlet-javax}). Users can switch a module off by
 * its name; the agent reports which modules were installed.
 */
public interface InstrumentationModule {

    /** Stable, user-facing name, e.g. {@code servlet-jakarta}. */
    String name();

    /** Adds this module's type matchers and advice to the builder. */
    AgentBuilder extend(AgentBuilder builder);
}
