package dev.palisade.agent.jaxrs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.palisade.agent.jaxrs.ResourceMethod.Parameter;

class ResourceMethodTest {

    @jakarta.ws.rs.Path("/items")
    public static class Items {
        @jakarta.ws.rs.GET
        @jakarta.ws.rs.Path("{id: [0-9]+}")
        public String get(@jakarta.ws.rs.PathParam("id") String id, @jakarta.ws.rs.QueryParam("q") String q,
                @jakarta.ws.rs.core.Context Object uriInfo) {
            return id;
        }

        @jakarta.ws.rs.POST
        public String create(@jakarta.ws.rs.HeaderParam("X") String header, Map<String, Object> entity) {
            return "";
        }

        @jakarta.ws.rs.Path("{id}/lines")
        public Object lines(@jakarta.ws.rs.PathParam("id") String id) {
            return null;
        }

        public String helper(String notAResource) {
            return notAResource;
        }
    }

    public interface Api {
        @javax.ws.rs.GET
        @javax.ws.rs.Path("{sku}")
        String get(@javax.ws.rs.PathParam("sku") String sku);
    }

    @javax.ws.rs.Path("/catalog")
    public static class Catalog implements Api {
        @Override
        public String get(String sku) {
            return sku;
        }
    }

    public abstract static class Crud {
        @jakarta.ws.rs.DELETE
        @jakarta.ws.rs.Path("{id}")
        public void delete(@jakarta.ws.rs.PathParam("id") String id) {
        }
    }

    @jakarta.ws.rs.Path("/orders")
    public static class Orders extends Crud {
    }

    public static class SubResource {
        @jakarta.ws.rs.GET
        public String get() {
            return "";
        }
    }

    @Test
    void readsPathsAndParameterKindsOfAResourceMethod() {
        ResourceMethod model = ResourceMethod.of(Items.class, Items.class,
                "get(Ljava/lang/String;Ljava/lang/String;Ljava/lang/Object;)Ljava/lang/String;");
        assertTrue(model.resourceMethod);
        assertEquals("/items", model.classPath);
        assertEquals("{id: [0-9]+}", model.methodPath);
        assertArrayEquals(new Parameter[] {Parameter.PATH, Parameter.OTHER, Parameter.OTHER}, model.parameters);
        assertEquals("id", model.names[0]);
    }

    @Test
    void theParameterWithoutJaxRsAnnotationIsTheEntity() {
        ResourceMethod model = ResourceMethod.of(Items.class, Items.class,
                "create(Ljava/lang/String;Ljava/util/Map;)Ljava/lang/String;");
        assertArrayEquals(new Parameter[] {Parameter.OTHER, Parameter.ENTITY}, model.parameters);
        assertNull(model.methodPath);
    }

    @Test
    void aPathWithoutHttpMethodIsALocator() {
        ResourceMethod model = ResourceMethod.of(Items.class, Items.class,
                "lines(Ljava/lang/String;)Ljava/lang/Object;");
        assertFalse(model.resourceMethod);
        assertEquals("{id}/lines", model.methodPath);
    }

    @Test
    void aMethodWithoutJaxRsAnnotationsIsNotAResource() {
        assertNull(ResourceMethod.of(Items.class, Items.class, "helper(Ljava/lang/String;)Ljava/lang/String;"));
        assertNull(ResourceMethod.of(Items.class, Items.class, "missing()V"));
    }

    @Test
    void methodAndParameterAnnotationsAreInheritedFromAnInterface() {
        ResourceMethod model = ResourceMethod.of(Catalog.class, Catalog.class,
                "get(Ljava/lang/String;)Ljava/lang/String;");
        assertTrue(model.resourceMethod);
        assertEquals("/catalog", model.classPath);
        assertEquals("{sku}", model.methodPath);
        assertArrayEquals(new Parameter[] {Parameter.PATH}, model.parameters);
        assertEquals("sku", model.names[0]);
    }

    @Test
    void theClassPathComesFromTheRuntimeClassNotTheDeclaringOne() {
        ResourceMethod model = ResourceMethod.of(Orders.class, Crud.class, "delete(Ljava/lang/String;)V");
        assertEquals("/orders", model.classPath);
        assertEquals("{id}", model.methodPath);
    }

    @Test
    void aSubResourceHasNoClassPath() {
        ResourceMethod model = ResourceMethod.of(SubResource.class, SubResource.class, "get()Ljava/lang/String;");
        assertTrue(model.resourceMethod);
        assertNull(model.classPath);
    }
}
