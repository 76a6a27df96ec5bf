package dev.palisade.agent.jdbc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
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
    /** Source names for events (query, form, path, header, cookie, body), index-aligned with {@link #inputs}. */
    private final List<String> eventSources;
    private final int bodySize;

    private SqlInputs(List<RequestInput> inputs, List<String> eventSources, int bodySize) {
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
        // Only asked for a finding, so a scan by identity beats a map built for every request.
        for (int i = 0; i < inputs.size(); i++) {
            if (inputs.get(i) == input) {
                return eventSources.get(i);
            }
        }
        return "other";
    }

    private static SqlInputs build(RequestContext context, int bodySize) {
        Policy policy = context.policy();
        InputsConfig config = policy == null ? InputsConfig.DEFAULTS : policy.inputs();
        Builder builder = new Builder();
        parameters(builder, context.queryParameters(), "query");
        parameters(builder, context.formParameters(), "form");
        String path = context.path();
        for (int start = 0, end; start < path.length(); start = end + 1) {
            end = path.indexOf('/', start);
            if (end < 0) {
                end = path.length();
            }
            if (end > start) {
                builder.add(InputSource.PATH, "path", path.substring(start, end), "path");
            }
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
        if (parameters.isEmpty()) {
            return;
        }
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            builder.add(InputSource.PARAMETER_NAME, name + " (name)", name, eventSource);
            InputSource source = "query".equals(eventSource) ? InputSource.QUERY : InputSource.FORM;
            for (String value : parameter.getValue()) {
                builder.add(source, name, value, eventSource);
            }
        }
    }

    /**
     * Collects distinct values in order. A typical request has a handful of inputs, so duplicates
     * are found by a scan until {@value #SCAN_LIMIT} inputs, and by a hash set only beyond that.
     */
    private static final class Builder {
        static final int SCAN_LIMIT = 16;

        final List<RequestInput> inputs = new ArrayList<>();
        final List<String> sources = new ArrayList<>();
        Set<String> seen;

        void add(InputSource source, String name, String value, String eventSource) {
            if (value == null || value.isEmpty() || inputs.size() >= MAX_INPUTS || !firstTime(value)) {
                return;
            }
            inputs.add(RequestInput.of(source, name, value));
            sources.add(eventSource);
        }

        private boolean firstTime(String value) {
            if (seen != null) {
                return seen.add(value);
            }
            int count = inputs.size();
            for (int i = 0; i < count; i++) {
                if (inputs.get(i).value().equals(value)) {
                    return false;
                }
            }
            if (count + 1 >= SCAN_LIMIT) {
                seen = new HashSet<>(4 * SCAN_LIMIT);
                for (int i = 0; i < count; i++) {
                    seen.add(inputs.get(i).value());
                }
                seen.add(value);
            }
            return true;
        }
    }
}
