package dev.palisade.instrumentation.jaxrs;

import static net.bytebuddy.matcher.ElementMatchers.isAnnotatedWith;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.namedOneOf;

import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.description.type.TypeDefinition;
import net.bytebuddy.description.type.TypeList;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * Matchers for JAX-RS resource methods and sub-resource locators of one API package.
 *
 * <p>A method is a JAX-RS method when it carries {@code @Path} or an HTTP-method annotation
 * ({@code @GET} ... or any annotation meta-annotated with {@code @HttpMethod}), or when it has no
 * such annotation itself and a method with the same name and parameter types in a superclass or
 * interface has one: JAX-RS 2.1 / 3.1 section 3.6, "Annotation Inheritance".
 */
final class JaxRsAnnotations {

    private JaxRsAnnotations() {
    }

    /** Annotation types that make a method a resource method or a sub-resource locator. */
    static ElementMatcher.Junction<TypeDescription> annotationTypes(String apiPackage) {
        String p = apiPackage + ".";
        // Known names first (no class file lookup); the meta-annotation check only for other annotations.
        return namedOneOf(p + "Path", p + "GET", p + "POST", p + "PUT", p + "DELETE", p + "HEAD", p + "OPTIONS",
                p + "PATCH").or(isAnnotatedWith(named(p + "HttpMethod")));
    }

    /** Methods declared with a JAX-RS annotation. */
    static ElementMatcher.Junction<MethodDescription> annotated(String apiPackage) {
        return isAnnotatedWith(annotationTypes(apiPackage));
    }

    /** Methods without JAX-RS annotations of their own that inherit them from a supertype's method. */
    static ElementMatcher.Junction<MethodDescription> inheritsAnnotations(String apiPackage) {
        ElementMatcher<MethodDescription> annotated = annotated(apiPackage);
        return new ElementMatcher.Junction.AbstractBase<MethodDescription>() {
            @Override
            public boolean matches(MethodDescription method) {
                if (annotated.matches(method) || method.isStatic() || method.isConstructor()) {
                    return false;
                }
                TypeDefinition declaring = method.getDeclaringType();
                return declaredInSupertypes(declaring.getSuperClass(), declaring.getInterfaces(), method, annotated, 0);
            }
        };
    }

    private static boolean declaredInSupertypes(TypeDefinition superClass, TypeList.Generic interfaces,
            MethodDescription method, ElementMatcher<MethodDescription> annotated, int depth) {
        if (depth > 16) {
            return false;
        }
        for (TypeDescription.Generic type : interfaces) {
            if (declaresAnnotated(type, method, annotated, depth)) {
                return true;
            }
        }
        return superClass != null && declaresAnnotated(superClass, method, annotated, depth);
    }

    private static boolean declaresAnnotated(TypeDefinition type, MethodDescription method,
            ElementMatcher<MethodDescription> annotated, int depth) {
        TypeDescription erasure = type.asErasure();
        if (erasure.getName().startsWith("java.")) {
            return false;
        }
        for (MethodDescription.InDefinedShape candidate : erasure.getDeclaredMethods()) {
            if (candidate.getName().equals(method.getName())
                    && candidate.getParameters().asTypeList().asErasures()
                            .equals(method.getParameters().asTypeList().asErasures())) {
                // The nearest declaration decides: annotated there, or inheriting further up.
                return annotated.matches(candidate)
                        || declaredInSupertypes(erasure.getSuperClass(), erasure.getInterfaces(), candidate, annotated,
                                depth + 1);
            }
        }
        return declaredInSupertypes(erasure.getSuperClass(), erasure.getInterfaces(), method, annotated, depth + 1);
    }
}
