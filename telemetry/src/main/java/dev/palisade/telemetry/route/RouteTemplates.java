package dev.palisade.telemetry.route;

import dev.palisade.telemetry.text.SafeText;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Chooses the {@code http.route} of a request and keeps the number of distinct routes bounded.
 *
 * <p>Source, first that exists:
 * <ol>
 *   <li>the framework's route: a JAX-RS template ({@code {id: \d+}} regular expressions are reduced
 *       to {@code {id}}), Spring MVC's best-matching pattern, or the servlet mapping pattern;
 *   <li>the policy rule's pattern, when it has {@code {placeholder}} segments (reported as written);
 *   <li>the request path with identifier-like segments replaced by {@code {id}} ({@link PathTemplates}).
 * </ol>
 *
 * <p>At most {@code maxRoutes} distinct routes are returned; once the bound is reached every new
 * route is returned as {@link #OTHER}, and {@code onLimitReached} runs once (the agent turns it into
 * an {@code agent} record). Routes are cleaned and cut like any request value, so a route can never
 * be used to forge a record. Thread-safe and lock-free.
 */
public final class RouteTemplates {

    /** The route that absorbs routes beyond the bound. */
    public static final String OTHER = "other";

    /** The default bound on distinct routes. */
    public static final int DEFAULT_MAX_ROUTES = 1_000;

    private final Set<String> known = ConcurrentHashMap.newKeySet();
    private final AtomicInteger size = new AtomicInteger();
    private final AtomicBoolean limitReached = new AtomicBoolean();
    private final int maxRoutes;
    private final SafeText text;
    private final Runnable onLimitReached;

    /**
     * @param maxRoutes      bound on distinct routes
     * @param text           limits for route strings
     * @param onLimitReached run once, on the request thread that first hits the bound; must not block
     */
    public RouteTemplates(int maxRoutes, SafeText text, Runnable onLimitReached) {
        if (maxRoutes < 1) {
            throw new IllegalArgumentException("maxRoutes must be at least 1, was " + maxRoutes);
        }
        this.maxRoutes = maxRoutes;
        this.text = Objects.requireNonNull(text, "text");
        this.onLimitReached = Objects.requireNonNull(onLimitReached, "onLimitReached");
    }

    /**
     * The route for a request.
     *
     * @param frameworkRoute the framework's template or mapping, or null
     * @param policyPattern  the pattern of the policy rule that applied, or null
     * @param path           the normalized request path (used when neither of the above serves)
     */
    public String resolve(String frameworkRoute, String policyPattern, String path) {
        String route;
        if (frameworkRoute != null && !frameworkRoute.isEmpty()) {
            route = FrameworkRoutes.normalize(frameworkRoute);
        } else if (policyPattern != null && hasPlaceholder(policyPattern)) {
            route = policyPattern;
        } else {
            route = PathTemplates.template(path);
        }
        return bounded(text.clean(route));
    }

    /** Whether new routes are being folded into {@link #OTHER}. */
    public boolean limitReached() {
        return limitReached.get();
    }

    /** The number of distinct routes returned so far, not counting {@link #OTHER}. */
    public int routeCount() {
        return size.get();
    }

    private String bounded(String route) {
        if (known.contains(route)) {
            return route;
        }
        // Reserve first, add second: the bound holds exactly however many threads race here.
        if (size.incrementAndGet() > maxRoutes) {
            size.decrementAndGet();
            if (limitReached.compareAndSet(false, true)) {
                onLimitReached.run();
            }
            return OTHER;
        }
        if (!known.add(route)) {
            size.decrementAndGet();
        }
        return route;
    }

    private static boolean hasPlaceholder(String pattern) {
        int open = pattern.indexOf('{');
        return open >= 0 && pattern.indexOf('}', open) > open;
    }
}
