package dev.palisade.it.harness;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.provider.Arguments;

/** Argument sources for {@code @ParameterizedClass}: which apps on which JDKs. */
public final class Matrix {

    private Matrix() {
    }

    /** Every servlet test app on every JDK. */
    public static List<Arguments> servletAppsOnEveryJdk() {
        List<Arguments> arguments = new ArrayList<>();
        for (Jdk jdk : Jdk.all()) {
            for (TestApp app : TestApp.values()) {
                if (app.isServlet() && app.servesCommonEndpoints()) {
                    arguments.add(Arguments.of(app, jdk));
                }
            }
        }
        return arguments;
    }

    /** Every JAX-RS test app (Jersey 2 and 3 in Tomcat, Jersey 3 on the JDK HTTP server and Grizzly, RESTEasy 6) on every JDK. */
    public static List<Arguments> jaxRsAppsOnEveryJdk() {
        List<Arguments> arguments = new ArrayList<>();
        for (Jdk jdk : Jdk.all()) {
            for (TestApp app : TestApp.values()) {
                if (app.isJaxRs()) {
                    arguments.add(Arguments.of(app, jdk));
                }
            }
        }
        return arguments;
    }

    /** One app on every JDK. */
    public static List<Arguments> everyJdk() {
        List<Arguments> arguments = new ArrayList<>();
        for (Jdk jdk : Jdk.all()) {
            arguments.add(Arguments.of(jdk));
        }
        return arguments;
    }
}
