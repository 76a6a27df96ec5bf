package com.example.jdbcengines;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.catalina.Context;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;

/**
 * Embedded Tomcat 10.1 with deliberately vulnerable JDBC endpoints on a real database engine.
 *
 * <p>Usage: {@code java -jar jdbc-engines-app.jar PORT --db=h2|sqlite|postgres|mariadb} (0 picks a free port).
 * Prints {@code PALISADE-TEST-APP READY port=<port> app=jdbc-engines db=<engine>} when it serves requests.
 */
public final class Main {

    static final String APP = "jdbc-engines";

    private static final Logger CONTAINER_LOG = Logger.getLogger("org.apache");

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
        Engine engine = Engine.H2;
        for (String arg : args) {
            if (arg.startsWith("--db=")) {
                engine = Engine.parse(arg.substring("--db=".length()));
            }
        }
        CONTAINER_LOG.setLevel(Level.WARNING);
        Path workDir = Files.createTempDirectory(APP + "-");
        Database database;
        try {
            database = Database.start(engine, workDir);
        } catch (Exception e) {
            System.err.println(APP + ": could not start " + engine.label() + ": " + e);
            e.printStackTrace();
            System.exit(1); // also stops an embedded server through its shutdown hook
            return;
        }

        Tomcat tomcat = new Tomcat();
        tomcat.setBaseDir(workDir.resolve("tomcat").toString());
        Connector connector = tomcat.getConnector();
        connector.setPort(port);
        connector.setProperty("address", "127.0.0.1");
        // Long request lines (default limit 8 KB) so the corpus's padded payloads (130 KB of 'A' before the
        // injection) reach the application in a query string, as they would behind a permissive proxy.
        connector.setProperty("maxHttpHeaderSize", "524288");
        Context context = tomcat.addContext("", workDir.toString());
        context.getServletContext().setAttribute(Database.ATTRIBUTE, database);
        Tomcat.addServlet(context, "items", new ItemsServlet()).addMapping("/api/items/*");
        Tomcat.addServlet(context, "audit", new AuditServlet()).addMapping("/api/audit/*");

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                tomcat.stop();
                tomcat.destroy();
            } catch (Exception e) {
                System.err.println(APP + ": error while stopping Tomcat: " + e);
            }
            database.stop();
            deleteTree(workDir);
        }, APP + "-shutdown"));
        tomcat.start();
        System.out.println("PALISADE-TEST-APP READY port=" + connector.getLocalPort() + " app=" + APP + " db=" + engine.label());
        tomcat.getServer().await();
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // A leftover temp directory is harmless.
        }
    }
}
