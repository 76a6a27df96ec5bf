package dev.palisade.instrumentation;

import static net.bytebuddy.matcher.ElementMatchers.any;

import java.util.ArrayList;
import java.util.List;

import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.asm.AsmVisitorWrapper;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.implementation.bytecode.assign.Assigner;
import net.bytebuddy.matcher.ElementMatcher;
import net.bytebuddy.pool.TypePool;

/**
 * One instrumentation rule of a module: which classes (type and class-loader matchers) get which
 * advice on which of their methods.
 *
 * <p>A rule is plain data so that both ways the agent installs its advice use the same rules: at
 * {@code premain} {@link AdviceTransformer} applies them directly (without Byte Buddy's
 * {@code AgentBuilder}, which costs hundreds of classes at start-up), after a late attach
 * {@link #addTo} turns them into an {@code AgentBuilder} that retransforms loaded classes.
 */
public final class AdviceRule {

    private final ElementMatcher<? super TypeDescription> types;
    private final ElementMatcher<? super ClassLoader> loaders;
    private final List<MethodAdvice> advice = new ArrayList<>();

    private AdviceRule(ElementMatcher<? super TypeDescription> types, ElementMatcher<? super ClassLoader> loaders) {
        this.types = types;
        this.loaders = loaders;
    }

    /** A rule for the classes {@code types} matches, in any class loader. */
    public static AdviceRule forTypes(ElementMatcher<? super TypeDescription> types) {
        return new AdviceRule(types, any());
    }

    /** A rule for the classes {@code types} matches, in class loaders {@code loaders} matches. */
    public static AdviceRule forTypes(ElementMatcher<? super TypeDescription> types,
            ElementMatcher<? super ClassLoader> loaders) {
        return new AdviceRule(types, loaders);
    }

    /** Adds {@code adviceClass}'s advice to the methods {@code methods} matches; returns this rule. */
    public AdviceRule advice(ElementMatcher<? super MethodDescription> methods, Class<?> adviceClass) {
        advice.add(new MethodAdvice(methods, adviceClass.getName(), adviceClass.getClassLoader()));
        return this;
    }

    /** Whether the rule applies to {@code type} defined by {@code loader} (the loader is checked first: cheaper). */
    boolean matches(TypeDescription type, ClassLoader loader) {
        return loaders.matches(loader) && types.matches(type);
    }

    /**
     * The advice of this rule as one class visitor, resolved like Byte Buddy's
     * {@code AgentBuilder.Transformer.ForAdvice}: the advice classes are read from their own class
     * loader first and then from the instrumented class's, exceptions thrown by suppressed advice
     * are dropped, and the default assigner applies.
     */
    AsmVisitorWrapper visitor(ClassLoader loader) {
        AsmVisitorWrapper.ForDeclaredMethods visitor = new AsmVisitorWrapper.ForDeclaredMethods();
        ClassFileLocator locator = null;
        TypePool pool = null;
        ClassLoader locatorFor = null;
        for (MethodAdvice entry : advice) {
            if (locator == null || entry.loader != locatorFor) {
                locatorFor = entry.loader;
                locator = new ClassFileLocator.Compound(ClassFileLocator.ForClassLoader.of(entry.loader),
                        ClassFileLocator.ForClassLoader.of(loader));
                pool = AdviceTransformer.typePool(locator);
            }
            visitor = visitor.invokable(entry.methods, Advice.withCustomMapping()
                    .to(pool.describe(entry.adviceClassName).resolve(), locator)
                    .withAssigner(Assigner.DEFAULT)
                    .withExceptionHandler(Advice.ExceptionHandler.Default.SUPPRESSING));
        }
        return visitor;
    }

    /** Adds this rule to a Byte Buddy agent builder (the late-attach path). */
    AgentBuilder addTo(AgentBuilder builder) {
        AgentBuilder.Transformer.ForAdvice transformer = new AgentBuilder.Transformer.ForAdvice();
        for (MethodAdvice entry : advice) {
            transformer = transformer.include(entry.loader).advice(entry.methods, entry.adviceClassName);
        }
        return builder.type(types, loaders).transform(transformer);
    }

    private static final class MethodAdvice {
        private final ElementMatcher<? super MethodDescription> methods;
        private final String adviceClassName;
        private final ClassLoader loader;

        MethodAdvice(ElementMatcher<? super MethodDescription> methods, String adviceClassName, ClassLoader loader) {
            this.methods = methods;
            this.adviceClassName = adviceClassName;
            this.loader = loader;
        }
    }
}
