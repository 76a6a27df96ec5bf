package com.example.resteasyjakarta;

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
import org.apache.catalina.Wrapper;
import org.jboss.resteasy.plugins.server.servlet.HttpServlet30Dispatcher;

/**
 * RESTEasy 6.2 (jakarta.ws.rs 3.1) test application: RESTEasy's {@code HttpServlet30Dispatcher}
 * mapped to {@code /api/*} in embedded Tomcat 10.1 (jakarta.servlet 6.0).
 *
 * <p>Usage: {@code java -jar resteasy-jakarta-app.jar PORT} (0 picks a free port). Binds 127.0.0.1
 * only and prints {@code PALISADE-TEST-APP READY port=<port> app=resteasy-jakarta} once it serves
 * requests. SIGTERM stops Tomcat through a shutdown hook.
 */
public final class Main {

    /** Held so the level survives: java.util.logging keeps loggers only weakly. */
    private static final Logger CONTAINER_LOG = Logger.getLogger("org.apache");
    private static final Logger RESTEASY_LOG = Logger.getLogger("org.jboss");

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
        CONTAINER_LOG.setLevel(Level.WARNING);
        RESTEASY_LOG.setLevel(Level.WARNING);
        Database database = Database.create("resteasy-jakarta");
        runTomcat(port, database);
    }

    private static void runTomcat(int port, Database database) throws LifecycleException, IOException {
        Path baseDir = Files.createTempDirectory("resteasy-jakarta-");
        Tomcat tomcat = new Tomcat();
        tomcat.setBaseDir(baseDir.toString());
        Connector connector = tomcat.getConnector();
        connector.setPort(port);
        connector.setProperty("address", "127.0.0.1");
        Context context = tomcat.addContext("", baseDir.toString());
        Database.share(database);
        Wrapper servlet = Tomcat.addServlet(context, "resteasy", new HttpServlet30Dispatcher());
        servlet.addInitParameter("jakarta.ws.rs.Application", JaxRsApp.class.getName());
        servlet.addInitParameter("resteasy.servlet.mapping.prefix", "/api");
        context.addServletMappingDecoded("/api/*", "resteasy");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(tomcat, baseDir), "resteasy-jakarta-shutdown"));
        tomcat.start();
        if (connector.getLocalPort() <= 0 || !context.getState().isAvailable()) {
            System.err.println("resteasy-jakarta: failed to start (port " + port + " in use, or the context failed)");
            System.exit(1);
        }
        System.out.println("PALISADE-TEST-APP READY port=" + connector.getLocalPort() + " app=resteasy-jakarta");
        tomcat.getServer().await();
    }

    private static void stop(Tomcat tomcat, Path baseDir) {
        try {
            tomcat.stop();
            tomcat.destroy();
        } catch (LifecycleException e) {
            System.err.println("resteasy-jakarta: error while stopping Tomcat: " + e);
        }
        try (Stream<Path> files = Files.walk(baseDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // A leftover temp directory is harmless.
        }
    }
}
