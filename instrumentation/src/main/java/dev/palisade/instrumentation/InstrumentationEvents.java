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
}
