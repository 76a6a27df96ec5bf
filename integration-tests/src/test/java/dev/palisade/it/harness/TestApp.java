package dev.palisade.it.harness;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The applications in {@code test-apps/} and how to start each in a child JVM. Every app binds
 * 127.0.0.1 and prints a readiness line; the war runs inside a standalone Tomcat distribution.
 */
public enum TestApp {

    TOMCAT_JAVAX("tomcat-javax", "javax"),
    TOMCAT_JAKARTA("tomcat-jakarta", "jakarta"),
    SPRING_BOOT("spring-boot", "jakarta"),
    WAR_TOMCAT("war-jakarta", "jakarta"),
    /** Vulnerable JDBC endpoints on a real engine chosen with {@code --db=} (see {@link AgentSettings#appArgument}). */
    JDBC_ENGINES("jdbc-engines", "jakarta"),
    /** JAX-RS: Jersey 2.45 (javax.ws.rs 2.1) as a servlet in embedded Tomcat 9. */
    JERSEY_JAVAX("jersey-javax", "javax"),
    /** JAX-RS: Jersey 3.1 (jakarta.ws.rs 3.1) as a servlet in embedded Tomcat 10.1. */
    JERSEY_JAKARTA("jersey-jakarta", "jakarta"),
    /** JAX-RS: the same Jersey 3.1 app on the JDK HTTP server ({@code com.sun.net.httpserver}), no servlet container. */
    JERSEY_JDK_HTTP("jersey-jakarta", "none"),
    /** JAX-RS: the same Jersey 3.1 app on Grizzly ({@code jersey-container-grizzly2-http}), no servlet container. */
    JERSEY_GRIZZLY("jersey-jakarta", "none"),
    /** JAX-RS: RESTEasy 6.2 (jakarta.ws.rs 3.1) as a servlet in embedded Tomcat 10.1. */
    RESTEASY_JAKARTA("resteasy-jakarta", "jakarta");

    private final String module;
    private final String servletApi;

    TestApp(String module, String servletApi) {
        this.module = module;
        this.servletApi = servletApi;
    }

    public String module() {
        return module;
    }

    /** {@code javax} or {@code jakarta}. */
    public String servletApi() {
        return servletApi;
    }

    /** Whether the app has a servlet overriding {@code service} that calls {@code super.service}. */
    public boolean hasSuperServiceServlet() {
        return this != SPRING_BOOT;
    }

    /** Whether the app serves the common endpoints of test-apps/README.md and runs in the shared matrices. */
    public boolean servesCommonEndpoints() {
        return this != JDBC_ENGINES && !isJaxRs();
    }

    /** Whether the app serves the JAX-RS resources described in test-apps/README.md ({@code JaxRsIT}). */
    public boolean isJaxRs() {
        return this == JERSEY_JAVAX || this == JERSEY_JAKARTA || this == JERSEY_JDK_HTTP || this == JERSEY_GRIZZLY
                || this == RESTEASY_JAKARTA;
    }

    /** Whether the app is a servlet application (all but Jersey on the JDK HTTP server and on Grizzly). */
    public boolean isServlet() {
        return this != JERSEY_JDK_HTTP && this != JERSEY_GRIZZLY;
    }

    Path moduleDir() {
        return BuildOutputs.root().resolve("test-apps").resolve(module);
    }

    /** The command after {@code java <jvm options>}: main jar or class and program arguments. */
    List<String> launchArguments(int port) {
        List<String> args = new ArrayList<>();
        if (this == WAR_TOMCAT) {
            Path tomcat = BuildOutputs.existing(moduleDir().resolve("target/tomcat"));
            args.add("-Dcatalina.home=" + tomcat);
            args.add("-Dcatalina.base=" + tomcat);
            args.add("-Djava.io.tmpdir=" + tomcat.resolve("temp"));
            args.add("-Dpalisade.http.port=" + port);
            args.add("-Djava.util.logging.manager=org.apache.juli.ClassLoaderLogManager");
            args.add("-Djava.util.logging.config.file=" + tomcat.resolve("conf/logging.properties"));
            args.add("-cp");
            args.add(tomcat.resolve("bin/bootstrap.jar") + java.io.File.pathSeparator + tomcat.resolve("bin/tomcat-juli.jar"));
            args.add("org.apache.catalina.startup.Bootstrap");
            args.add("start");
        } else {
            args.add("-jar");
            args.add(BuildOutputs.existing(moduleDir().resolve("target/" + module + "-app.jar")).toString());
            args.add(Integer.toString(port));
            if (this == JERSEY_JDK_HTTP) {
                args.add("jdk-http");
            } else if (this == JERSEY_GRIZZLY) {
                args.add("grizzly");
            }
        }
        return args;
    }

    /** Whether the harness must choose the port (the standalone Tomcat cannot report a random one). */
    boolean needsFixedPort() {
        return this == WAR_TOMCAT;
    }

    /** A line on stdout or stderr that says the app serves requests. */
    String readinessMarker() {
        return this == WAR_TOMCAT ? "Server startup in" : "PALISADE-TEST-APP READY";
    }

    @Override
    public String toString() {
        return module;
    }
}
