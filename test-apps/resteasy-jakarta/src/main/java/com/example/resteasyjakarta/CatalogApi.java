package com.example.resteasyjakarta;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** Method annotations on an interface: the implementation ({@link CatalogResource}) inherits them. */
public interface CatalogApi {

    @GET
    @Path("{sku}")
    @Produces(MediaType.APPLICATION_JSON)
    Map<String, Object> get(@PathParam("sku") String sku);
}
