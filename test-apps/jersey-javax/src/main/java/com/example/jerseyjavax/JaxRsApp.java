package com.example.jerseyjavax;

import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;

/** The JAX-RS application: every resource, JSON through Jackson, the database injectable. */
final class JaxRsApp extends ResourceConfig {

    JaxRsApp(Database database) {
        register(JacksonFeature.class);
        register(ItemsResource.class);
        register(CatalogResource.class);
        register(OrdersResource.class);
        register(AdminResource.class);
        register(PublicResource.class);
        register(SqlErrors.class);
        register(new AbstractBinder() {
            @Override
            protected void configure() {
                bind(database).to(Database.class);
            }
        });
    }
}
