package dev.palisade.instrumentation;

import java.lang.instrument.ClassFileTransformer;
import java.security.ProtectionDomain;
import java.util.ArrayList;
import java.util.List;

import net.bytebuddy.ByteBuddy;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.dynamic.TypeResolutionStrategy;
import net.bytebuddy.dynamic.scaffold.MethodGraph;
import net.bytebuddy.dynamic.scaffold.TypeValidation;
import net.bytebuddy.matcher.ElementMatcher;
import net.bytebuddy.pool.TypePool;

/**
 * Applies the modules' {@link AdviceRule}s to a class being loaded: the {@code premain} path's
 * Byte Buddy transformer, behind {@link PrefilteredTransformer}.
 *
 * <p>It does what Byte Buddy's {@code AgentBuilder} did here with the agent's configuration (the
 * class described from its class file through a type pool, the ignore matcher, every matching rule
 * applied in order, advice inlined into existing methods only, failures reported and the class left
 * alone, no re-entry on a thread that is already transforming) but only decorates the class's
 * methods instead of redefining the whole type, and needs none of the agent builder's machinery: its
 * generated transformer class, dispatcher proxies and method graphs cost about 450 classes and most
 * of the instrumentation's start-up time, for the dozen classes a servlet container's start
 * actually rewrites.
 */
final class AdviceTransformer implements ClassFileTransformer {

    private final ElementMatcher<? super TypeDescription> ignored;
    private final List<AdviceRule> rules;
    private final InstrumentationEvents events;
    private final ByteBuddy byteBuddy = new ByteBuddy()
            .with(TypeValidation.DISABLED)
            .with(MethodGraph.Compiler.ForDeclaredMethods.INSTANCE);
    /** Set while this thread transforms: a class loaded meanwhile (resource lookups can load some) is left alone. */
    private final ThreadLocal<Boolean> transforming = new ThreadLocal<>();

    AdviceTransformer(ElementMatcher<? super TypeDescription> ignored, List<AdviceRule> rules,
            InstrumentationEvents events) {
        this.ignored = ignored;
        this.rules = new ArrayList<>(rules);
        this.events = events;
    }

    /** The type pool Byte Buddy's agent builder uses by default ({@code PoolStrategy.Default.FAST}). */
    static TypePool typePool(ClassFileLocator locator) {
        return new TypePool.LazyFacade(new TypePool.Default.WithLazyResolution(
                TypePool.CacheProvider.Simple.withObjectType(), locator, TypePool.Default.ReaderMode.FAST));
    }

    @Override
    public byte[] transform(ClassLoader loader, String className, Class<?> classBeingRedefined,
            ProtectionDomain protectionDomain, byte[] classfileBuffer) {
        if (className == null || transforming.get() != null) {
            return null;
        }
        transforming.set(Boolean.TRUE);
        String typeName = className.replace('/', '.');
        try {
            return apply(loader, typeName, classfileBuffer);
        } catch (Throwable failure) {
            events.transformFailed(typeName, loader, failure);
            return null;
        } finally {
            transforming.remove();
        }
    }

    private byte[] apply(ClassLoader loader, String typeName, byte[] classfileBuffer) {
        ClassFileLocator locator = new ClassFileLocator.Compound(ClassFileLocator.Simple.of(typeName, classfileBuffer),
                ClassFileLocator.ForClassLoader.of(loader));
        TypePool pool = typePool(locator);
        TypeDescription type = pool.describe(typeName).resolve();
        if (ignored.matches(type)) {
            return null;
        }
        DynamicType.Builder<?> builder = null;
        for (AdviceRule rule : rules) {
            if (rule.matches(type, loader)) {
                builder = (builder == null ? byteBuddy.decorate(type, locator) : builder).visit(rule.visitor(loader));
            }
        }
        if (builder == null) {
            return null;
        }
        // The instrumented class's own type pool resolves any type the class writer asks about.
        byte[] transformed = builder.make(TypeResolutionStrategy.Disabled.INSTANCE, pool).getBytes();
        events.transformed(typeName, loader);
        return transformed;
    }
}
