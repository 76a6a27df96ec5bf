package com.example.jerseyjavax;

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
import org.glassfish.jersey.servlet.ServletContainer;

/**
 * Jersey 2.45 (javax.ws.rs 2.1) test application: Jersey's {@code ServletContainer} mapped to
 * {@code /api/*} in embedded Tomcat 9.0 (javax.servlet 4.0).
 *
 * <p>Usage: {@code java -jar jersey-javax-app.jar PORT} (0 picks a free port). Binds 127.0.0.1
 * only and prints {@code PALISADE-TEST-APP READY port=<port> app=jersey-javax} once it serves
 * requests. SIGTERM stops Tomcat through a shutdown hook.
 */
public final class Main {

    /** Held so the level survives: java.util.logging keeps loggers only weakly. */
    private static final Logger CONTAINER_LOG = Logger.getLogger("org.apache");
    private static final Logger JERSEY_LOG = Logger.getLogger("org.glassfish");

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
        CONTAINER_LOG.setLevel(Level.WARNING);
        JERSEY_LOG.setLevel(Level.WARNING);
        Database database = Database.create("jersey-javax");
        runTomcat(port, database);
    }

    private static void runTomcat(int port, Database database) throws LifecycleException, IOException {
        Path baseDir = Files.createTempDirectory("jersey-javax-");
        Tomcat tomcat = new Tomcat();
        tomcat.setBaseDir(baseDir.toString());
        Connector connector = tomcat.getConnector();
        connector.setPort(port);
        connector.setProperty("address", "127.0.0.1");
        Context context = tomcat.addContext("", baseDir.toString());
        Tomcat.addServlet(context, "jersey", new ServletContainer(new JaxRsApp(database)));
        context.addServletMappingDecoded("/api/*", "jersey");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(tomcat, baseDir), "jersey-javax-shutdown"));
        tomcat.start();
        if (connector.getLocalPort() <= 0 || !context.getState().isAvailable()) {
            System.err.println("jersey-javax: failed to start (port " + port + " in use, or the context failed)");
            System.exit(1);
        }
        System.out.println("PALISADE-TEST-APP READY port=" + connector.getLocalPort() + " app=jersey-javax");
        tomcat.getServer().await();
    }

    private static void stop(Tomcat tomcat, Path baseDir) {
        try {
            tomcat.stop();
            tomcat.destroy();
        } catch (LifecycleException e) {
            System.err.println("jersey-javax: error while stopping Tomcat: " + e);
        }
        try (Stream<Path> files = Files.walk(baseDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // A leftover temp directory is harmless.
        }
    }
}
