package com.example.jerseyjakarta;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.URI;
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
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.jdkhttp.JdkHttpServerFactory;
import org.glassfish.jersey.servlet.ServletContainer;

/**
 * Jersey 3.1 (jakarta.ws.rs 3.1) test application, served one of three ways with the same resources
 * under {@code /api}:
 * <ul>
 *   <li>{@code servlet} (default): Jersey's {@code ServletContainer} mapped to {@code /api/*} in
 *       embedded Tomcat 10.1;</li>
 *   <li>{@code jdk-http}: Jersey's JDK HTTP server container ({@code com.sun.net.httpserver}) with
 *       base URI {@code /api/}, no servlet container at all;</li>
 *   <li>{@code grizzly}: Jersey's Grizzly container ({@code jersey-container-grizzly2-http}), base
 *       URI {@code /api/}, no servlet container either.</li>
 * </ul>
 *
 * <p>Usage: {@code java -jar jersey-jakarta-app.jar PORT [servlet|jdk-http|grizzly]} (0 picks a free port).
 * Binds 127.0.0.1 only and prints {@code PALISADE-TEST-APP READY port=<port> app=jersey-jakarta}
 * (or {@code app=jersey-jakarta-jdk-http}, {@code app=jersey-jakarta-grizzly}) once it serves requests. SIGTERM stops the server
 * through a shutdown hook.
 */
public final class Main {

    /** Held so the level survives: java.util.logging keeps loggers only weakly. */
    private static final Logger CONTAINER_LOG = Logger.getLogger("org.apache");
    private static final Logger JERSEY_LOG = Logger.getLogger("org.glassfish");

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
        String mode = args.length > 1 ? args[1] : "servlet";
        CONTAINER_LOG.setLevel(Level.WARNING);
        JERSEY_LOG.setLevel(Level.WARNING);
        Database database = Database.create("jersey-jakarta");
        if ("jdk-http".equals(mode)) {
            runJdkHttp(port, database);
        } else if ("grizzly".equals(mode)) {
            runGrizzly(port, database);
        } else if ("servlet".equals(mode)) {
            runTomcat(port, database);
        } else {
            System.err.println("jersey-jakarta: unknown mode '" + mode + "' (use servlet, jdk-http or grizzly)");
            System.exit(2);
        }
    }

    private static void runJdkHttp(int port, Database database) {
        HttpServer server = JdkHttpServerFactory.createHttpServer(
                URI.create("http://127.0.0.1:" + port + "/api/"), new JaxRsApp(database));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0), "jersey-jakarta-shutdown"));
        System.out.println("PALISADE-TEST-APP READY port=" + server.getAddress().getPort() + " app=jersey-jakarta-jdk-http");
    }

    private static void runGrizzly(int port, Database database) {
        org.glassfish.grizzly.http.server.HttpServer server = GrizzlyHttpServerFactory.createHttpServer(
                URI.create("http://127.0.0.1:" + port + "/api/"), new JaxRsApp(database));
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow, "jersey-jakarta-shutdown"));
        int bound = server.getListeners().iterator().next().getPort();
        System.out.println("PALISADE-TEST-APP READY port=" + bound + " app=jersey-jakarta-grizzly");
    }

    private static void runTomcat(int port, Database database) throws LifecycleException, IOException {
        Path baseDir = Files.createTempDirectory("jersey-jakarta-");
        Tomcat tomcat = new Tomcat();
        tomcat.setBaseDir(baseDir.toString());
        Connector connector = tomcat.getConnector();
        connector.setPort(port);
        connector.setProperty("address", "127.0.0.1");
        Context context = tomcat.addContext("", baseDir.toString());
        Tomcat.addServlet(context, "jersey", new ServletContainer(new JaxRsApp(database)));
        context.addServletMappingDecoded("/api/*", "jersey");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(tomcat, baseDir), "jersey-jakarta-shutdown"));
        tomcat.start();
        if (connector.getLocalPort() <= 0 || !context.getState().isAvailable()) {
            System.err.println("jersey-jakarta: failed to start (port " + port + " in use, or the context failed)");
            System.exit(1);
        }
        System.out.println("PALISADE-TEST-APP READY port=" + connector.getLocalPort() + " app=jersey-jakarta");
        tomcat.getServer().await();
    }

    private static void stop(Tomcat tomcat, Path baseDir) {
        try {
            tomcat.stop();
            tomcat.destroy();
        } catch (LifecycleException e) {
            System.err.println("jersey-jakarta: error while stopping Tomcat: " + e);
        }
        try (Stream<Path> files = Files.walk(baseDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // A leftover temp directory is harmless.
        }
    }
}
