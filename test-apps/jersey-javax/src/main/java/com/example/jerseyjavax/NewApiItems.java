package com.example.jerseyjavax;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.Map;

/**
 * A resource annotated with the NEW jakarta.ws.rs API, which Jersey 2 does not serve: the javax
 * resource {@code ItemsResource.legacy} calls it directly. It exists so that one JVM has classes of
 * both JAX-RS packages, and both Palisade JAX-RS instrumentations apply side by side.
 */
@Path("/legacy")
public class NewApiItems {

    @GET
    @Path("{id}")
    public Map<String, Object> get(@PathParam("id") String id) {
        return Map.of("id", id, "api", "jakarta.ws.rs");
    }
}
