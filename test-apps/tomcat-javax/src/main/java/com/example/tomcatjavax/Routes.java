package com.example.tomcatjavax;

import javax.servlet.DispatcherType;
import javax.servlet.Filter;
import javax.servlet.FilterRegistration;
import javax.servlet.Servlet;
import javax.servlet.ServletContext;
import javax.servlet.ServletRegistration;
import java.util.Arrays;
import java.util.EnumSet;

/** Every servlet, filter and URL mapping of the application, in one place. */
final class Routes {

    private Routes() {
    }

    static void register(ServletContext context) {
        // Filters run in registration order: AppFilter wraps ApiFilter (nested filters on /api/*).
        filter(context, "appFilter", new AppFilter(), "/*",
                DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.INCLUDE, DispatcherType.ERROR);
        filter(context, "apiFilter", new ApiFilter(), "/api/*", DispatcherType.REQUEST);

        servlet(context, "health", new HealthServlet(), "/health");
        servlet(context, "hello", new HelloServlet(), "/api/public/hello");
        servlet(context, "libs", new LibsServlet(), "/api/public/libs");
        area(context, "publicArea", "public", "/api/public", "/api/public/*");
        area(context, "adminArea", "admin", "/api/admin", "/api/admin/*");
        servlet(context, "orders", new OrdersServlet(), "/api/orders/*");

        servlet(context, "itemSearch", new ItemSearchServlet(), "/api/items/search");
        servlet(context, "itemSearchSafe", new ItemSearchSafeServlet(), "/api/items/search-safe");
        servlet(context, "itemById", new ItemByIdServlet(), "/api/items/by-id");
        servlet(context, "itemByIdSafe", new ItemByIdSafeServlet(), "/api/items/by-id-safe");
        servlet(context, "itemLookup", new ItemLookupServlet(), "/api/items/lookup");
        servlet(context, "itemLookupSafe", new ItemLookupSafeServlet(), "/api/items/lookup-safe");
        servlet(context, "audit", new AuditServlet(), "/api/audit");
        servlet(context, "auditCount", new AuditCountServlet(), "/api/audit/count");
        servlet(context, "notes", new NotesServlet(), "/api/notes", "/api/notes/*");
        servlet(context, "bodyEcho", new BodyEchoServlet(), "/api/echo/body", "/api/echo/body/*");

        servlet(context, "async", new AsyncServlet(), "/api/async").setAsyncSupported(true);
        servlet(context, "forward", new ForwardServlet(), "/api/forward");
        servlet(context, "include", new IncludeServlet(), "/api/include");
        servlet(context, "sendError", new SendErrorServlet(), "/api/error");
        servlet(context, "throw", new ThrowServlet(), "/api/throw");
        servlet(context, "errorPage", new ErrorPageServlet(), "/error-page");
        servlet(context, "superService", new SuperServiceServlet(), "/api/super-service");
        servlet(context, "echoHeaders", new EchoHeadersServlet(), "/api/echo/headers");
    }

    private static ServletRegistration.Dynamic servlet(ServletContext context, String name, Servlet servlet,
            String... patterns) {
        ServletRegistration.Dynamic registration = context.addServlet(name, servlet);
        registration.addMapping(patterns);
        return registration;
    }

    private static void area(ServletContext context, String name, String area, String... patterns) {
        servlet(context, name, new AreaServlet(), patterns).setInitParameter("area", area);
    }

    private static void filter(ServletContext context, String name, Filter filter, String pattern,
            DispatcherType... dispatcherTypes) {
        FilterRegistration.Dynamic registration = context.addFilter(name, filter);
        // Every filter in front of /api/async must allow async, or startAsync() fails.
        registration.setAsyncSupported(true);
        registration.addMappingForUrlPatterns(EnumSet.copyOf(Arrays.asList(dispatcherTypes)), true, pattern);
    }
}
