package dev.palisade.instrumentation.grizzly;

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
 * Request entry on the Grizzly HTTP server, where JAX-RS runs without a servlet container (Jersey's
 * {@code jersey-container-grizzly2-http}; issue 7).
 *
 * <p>Instruments {@code service(Request, Response)} in every concrete subclass of
 * {@code org.glassfish.grizzly.http.server.HttpHandler}: Grizzly's own {@code HttpHandlerChain}
 * (the outermost, which opens the request context), Jersey's {@code GrizzlyHttpContainer}, static
 * file handlers. Nested handlers are recognised by the runtime's per-thread call depth.
 */
public final class GrizzlyInstrumentationModule implements InstrumentationModule {

    private static final String PACKAGE = "org.glassfish.grizzly.http.server.";

    @Override
    public String name() {
        return "grizzly-http";
    }

    @Override
    public List<CandidateRule> candidates() {
        String types = PACKAGE.replace('.', '/');
        return List.of(CandidateRule.declaringAnyOf(PACKAGE + "HttpHandler",
                "service(L" + types + "Request;L" + types + "Response;)"));
    }

    @Override
    public List<AdviceRule> adviceRules() {
        return List.of(AdviceRule.forTypes(not(isInterface()).and(declaresMethod(serviceMethod()))
                                .and(hasSuperType(named(PACKAGE + "HttpHandler"))),
                        ClassLoaderHasType.hasType(PACKAGE + "HttpHandler"))
                .advice(serviceMethod(), GrizzlyServiceAdvice.class));
    }

    private static ElementMatcher.Junction<MethodDescription> serviceMethod() {
        return named("service").and(not(isAbstract())).and(takesArguments(2))
                .and(takesArgument(0, named(PACKAGE + "Request")))
                .and(takesArgument(1, named(PACKAGE + "Response")));
    }
}
