package dev.palisade.it;

import java.util.Map;

import dev.palisade.it.harness.TestApp;

/**
 * What each test app's router does with the path-confusion forms, as measured by
 * {@link AuthenticationIT} (with credentials, so the agent does not interfere): {@code admin} or
 * {@code public} for the handler that answered, else the status code. The servlet containers route
 * on the normalized path; Spring MVC matches the raw URI's segments without resolving dot segments.
 */
final class ContainerRouting {

    private static final Map<String, String> TOMCAT = Map.ofEntries(
            Map.entry("/api/admin/x", "admin"),
            Map.entry("//api/admin/x", "admin"),
            Map.entry("/api/public/../admin/x", "admin"),
            Map.entry("/api/public/%2e%2e/admin/x", "admin"),
            Map.entry("/api/public/%2E%2E/admin/x", "admin"),
            Map.entry("/api/public/..;/admin/x", "admin"),
            Map.entry("/api/admin;x=y/x", "admin"),
            Map.entry("/api/./admin/x", "admin"),
            Map.entry("/api//admin/x", "admin"),
            Map.entry("/api/%61dmin/x", "admin"),
            Map.entry("/api/admin/x/", "admin"),
            Map.entry("/API/admin/x", "404"),
            Map.entry("/api/admin%2Fx", "400"),
            Map.entry("/api/admin/../public/x", "public"),
            Map.entry("/api/admin/%2e%2e/public/x", "public"),
            Map.entry("/api/admin/..;/public/x", "public"));

    private static final Map<String, String> SPRING_MVC = Map.ofEntries(
            Map.entry("/api/admin/x", "admin"),
            Map.entry("//api/admin/x", "404"),
            Map.entry("/api/public/../admin/x", "public"),
            Map.entry("/api/public/%2e%2e/admin/x", "public"),
            Map.entry("/api/public/%2E%2E/admin/x", "public"),
            Map.entry("/api/public/..;/admin/x", "public"),
            Map.entry("/api/admin;x=y/x", "admin"),
            Map.entry("/api/./admin/x", "404"),
            Map.entry("/api//admin/x", "404"),
            Map.entry("/api/%61dmin/x", "admin"),
            Map.entry("/api/admin/x/", "admin"),
            Map.entry("/API/admin/x", "404"),
            Map.entry("/api/admin%2Fx", "400"),
            Map.entry("/api/admin/../public/x", "admin"),
            Map.entry("/api/admin/%2e%2e/public/x", "admin"),
            Map.entry("/api/admin/..;/public/x", "admin"));

    private ContainerRouting() {
    }

    static String expected(TestApp app, String form) {
        return (app == TestApp.SPRING_BOOT ? SPRING_MVC : TOMCAT).getOrDefault(form, "?");
    }
}
