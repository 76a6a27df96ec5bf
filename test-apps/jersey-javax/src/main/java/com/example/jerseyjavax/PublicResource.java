package com.example.jerseyjavax;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
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
