/**
 * The bridge between inlined advice and the agent runtime.
 *
 * <p>Advice code is copied into application and container classes, so every class it names must be
 * visible from any class loader. The agent appends this package (and only this package) to the
 * bootstrap class path at start-up. Consequently the classes here may use JDK types only, hold no
 * state beyond the installed hooks, and never throw: a failure is reported and the request goes on
 * as if there were no agent.
 */
package dev.palisade.bridge;
