package dev.palisade.instrumentation.jaxrs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.matcher.ElementMatcher;
import net.bytebuddy.matcher.ElementMatchers;

class JaxRsAnnotationsTest {

    public interface JakartaApi {
        @jakarta.ws.rs.GET
        @jakarta.ws.rs.Path("{id}")
        String get(String id);
    }

    public static class Implementation implements JakartaApi {
        @Override
        public String get(String id) {
            return id;
        }

        public String helper() {
            return "";
        }
    }

    public static class Base {
        @jakarta.ws.rs.Path("sub")
        public Object locator() {
            return null;
        }
    }

    public static class Overrides extends Base {
        @Override
        public Object locator() {
            return null;
        }
    }

    /** JAX-RS 3.6: a method with its own JAX-RS annotations does not inherit; it is matched as annotated. */
    public static class OwnAnnotations extends Base {
        @Override
        @jakarta.ws.rs.POST
        public Object locator() {
            return null;
        }
    }

    public static class JavaxResource {
        @javax.ws.rs.PUT
        public void put(String entity) {
        }
    }

    private static MethodDescription method(Class<?> type, String name) {
        return TypeDescription.ForLoadedType.of(type).getDeclaredMethods()
                .filter(ElementMatchers.named(name)).getOnly();
    }

    private static boolean resourceMethod(String apiPackage, MethodDescription method) {
        ElementMatcher<MethodDescription> matcher = JaxRsAnnotations.annotated(apiPackage)
                .or(JaxRsAnnotations.inheritsAnnotations(apiPackage));
        return matcher.matches(method);
    }

    @Test
    void annotationsOnAnInterfaceMethodAreInherited() {
        assertTrue(resourceMethod("jakarta.ws.rs", method(Implementation.class, "get")));
        assertFalse(resourceMethod("jakarta.ws.rs", method(Implementation.class, "helper")));
    }

    @Test
    void annotationsOnASuperclassMethodAreInherited() {
        assertTrue(resourceMethod("jakarta.ws.rs", method(Overrides.class, "locator")));
        assertTrue(resourceMethod("jakarta.ws.rs", method(OwnAnnotations.class, "locator")));
    }

    @Test
    void eachPackageMatchesOnlyItsOwnAnnotations() {
        assertTrue(resourceMethod("javax.ws.rs", method(JavaxResource.class, "put")));
        assertFalse(resourceMethod("jakarta.ws.rs", method(JavaxResource.class, "put")));
        assertFalse(resourceMethod("javax.ws.rs", method(Implementation.class, "get")));
    }
}
