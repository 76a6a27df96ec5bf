package dev.palisade.policy.validate;

import dev.palisade.policy.EndpointRule;
import dev.palisade.policy.InjectionOverride;
import dev.palisade.policy.InvalidPatternException;
import dev.palisade.policy.PathPattern;
import dev.palisade.policy.Quote;
import dev.palisade.policy.json.JsonArray;
import dev.palisade.policy.json.JsonValue;
import dev.palisade.policy.match.HttpMethods;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reads one entry of {@code endpoints}. */
final class EndpointReader {

    static final List<String> KEYS = List.of("path", "methods", "authentication", "injection", "description");

    private EndpointReader() {
    }

    /** The rule, or {@code null} when the entry has errors (they are recorded). */
    static EndpointRule read(JsonValue value, int index, Set<String> definedSchemes, Diagnostics diagnostics) {
        String path = JsonPaths.element("endpoints", index);
        ObjectReader reader = ObjectReader.open(value, path, KEYS, diagnostics);
        if (reader == null) {
            return null;
        }
        reader.require("path");
        boolean valid = true;
        PathPattern pattern = pattern(reader, diagnostics);
        Set<String> methods = null;
        if (reader.get("methods") != null) {
            methods = methods(reader.get("methods"), reader.path("methods"), diagnostics);
            valid = methods != null;
        }
        List<String> authentication = null;
        if (reader.get("authentication") != null) {
            authentication = SchemeListReader.read(reader.get("authentication"), reader.path("authentication"),
                    definedSchemes, diagnostics);
        }
        InjectionOverride injection = InjectionOverride.NONE;
        if (reader.get("injection") != null) {
            injection = InjectionReader.read(reader.get("injection"), reader.path("injection"), diagnostics);
        }
        String description = reader.string("description");
        if (!valid || pattern == null) {
            return null;
        }
        return new EndpointRule(index, pattern, methods, authentication, injection, description, value.line(),
                value.column());
    }

    private static PathPattern pattern(ObjectReader reader, Diagnostics diagnostics) {
        String text = reader.string("path");
        if (text == null) {
            return null;
        }
        try {
            return PathPattern.parse(text);
        } catch (InvalidPatternException e) {
            for (String problem : e.problems()) {
                diagnostics.error(reader.get("path"), reader.path("path"), problem);
            }
            return null;
        }
    }

    private static Set<String> methods(JsonValue value, String path, Diagnostics diagnostics) {
        JsonArray array = Values.array(value, path, diagnostics);
        if (array == null) {
            return null;
        }
        if (array.elements().isEmpty()) {
            diagnostics.error(value, path, "an empty methods list would never apply",
                    "remove \"methods\" to apply the rule to every method");
            return null;
        }
        Set<String> methods = new LinkedHashSet<>();
        boolean valid = true;
        for (int i = 0; i < array.elements().size(); i++) {
            JsonValue element = array.elements().get(i);
            String method = Values.oneOf(element, JsonPaths.element(path, i), HttpMethods.STANDARD, diagnostics);
            if (method == null) {
                valid = false;
            } else if (!methods.add(method)) {
                diagnostics.error(element, JsonPaths.element(path, i),
                        "method " + Quote.of(method) + " is listed twice");
                valid = false;
            }
        }
        return valid ? methods : null;
    }
}
