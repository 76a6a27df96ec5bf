package com.example.jerseyjakarta;

import java.util.Map;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;

/**
 * A resource annotated with the OLD javax.ws.rs API, which Jersey 3 does not serve: the jakarta
 * resource {@code ItemsResource.legacy} calls it directly. It exists so that one JVM has classes of
 * both JAX-RS packages, and both Palisade JAX-RS instrumentations apply side by side.
 */
@Path("/legacy")
public class LegacyItems {

    @GET
    @Path("{id}")
    public Map<String, Object> get(@PathParam("id") String id) {
        return Map.of("id", id, "api", "javax.ws.rs");
    }
}
