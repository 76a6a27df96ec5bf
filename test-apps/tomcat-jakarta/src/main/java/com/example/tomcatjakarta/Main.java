package com.example.tomcatjakarta;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.descriptor.web.ErrorPage;

/**
 * Embedded Tomcat 10.1 (jakarta.servlet) test application.
 *
 * <p>Usage: {@code java -jar tomcat-jakarta-app.jar PORT} (0 picks a free port). Binds 127.0.0.1 only and
 * prints {@code PALISADE-TEST-APP READY port=<port> app=tomcat-jakarta} once the connector accepts requests.
 * SIGTERM stops Tomcat through a shutdown hook.
 */
public final class Main {

    static final String APP = "tomcat-jakarta";

    /** Held so the level survives: java.util.logging keeps loggers only weakly. */
    private static final Logger CONTAINER_LOG = Logger.getLogger("org.apache");

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
        // Tomcat's start-up chatter (INFO) is noise for the tests; warnings and errors still reach stderr.
        CONTAINER_LOG.setLevel(Level.WARNING);

        Database database = Database.create(APP);
        Path baseDir = Files.createTempDirectory(APP + "-");
        Tomcat tomcat = new Tomcat();
        tomcat.setBaseDir(baseDir.toString());
        Connector connector = tomcat.getConnector();
        connector.setPort(port);
        connector.setProperty("address", "127.0.0.1");

        Context context = tomcat.addContext("", baseDir.toString());
        context.addServletContainerInitializer((classes, servletContext) -> {
            servletContext.setAttribute(Database.ATTRIBUTE, database);
            Routes.register(servletContext);
        }, null);
        context.addErrorPage(defaultErrorPage());

        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(tomcat, baseDir), APP + "-shutdown"));
        tomcat.start();
        if (connector.getLocalPort() <= 0 || !context.getState().isAvailable()) {
            System.err.println(APP + ": failed to start (port " + port + " in use, or the context failed)");
            System.exit(1);
        }
        System.out.println("PALISADE-TEST-APP READY port=" + connector.getLocalPort() + " app=" + APP);
        tomcat.getServer().await();
    }

    /** Error code 0 and no exception type: Tomcat's default error page, used for every error status and exception. */
    private static ErrorPage defaultErrorPage() {
        ErrorPage page = new ErrorPage();
        page.setLocation("/error-page");
        return page;
    }

    private static void stop(Tomcat tomcat, Path baseDir) {
        try {
            tomcat.stop();
            tomcat.destroy();
        } catch (LifecycleException e) {
            System.err.println(APP + ": error while stopping Tomcat: " + e);
        }
        try (Stream<Path> files = Files.walk(baseDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // A leftover temp directory is harmless.
        }
    }
}
