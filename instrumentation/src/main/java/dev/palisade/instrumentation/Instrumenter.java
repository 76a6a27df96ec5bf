package dev.palisade.instrumentation;

import static net.bytebuddy.matcher.ElementMatchers.isSynthetic;

import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.matcher.ElementMatcher;
import net.bytebuddy.utility.JavaModule;

/**
 * Installs instrumentation modules: their {@link AdviceRule}s, applied by {@link AdviceTransformer}
 * at {@code premain} and by one Byte Buddy {@link AgentBuilder} after a late attach.
 *
 * <p>Choices that matter for the host:
 * <ul>
 *   <li>{@code disableClassFormatChanges}: advice is inlined into existing methods, never adds
 *       members, so the same transformation also works for retransformation after a late attach.</li>
 *   <li>{@code InitializationStrategy.NoOp}: inlined advice needs no initializer, which keeps Byte
 *       Buddy's "Nexus" (and its {@code sun.misc.Unsafe} use, warned about on Java 24+) out of play.</li>
 *   <li>The ignore matcher replaces Byte Buddy's defaults, so it re-adds the JDK, synthetic types and
 *       Byte Buddy itself, plus the agent's own packages and generated proxies.</li>
 *   <li>At {@code premain}, Byte Buddy only sees the classes {@link CandidateFilter} lets through
 *       (a few dozen in a servlet container, instead of every class) and is built in the
 *       background ({@link PrefilteredTransformer}): both for start-up time.</li>
 * </ul>
 */
public final class Instrumenter {

    private static final String NEXUS_DISABLED_PROPERTY = "net.bytebuddy.nexus.disabled";

    private final List<InstrumentationModule> modules;
    private final InstrumentationEvents events;

    public Instrumenter(List<InstrumentationModule> modules, InstrumentationEvents events) {
        this.modules = Collections.unmodifiableList(new ArrayList<>(modules));
        this.events = events;
    }

    /**
     * Installs every module.
     *
     * <p>At {@code premain} ({@code retransformLoaded} false) this returns at once: it registers a
     * {@link PrefilteredTransformer}, which lets through to Byte Buddy only classes that could need
     * advice, and builds Byte Buddy's transformer on a background thread; a candidate class loaded
     * before that is done waits for it. After a late attach, Byte Buddy is installed directly and
     * retransforms the classes already loaded, as before.
     *
     * @param retransformLoaded whether classes loaded before this call are instrumented too (late
     *     attach through {@code agentmain}); at {@code premain} nothing relevant is loaded yet
     */
    public void install(Instrumentation instrumentation, boolean retransformLoaded) {
        long startNanos = System.nanoTime();
        // Byte Buddy's Nexus is only needed for loaded-type initializers, which inlined advice never
        // uses; initializing it touches sun.misc.Unsafe, which Java 24+ warns about on stderr. The
        // shade plugin relocates this property name together with Byte Buddy, so it only affects
        // the agent's copy, never the application's own Byte Buddy.
        System.setProperty(NEXUS_DISABLED_PROPERTY, "true");
        if (retransformLoaded) {
            builder().with(AgentBuilder.RedefinitionStrategy.RETRANSFORMATION).installOn(instrumentation);
            events.installed(millisSince(startNanos));
            return;
        }
        List<CandidateRule> rules = new ArrayList<>();
        for (InstrumentationModule module : modules) {
            rules.addAll(module.candidates());
        }
        if (rules.isEmpty()) {
            // Every module is disabled: no class can need advice, so Byte Buddy is not even loaded.
            events.installed(millisSince(startNanos));
            return;
        }
        PrefilteredTransformer transformer = new PrefilteredTransformer(new CandidateFilter(rules), events);
        Thread init = new Thread(() -> {
            try {
                ClassFileTransformer byteBuddy = adviceTransformer();
                if (modules.stream().anyMatch(module -> module.name().equals("jdbc"))) {
                    ByteBuddyWarmUp.run(byteBuddy);
                }
                transformer.ready(byteBuddy);
                events.installed(millisSince(startNanos));
            } catch (Throwable failure) {
                transformer.failed(failure);
                events.installFailed(failure);
            }
        }, "palisade-instrumentation-init");
        init.setDaemon(true);
        transformer.initializing(init);
        instrumentation.addTransformer(transformer, false);
        init.start();
    }

    /**
     * The {@code premain} transformer: every module's rules applied directly to candidate classes
     * (package-private for the candidate filter's test).
     */
    ClassFileTransformer adviceTransformer() {
        return new AdviceTransformer(ignored(), adviceRules(), new WarmUpHidden(events));
    }

    /**
     * The late-attach configuration: the same rules through Byte Buddy's agent builder
     * (package-private for the test that compares it with {@link #adviceTransformer}).
     */
    AgentBuilder builder() {
        AgentBuilder builder = new AgentBuilder.Default()
                .disableClassFormatChanges()
                .with(AgentBuilder.InitializationStrategy.NoOp.INSTANCE)
                .with(new EventListener(events))
                .ignore(ignored());
        for (AdviceRule rule : adviceRules()) {
            builder = rule.addTo(builder);
        }
        return builder;
    }

    private static ElementMatcher.Junction<TypeDescription> ignored() {
        return IgnoredTypes.matcher().or(isSynthetic());
    }

    private List<AdviceRule> adviceRules() {
        List<AdviceRule> rules = new ArrayList<>();
        for (InstrumentationModule module : modules) {
            rules.addAll(module.adviceRules());
        }
        return rules;
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    /** The names of the modules this instrumenter installs. */
    public List<String> moduleNames() {
        List<String> names = new ArrayList<>();
        for (InstrumentationModule module : modules) {
            names.add(module.name());
        }
        return names;
    }

    private static final class EventListener extends AgentBuilder.Listener.Adapter {
        private final InstrumentationEvents events;

        EventListener(InstrumentationEvents events) {
            this.events = events;
        }

        @Override
        public void onTransformation(TypeDescription type, ClassLoader loader, JavaModule module,
                boolean loaded, DynamicType dynamicType) {
            events.transformed(type.getName(), loader);
        }

        @Override
        public void onError(String typeName, ClassLoader loader, JavaModule module, boolean loaded,
                Throwable throwable) {
            events.transformFailed(typeName, loader, throwable);
        }
    }

    /** Keeps {@link ByteBuddyWarmUp}'s made-up class out of the transformation events. */
    private static final class WarmUpHidden implements InstrumentationEvents {
        private final InstrumentationEvents events;

        WarmUpHidden(InstrumentationEvents events) {
            this.events = events;
        }

        @Override
        public void transformed(String typeName, ClassLoader loader) {
            if (!typeName.equals(ByteBuddyWarmUp.TYPE_NAME)) {
                events.transformed(typeName, loader);
            }
        }

        @Override
        public void transformFailed(String typeName, ClassLoader loader, Throwable failure) {
            if (!typeName.equals(ByteBuddyWarmUp.TYPE_NAME)) {
                events.transformFailed(typeName, loader, failure);
            }
        }

        @Override
        public void installed(long millis) {
            events.installed(millis);
        }

        @Override
        public void installFailed(Throwable failure) {
            events.installFailed(failure);
        }
    }
}
