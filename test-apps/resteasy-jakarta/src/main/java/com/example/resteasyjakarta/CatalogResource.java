package com.example.resteasyjakarta;

import jakarta.ws.rs.Path;
import java.util.Map;

/** {@code GET /api/catalog/{sku}}: no JAX-RS annotation on the method, all inherited from {@link CatalogApi}. */
@Path("/catalog")
public class CatalogResource implements CatalogApi {

    @Override
    public Map<String, Object> get(String sku) {
        return Map.of("sku", sku);
    }
}
