package dev.palisade.instrumentation;

/**
 * What the instrumenter tells the agent about class transformation. Implementations must be cheap
 * and must not throw: they are called during class loading.
 */
public interface InstrumentationEvents {

    /** A class was rewritten with advice. */
    void transformed(String typeName, ClassLoader loader);

    /** A class that matched could not be transformed; the class is loaded unchanged. */
    void transformFailed(String typeName, ClassLoader loader, Throwable failure);

    /** Byte Buddy's transformer is ready, {@code millis} after {@link Instrumenter#install} began. */
    void installed(long millis);

    /** Byte Buddy's transformer could not be built: nothing is instrumented. */
    void installFailed(Throwable failure);
}
