package dev.palisade.instrumentation.jdkhttp;

import static net.bytebuddy.matcher.ElementMatchers.declaresMethod;
import static net.bytebuddy.matcher.ElementMatchers.hasSuperType;
import static net.bytebuddy.matcher.ElementMatchers.isAbstract;
import static net.bytebuddy.matcher.ElementMatchers.isInterface;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.not;
import static net.bytebuddy.matcher.ElementMatchers.takesArgument;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import dev.palisade.instrumentation.AdviceRule;
import dev.palisade.instrumentation.ClassLoaderHasType;
import java.util.List;

import dev.palisade.instrumentation.CandidateRule;
import dev.palisade.instrumentation.InstrumentationModule;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * Request entry on the JDK's built-in HTTP server ({@code com.sun.net.httpserver}), where JAX-RS
 * runs without a servlet container (Jersey's {@code jersey-container-jdk-http}; issue 7).
 *
 * <p>Instruments {@code handle(com.sun.net.httpserver.HttpExchange)} in every concrete class
 * implementing {@code com.sun.net.httpserver.HttpHandler} outside the JDK (the JDK's own handlers
 * are on the ignore list). The outermost handler of a request opens its context and runs the same
 * request steps as the servlet entry (policy, authentication with the same 401, telemetry); a
 * handler delegating to another is recognised by the runtime's per-thread call depth.
 */
public final class JdkHttpServerInstrumentationModule implements InstrumentationModule {

    private static final String HANDLER = "com.sun.net.httpserver.HttpHandler";
    private static final String EXCHANGE = "com.sun.net.httpserver.HttpExchange";

    @Override
    public String name() {
        return "jdk-httpserver";
    }

    @Override
    public List<CandidateRule> candidates() {
        return List.of(CandidateRule.declaringAnyOf(HANDLER, "handle(L" + EXCHANGE.replace('.', '/') + ";)"));
    }

    @Override
    public List<AdviceRule> adviceRules() {
        return List.of(AdviceRule.forTypes(
                        not(isInterface()).and(declaresMethod(handleMethod())).and(hasSuperType(named(HANDLER))),
                        ClassLoaderHasType.hasType(HANDLER))
                .advice(handleMethod(), HttpHandlerAdvice.class));
    }

    private static ElementMatcher.Junction<MethodDescription> handleMethod() {
        return named("handle").and(not(isAbstract())).and(takesArguments(1))
                .and(takesArgument(0, named(EXCHANGE)));
    }
}
