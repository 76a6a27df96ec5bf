package dev.palisade.agent.jaxrs;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import dev.palisade.agent.context.RequestContext;
import dev.palisade.agent.runtime.FailureLog;
import dev.palisade.agent.servlet.ServletRequestHooks;
import dev.palisade.bridge.JaxRsHooks;
import dev.palisade.detection.sql.InputSource;
import dev.palisade.detection.sql.RequestInput;

/**
 * Turns a JAX-RS resource method invocation into facts about the current request: its route
 * template ({@code http.route} in telemetry) and its inputs (path parameters, entity values).
 *
 * <p>The route template is application path + class {@code @Path} + (sub-resource locator
 * {@code @Path}s) + method {@code @Path}. Locators run before the sub-resource's method on the
 * same thread, so each locator leaves its template as a prefix for the next invocation of the
 * same request. The part before the root resource's template (context path, servlet mapping,
 * {@code @ApplicationPath}, a server's base path) is found by matching the template against the
 * request path ({@link RouteTemplate}).
 *
 * <p>Only the first resource method of a request counts: one resource method calling another
 * (delegation, {@code super}) does not change the route.
 */
public final class JaxRsResourceHooks implements JaxRsHooks {

    private final ServletRequestHooks requests;
    private final FailureLog failures;
    private final BiConsumer<RequestContext, List<RequestInput>> entityInspection;
    private final ThreadLocal<Chain> chains = ThreadLocal.withInitial(Chain::new);

    /**
     * @param entityInspection the input inspection of entity values, which the entry-time
     *     inspection cannot see; it answers 403 itself when the policy blocks
     */
    public JaxRsResourceHooks(ServletRequestHooks requests, FailureLog failures,
            BiConsumer<RequestContext, List<RequestInput>> entityInspection) {
        this.requests = requests;
        this.failures = failures;
        this.entityInspection = entityInspection;
    }

    /**
     * The locator chain of the request being served on this thread. The context is held weakly:
     * a pooled thread must not keep a finished request (and its captured body) alive until its
     * next JAX-RS request.
     */
    private static final class Chain {
        WeakReference<RequestContext> context = new WeakReference<>(null);
        String prefix;
        boolean routed;
    }

    @Override
    public boolean enter(Object resource, Class<?> type, String method, Object[] arguments) {
        RequestContext context = requests.current();
        if (context == null || resource == null || context.answeredByAgent()) {
            return false;
        }
        ResourceMethod model = ResourceMethod.of(resource.getClass(), type, method);
        if (model == null) {
            return false;
        }
        Chain chain = chains.get();
        if (chain.context.get() != context) {
            chain.context = new WeakReference<>(context);
            chain.prefix = null;
            chain.routed = false;
        }
        if (chain.routed) {
            return false;
        }
        String base = model.classPath != null ? model.classPath : chain.prefix;
        String template = RouteTemplate.join(base, model.methodPath);
        List<RequestInput> entityInputs = addArgumentInputs(context, model, arguments);
        if (!model.resourceMethod) {
            chain.prefix = template;
            return false;
        }
        chain.routed = true;
        chain.prefix = null;
        route(context, RouteTemplate.of(template));
        if (!entityInputs.isEmpty()) {
            // Path parameters are not inspected again: the entry-time inspection saw the path segments.
            entityInspection.accept(context, entityInputs);
        }
        return context.answeredByAgent();
    }

    private void route(RequestContext context, RouteTemplate template) {
        RouteTemplate.Match match = template.match(context.path());
        String prefix;
        if (match != null) {
            prefix = match.prefix;
            for (int i = 0; i < match.values.size(); i++) {
                context.addInput(InputSource.PATH, template.parameterNames.get(i), match.values.get(i));
            }
        } else {
            // Matrix parameters or encoded slashes the decoded path does not show: the context path is
            // the best prefix known without the implementation's help.
            prefix = context.contextPath() == null ? "" : context.contextPath();
        }
        context.frameworkRoute(RouteTemplate.slashes(prefix + template.normalized));
    }

    /** Adds path parameter and entity inputs; returns the entity's. */
    private List<RequestInput> addArgumentInputs(RequestContext context, ResourceMethod model, Object[] arguments) {
        List<RequestInput> entityInputs = new ArrayList<>(0);
        if (arguments == null) {
            return entityInputs;
        }
        int count = Math.min(arguments.length, model.parameters.length);
        for (int i = 0; i < count; i++) {
            Object argument = arguments[i];
            switch (model.parameters[i]) {
                case PATH:
                    if (argument instanceof CharSequence) {
                        context.addInput(InputSource.PATH, model.names[i], argument.toString());
                    }
                    break;
                case ENTITY:
                    walkEntity(argument, entityInputs);
                    break;
                default:
                    break;
            }
        }
        for (RequestInput input : entityInputs) {
            context.addInput(input.source(), input.name(), input.value());
        }
        return entityInputs;
    }

    private void walkEntity(Object entity, List<RequestInput> found) {
        try {
            EntityValues.walk(entity, new EntityValues.Sink() {
                @Override
                public void value(String path, String value) {
                    add(InputSource.JSON, path, value);
                }

                @Override
                public void key(String path, String key) {
                    add(InputSource.JSON_KEY, path + " (key)", key);
                }

                private void add(InputSource source, String name, String value) {
                    if (!value.isEmpty() && found.size() < RequestContext.MAX_FRAMEWORK_INPUTS) {
                        found.add(RequestInput.of(source, name, value));
                    }
                }
            });
        } catch (RuntimeException e) {
            // A hostile or odd entity (a collection that throws while iterating): keep what was found.
            failures.onFailure("jaxrs.entity", e);
        }
    }
}
