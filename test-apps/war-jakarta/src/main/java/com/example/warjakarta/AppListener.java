package com.example.warjakarta;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import java.sql.SQLException;

/**
 * Creates the application's H2 database when the container deploys the war, and shuts it down on undeploy. Servlets,
 * filters and the error page are declared in WEB-INF/web.xml.
 */
public final class AppListener implements ServletContextListener {

    static final String APP = "war-jakarta";

    @Override
    public void contextInitialized(ServletContextEvent event) {
        try {
            event.getServletContext().setAttribute(Database.ATTRIBUTE, Database.create(APP));
        } catch (SQLException e) {
            // Fails the deployment: the container logs it and the context does not start.
            throw new IllegalStateException(APP + ": cannot create the database", e);
        }
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        Database database = Database.of(event.getServletContext());
        if (database != null) {
            database.shutdown();
        }
    }
}
