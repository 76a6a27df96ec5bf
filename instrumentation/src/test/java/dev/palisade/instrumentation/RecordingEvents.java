package dev.palisade.instrumentation;

import java.util.LinkedHashSet;
import java.util.Set;

/** Test events: records the names of transformed types and fails the test on any failed transformation or install. */
final class RecordingEvents implements InstrumentationEvents {

    final Set<String> transformed = new LinkedHashSet<>();

    @Override
    public void transformed(String typeName, ClassLoader loader) {
        transformed.add(typeName);
    }

    @Override
    public void transformFailed(String typeName, ClassLoader loader, Throwable failure) {
        throw new AssertionError(typeName, failure);
    }

    @Override
    public void installed(long millis) {
    }

    @Override
    public void installFailed(Throwable failure) {
        throw new AssertionError(failure);
    }
}
