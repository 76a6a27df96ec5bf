package dev.palisade.instrumentation;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * What a class must have before one of a module's type matchers can possibly match it, checked on
 * the raw class file before Byte Buddy sees the class ({@link CandidateFilter}).
 *
 * <p>It mirrors the module's own matchers and must never be narrower than them: a class the rule
 * rejects is never offered to Byte Buddy. A matcher of the form {@code declaresMethod(named("x")...)}
 * implies that the class file declares a method named {@code x}, so listing those names is exact
 * enough (and so is {@code name(descriptor-prefix} for {@code takesArgument}/{@code returns}
 * constraints, in JVM descriptor form); a module whose matcher can match a class without any such method (JAX-RS: annotations
 * inherited from an interface) uses {@link #anyClass}.
 */
public final class CandidateRule {

    private final String loaderType;
    private final List<String> methods;

    private CandidateRule(String loaderType, List<String> methods) {
        this.loaderType = loaderType;
        this.methods = methods;
    }

    /**
     * Classes that declare one of {@code methods} ({@code name} or {@code name(descriptor-prefix},
     * see {@link DeclaredMethods}), in class loaders that can see
     * {@code loaderType} (binary name; {@code null} for every loader, the bootstrap loader included).
     */
    public static CandidateRule declaringAnyOf(String loaderType, String... methods) {
        if (methods.length == 0) {
            throw new IllegalArgumentException("no method names; use anyClass");
        }
        return new CandidateRule(loaderType, Collections.unmodifiableList(Arrays.asList(methods.clone())));
    }

    /** Every class in class loaders that can see {@code loaderType} (binary name, required). */
    public static CandidateRule anyClass(String loaderType) {
        if (loaderType == null) {
            throw new IllegalArgumentException("anyClass needs a loader type");
        }
        return new CandidateRule(loaderType, Collections.<String>emptyList());
    }

    /** The type the class loader must see, or {@code null} for every loader. */
    public String loaderType() {
        return loaderType;
    }

    /** Methods of which the class must declare one; empty when any class qualifies. */
    public List<String> methods() {
        return methods;
    }
}
