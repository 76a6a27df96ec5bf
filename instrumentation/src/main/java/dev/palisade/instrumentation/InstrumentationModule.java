package dev.palisade.instrumentation;

import java.util.List;

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
     * {@link #adviceRules}: a class no candidate rule admits is never instrumented.
     */
    List<CandidateRule> candidates();

    /** This module's type matchers and the advice they get, in the order they apply. */
    List<AdviceRule> adviceRules();
}
