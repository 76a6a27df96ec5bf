package com.example.resteasyjakarta;

import jakarta.ws.rs.core.Application;
import java.util.Set;

/** The JAX-RS application: every resource and the SQL error mapper (JSON through RESTEasy's Jackson provider). */
public final class JaxRsApp extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(ItemsResource.class, CatalogResource.class, OrdersResource.class, AdminResource.class,
                PublicResource.class, SqlErrors.class);
    }
}
