package dev.palisade.agent.jdbc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.palisade.agent.context.RequestContext;
import dev.palisade.detection.sql.InputSource;
import dev.palisade.detection.sql.RequestInput;
import dev.palisade.policy.InputsConfig;
import dev.palisade.policy.Policy;

/**
 * The request inputs the SQL sink check looks for, built once per request on its first checked
 * statement (most requests never run SQL) and rebuilt only if the application has read more of
 * the body since.
 *
 * <p>Inputs: query and form parameter values and names, path segments, cookie values, the headers
 * the policy lists in {@code inputs.headers}, and the string values and keys of a JSON body. A value
 * seen twice (the same id in the path and the query) is checked once, under its first source.
 * Values are never cut to {@code inputs.maxInspectBytes}, unlike for the input detectors: padding an
 * input past the cap would otherwise hide its tail (gotestwaf sends {@code AAAA…' UNION SELECT …}
 * 130 KB long), and the work is bounded by the SQL text the input must occur in anyway.
 */
final class SqlInputs {

    /** At most this many inputs per request; a request with more is checked on the first ones. */
    static final int MAX_INPUTS = 1024;

    private final List<RequestInput> inputs;
    /** Source names for events: query, form, path, header, cookie, body. */
    private final Map<RequestInput, String> eventSources;
    private final int bodySize;

    private SqlInputs(List<RequestInput> inputs, Map<RequestInput, String> eventSources, int bodySize) {
        this.inputs = inputs;
        this.eventSources = eventSources;
        this.bodySize = bodySize;
    }

    /** The inputs of {@code context}, cached on it. */
    static SqlInputs of(RequestContext context) {
        Object cached = context.sqlInputs();
        int bodySize = context.body().size();
        if (cached instanceof SqlInputs && ((SqlInputs) cached).bodySize == bodySize) {
            return (SqlInputs) cached;
        }
        SqlInputs built = build(context, bodySize);
        context.sqlInputs(built);
        return built;
    }

    List<RequestInput> inputs() {
        return inputs;
    }

    /** The event's {@code input.source}: {@code query}, {@code form}, {@code path}, {@code header}, {@code cookie} or {@code body}. */
    String eventSource(RequestInput input) {
        String source = eventSources.get(input);
        return source == null ? "other" : source;
    }

    private static SqlInputs build(RequestContext context, int bodySize) {
        Policy policy = context.policy();
        InputsConfig config = policy == null ? InputsConfig.DEFAULTS : policy.inputs();
        Builder builder = new Builder();
        parameters(builder, context.queryParameters(), "query");
        parameters(builder, context.formParameters(), "form");
        for (String segment : context.path().split("/")) {
            builder.add(InputSource.PATH, "path", segment, "path");
        }
        for (Map.Entry<String, List<String>> cookie : context.cookies().entrySet()) {
            for (String value : cookie.getValue()) {
                builder.add(InputSource.COOKIE, cookie.getKey(), value, "cookie");
            }
        }
        for (String header : config.headers()) {
            for (String value : context.headers(header)) {
                builder.add(InputSource.HEADER, header, value, "header");
            }
        }
        if (bodySize > 0) {
            byte[] body = context.body().bytes();
            String contentType = context.header("Content-Type");
            if (JsonBodyInputs.looksLikeJson(contentType, body)) {
                JsonBodyInputs.walk(body, (source, name, value) -> builder.add(source,
                        source == InputSource.JSON_KEY ? name + " (key)" : name, value, "body"));
            }
        }
        for (RequestInput input : context.frameworkInputs()) {
            // JAX-RS path parameters and deserialized entity values (issue 7).
            builder.add(input.source(), input.name(), input.value(), input.source() == InputSource.PATH ? "path" : "body");
        }
        return new SqlInputs(Collections.unmodifiableList(builder.inputs), builder.sources, bodySize);
    }

    private static void parameters(Builder builder, Map<String, List<String>> parameters, String eventSource) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            builder.add(InputSource.PARAMETER_NAME, name + " (name)", name, eventSource);
            InputSource source = "query".equals(eventSource) ? InputSource.QUERY : InputSource.FORM;
            for (String value : parameter.getValue()) {
                builder.add(source, name, value, eventSource);
            }
        }
    }

    private static final class Builder {
        final List<RequestInput> inputs = new ArrayList<>();
        final Map<RequestInput, String> sources = new IdentityHashMap<>();
        final Set<String> seen = new HashSet<>();

        void add(InputSource source, String name, String value, String eventSource) {
            if (value == null || value.isEmpty() || inputs.size() >= MAX_INPUTS) {
                return;
            }
            if (!seen.add(value)) {
                return;
            }
            RequestInput input = RequestInput.of(source, name, value);
            inputs.add(input);
            sources.put(input, eventSource);
        }
    }
}
