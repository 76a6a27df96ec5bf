package dev.palisade.policy.validate;

import dev.palisade.policy.Quote;
import dev.palisade.policy.json.JsonArray;
import dev.palisade.policy.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads an {@code authentication} list of scheme names (in {@code defaults} or a rule) and checks
 * that each name is defined, once.
 */
final class SchemeListReader {

    private SchemeListReader() {
    }

    /** The names, or {@code null} when the value is not an array. */
    static List<String> read(JsonValue value, String path, Set<String> definedNames, Diagnostics diagnostics) {
        JsonArray array = Values.array(value, path, diagnostics);
        if (array == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < array.elements().size(); i++) {
            JsonValue element = array.elements().get(i);
            String elementPath = JsonPaths.element(path, i);
            String name = Values.string(element, elementPath, diagnostics);
            if (name == null) {
                continue;
            }
            if (names.contains(name)) {
                diagnostics.error(element, elementPath, "scheme " + Quote.of(name) + " is listed twice");
            } else if (!definedNames.contains(name)) {
                diagnostics.error(element, elementPath, "no authentication scheme named " + Quote.of(name),
                        suggestion(name, definedNames));
            }
            names.add(name);
        }
        return names;
    }

    private static String suggestion(String name, Set<String> definedNames) {
        if (definedNames.isEmpty()) {
            return "define it under authentication.schemes";
        }
        String closest = Suggestions.didYouMean(name, definedNames);
        return closest != null ? closest : "defined schemes: " + String.join(", ", definedNames);
    }
}
