package com.example.jerseyjavax;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import java.util.Map;

/** Method annotations on an interface: the implementation ({@link CatalogResource}) inherits them. */
public interface CatalogApi {

    @GET
    @Path("{sku}")
    @Produces(MediaType.APPLICATION_JSON)
    Map<String, Object> get(@PathParam("sku") String sku);
}
