package com.example.jerseyjavax;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import java.util.Map;

/** {@code GET /api/admin/stats}: an admin endpoint that (insecurely) checks no credentials itself. */
@Path("/admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    @GET
    @Path("stats")
    public Map<String, Object> stats() {
        return Map.of("users", 2, "items", 5);
    }
}
