package com.example.resteasyjakarta;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** {@code /api/orders/{orderId}/lines/{lineId}}: a sub-resource locator and its sub-resource. */
@Path("/orders")
public class OrdersResource {

    @Path("{orderId}/lines")
    public Lines lines(@PathParam("orderId") String orderId) {
        return new Lines(orderId);
    }

    /** The sub-resource: no class {@code @Path}; reached only through the locator. */
    public static final class Lines {
        private final String orderId;

        Lines(String orderId) {
            this.orderId = orderId;
        }

        @GET
        @Path("{lineId}")
        @Produces(MediaType.APPLICATION_JSON)
        public Map<String, Object> line(@PathParam("lineId") String lineId) {
            return Map.of("order", orderId, "line", lineId);
        }
    }
}
