package dev.palisade.agent.inspect;

import java.util.List;
import java.util.Map;

import dev.palisade.agent.context.RequestContext;
import dev.palisade.policy.InputsConfig;

/**
 * Enumerates the request inputs known before the application runs: query parameter names and
 * values, path segments, cookie values and the headers the policy lists in {@code inputs.headers}.
 * The body is not among them: it is read by the application, never by the agent on its behalf.
 */
final class EntryInputs {

    /** Receives one input. */
    interface Visitor {
        /** @return {@code false} to stop the enumeration */
        boolean visit(String source, String name, String value);
    }

    private EntryInputs() {
    }

    static void forEach(RequestContext context, InputsConfig config, Visitor visitor) {
        for (Map.Entry<String, List<String>> parameter : context.queryParameters().entrySet()) {
            if (!visitor.visit("query.name", parameter.getKey(), parameter.getKey())) {
                return;
            }
            for (String value : parameter.getValue()) {
                if (!visitor.visit("query", parameter.getKey(), value)) {
                    return;
                }
            }
        }
        String path = context.path();
        int start = 1;
        while (start < path.length()) {
            int slash = path.indexOf('/', start);
            int end = slash < 0 ? path.length() : slash;
            if (end > start && !visitor.visit("path", "segment", path.substring(start, end))) {
                return;
            }
            start = end + 1;
        }
        for (Map.Entry<String, List<String>> cookie : context.cookies().entrySet()) {
            for (String value : cookie.getValue()) {
                if (!visitor.visit("cookie", cookie.getKey(), value)) {
                    return;
                }
            }
        }
        for (String header : config.headers()) {
            for (String value : context.headers(header)) {
                if (!visitor.visit("header", header, value)) {
                    return;
                }
            }
        }
    }
}
