package com.example.resteasyjakarta;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
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
