package com.example.resteasyjakarta;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** {@code GET /api/public/hello?name=x}: public, no credentials needed. */
@Path("/public")
@Produces(MediaType.APPLICATION_JSON)
public class PublicResource {

    @GET
    @Path("hello")
    public Map<String, Object> hello(@QueryParam("name") String name) {
        return Map.of("hello", name == null ? "world" : name);
    }
}
