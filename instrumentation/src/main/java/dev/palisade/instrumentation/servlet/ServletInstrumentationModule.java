package dev.palisade.instrumentation.servlet;

import static net.bytebuddy.matcher.ElementMatchers.declaresMethod;
import static net.bytebuddy.matcher.ElementMatchers.hasSuperType;
import static net.bytebuddy.matcher.ElementMatchers.isAbstract;
import static net.bytebuddy.matcher.ElementMatchers.isInterface;
import static net.bytebuddy.matcher.ElementMatchers.isPublic;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.not;
import static net.bytebuddy.matcher.ElementMatchers.takesArgument;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import java.util.ArrayList;
import java.util.List;

import dev.palisade.instrumentation.AdviceRule;
import dev.palisade.instrumentation.ClassLoaderHasType;
import dev.palisade.instrumentation.CandidateRule;
import dev.palisade.instrumentation.InstrumentationModule;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * Servlet entry for one servlet API package ({@code javax.servlet} or {@code jakarta.servlet}).
 *
 * <p>Instruments, in every concrete class implementing the API:
 * <ul>
 *   <li>{@code Servlet.service(ServletRequest, ServletResponse)}</li>
 *   <li>{@code Filter.doFilter(ServletRequest, ServletResponse, FilterChain)}</li>
 * </ul>
 * The first of these entered for a request (a container filter, an application filter or the
 * servlet) opens the request context; nested calls, wrappers calling {@code super.service},
 * forwards and includes are recognised by the runtime's per-thread call depth. The module also
 * installs the request-body tee ({@link RequestBodyInstrumentation}).
 */
public final class ServletInstrumentationModule implements InstrumentationModule {

    private final String name;
    private final String apiPackage;

    private ServletInstrumentationModule(String name, String apiPackage) {
        this.name = name;
        this.apiPackage = apiPackage;
    }

    /** {@code javax.servlet} 3.1 / 4.0 (Tomcat 9, Jetty 9-11 ee8, Spring Boot 2). */
    public static ServletInstrumentationModule javax() {
        return new ServletInstrumentationModule("servlet-javax", "javax.servlet");
    }

    /** {@code jakarta.servlet} 5.0 / 6.x (Tomcat 10.1+, Jetty 12 ee10, Spring Boot 3). */
    public static ServletInstrumentationModule jakarta() {
        return new ServletInstrumentationModule("servlet-jakarta", "jakarta.servlet");
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<CandidateRule> candidates() {
        List<CandidateRule> rules = new ArrayList<>();
        String request = "L" + apiPackage.replace('.', '/') + "/ServletRequest;";
        String response = "L" + apiPackage.replace('.', '/') + "/ServletResponse;";
        String chain = "L" + apiPackage.replace('.', '/') + "/FilterChain;";
        rules.add(CandidateRule.declaringAnyOf(apiPackage + ".Servlet", "service(" + request + response + ")",
                "doFilter(" + request + response + chain + ")"));
        rules.addAll(RequestBodyInstrumentation.candidates(apiPackage));
        return rules;
    }

    @Override
    public List<AdviceRule> adviceRules() {
        String servlet = apiPackage + ".Servlet";
        String filter = apiPackage + ".Filter";
        String request = apiPackage + ".ServletRequest";
        String response = apiPackage + ".ServletResponse";
        // Cheap first: only a class that itself declares service(ServletRequest, ServletResponse) or
        // doFilter(ServletRequest, ServletResponse, FilterChain) can need advice, and that is read
        // from its own class file. The supertype walk, which resolves class files up the hierarchy,
        // then runs for those few candidates only instead of for every class the loader defines.
        ElementMatcher.Junction<MethodDescription> entryMethod = serviceMethod(request, response)
                .or(doFilterMethod(request, response));
        List<AdviceRule> rules = new ArrayList<>(RequestBodyInstrumentation.adviceRules(apiPackage));
        rules.add(AdviceRule.forTypes(not(isInterface()).and(declaresMethod(entryMethod))
                                .and(hasSuperType(named(servlet).or(named(filter)))),
                        ClassLoaderHasType.hasType(servlet))
                .advice(serviceMethod(request, response), ServletEntryAdvice.class)
                .advice(doFilterMethod(request, response), ServletEntryAdvice.class));
        return rules;
    }

    private static ElementMatcher.Junction<MethodDescription> serviceMethod(String request, String response) {
        return isPublic().and(not(isAbstract()))
                .and(named("service")).and(takesArguments(2))
                .and(takesArgument(0, named(request)))
                .and(takesArgument(1, named(response)));
    }

    private ElementMatcher.Junction<MethodDescription> doFilterMethod(String request, String response) {
        return isPublic().and(not(isAbstract()))
                .and(named("doFilter")).and(takesArguments(3))
                .and(takesArgument(0, named(request)))
                .and(takesArgument(1, named(response)))
                .and(takesArgument(2, named(apiPackage + ".FilterChain")));
    }
}
