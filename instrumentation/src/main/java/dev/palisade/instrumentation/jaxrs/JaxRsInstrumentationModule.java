package dev.palisade.instrumentation.jaxrs;

import static net.bytebuddy.matcher.ElementMatchers.declaresMethod;
import static net.bytebuddy.matcher.ElementMatchers.hasSuperType;
import static net.bytebuddy.matcher.ElementMatchers.isAbstract;
import static net.bytebuddy.matcher.ElementMatchers.isBridge;
import static net.bytebuddy.matcher.ElementMatchers.isStatic;
import static net.bytebuddy.matcher.ElementMatchers.isSynthetic;
import static net.bytebuddy.matcher.ElementMatchers.nameStartsWith;
import static net.bytebuddy.matcher.ElementMatchers.not;

import dev.palisade.instrumentation.AdviceRule;
import dev.palisade.instrumentation.ClassLoaderHasType;
import java.util.List;

import dev.palisade.instrumentation.CandidateRule;
import dev.palisade.instrumentation.InstrumentationModule;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * JAX-RS resource method invocation for one API package ({@code javax.ws.rs} or
 * {@code jakarta.ws.rs}), independent of the implementation (Jersey, RESTEasy, ...).
 *
 * <p>Instruments, in every class whose loader can see {@code <package>.Path}, each concrete,
 * non-static method that is a resource method or a sub-resource locator: annotated with
 * {@code @Path} and/or an HTTP-method annotation, or inheriting them from the same method of a
 * superclass or interface ({@link JaxRsAnnotations}). The advice reports the invocation with its
 * arguments before the application code runs; the runtime derives the route template, the path
 * parameters and the entity's values from the method's annotations.
 *
 * <p>Type matching: a class declaring an annotated method is found from its own class file; a
 * class that only inherits annotations needs the supertype walk, which is why the JAX-RS
 * implementations' own packages (thousands of classes, no application resources) are excluded
 * by name first.
 */
public final class JaxRsInstrumentationModule implements InstrumentationModule {

    private final String name;
    private final String apiPackage;

    private JaxRsInstrumentationModule(String name, String apiPackage) {
        this.name = name;
        this.apiPackage = apiPackage;
    }

    /** {@code javax.ws.rs} 2.x (Jersey 2, RESTEasy 3/4, Dropwizard, older Helidon). */
    public static JaxRsInstrumentationModule javax() {
        return new JaxRsInstrumentationModule("jaxrs-javax", "javax.ws.rs");
    }

    /** {@code jakarta.ws.rs} 3.x / 4.x (Jersey 3, RESTEasy 6, Quarkus, Helidon 3+). */
    public static JaxRsInstrumentationModule jakarta() {
        return new JaxRsInstrumentationModule("jaxrs-jakarta", "jakarta.ws.rs");
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<CandidateRule> candidates() {
        // A resource class may declare no JAX-RS annotation at all (inherited from an interface),
        // so every class of a loader that sees the API is a candidate.
        return List.of(CandidateRule.anyClass(apiPackage + ".Path"));
    }

    @Override
    public List<AdviceRule> adviceRules() {
        ElementMatcher.Junction<MethodDescription> annotated = JaxRsAnnotations.annotated(apiPackage);
        ElementMatcher.Junction<MethodDescription> resourceMethod = not(isAbstract()).and(not(isStatic()))
                .and(not(isBridge())).and(not(isSynthetic()))
                .and(annotated.or(JaxRsAnnotations.inheritsAnnotations(apiPackage)));
        return List.of(AdviceRule.forTypes(not(nameStartsWith("org.glassfish.jersey."))
                                .and(not(nameStartsWith("org.jboss.resteasy.")))
                                .and(not(nameStartsWith(apiPackage + ".")))
                                .and(declaresMethod(annotated).or(hasSuperType(declaresMethod(annotated)))),
                        ClassLoaderHasType.hasType(apiPackage + ".Path"))
                .advice(resourceMethod, ResourceMethodAdvice.class));
    }
}
