package dev.palisade.policy.validate;

import dev.palisade.policy.InjectionCategory;
import dev.palisade.policy.InjectionOverride;
import dev.palisade.policy.Mode;
import dev.palisade.policy.json.JsonValue;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an {@code injection} object (in {@code defaults} or a rule). {@code input} is either one
 * mode for every category or an object with a mode per category.
 */
final class InjectionReader {

    static final List<String> KEYS = List.of("sql", "input", "allowFullQueryInput");
    static final List<String> MODES = List.of("block", "monitor", "off");
    static final List<String> CATEGORIES = List.of("sqli", "xss", "cmdi", "path");

    private InjectionReader() {
    }

    static InjectionOverride read(JsonValue value, String path, Diagnostics diagnostics) {
        ObjectReader reader = ObjectReader.open(value, path, KEYS, diagnostics);
        if (reader == null) {
            return InjectionOverride.NONE;
        }
        String sql = reader.oneOf("sql", MODES);
        Boolean allowFullQueryInput = reader.bool("allowFullQueryInput");
        Map<InjectionCategory, Mode> input = new EnumMap<>(InjectionCategory.class);
        JsonValue inputValue = reader.get("input");
        if (inputValue != null) {
            readInput(inputValue, reader.path("input"), input, diagnostics);
        }
        return new InjectionOverride(sql == null ? null : Mode.fromJsonName(sql), input, allowFullQueryInput);
    }

    private static void readInput(JsonValue value, String path, Map<InjectionCategory, Mode> input,
            Diagnostics diagnostics) {
        if (value.kind() == JsonValue.Kind.STRING) {
            String mode = Values.oneOf(value, path, MODES, diagnostics);
            if (mode != null) {
                for (InjectionCategory category : InjectionCategory.values()) {
                    input.put(category, Mode.fromJsonName(mode));
                }
            }
            return;
        }
        if (value.kind() != JsonValue.Kind.OBJECT) {
            diagnostics.error(value, path, "expected \"block\", \"monitor\", \"off\" or an object with a mode per "
                    + "category (sqli, xss, cmdi, path), found " + Values.found(value));
            return;
        }
        ObjectReader categories = ObjectReader.open(value, path, CATEGORIES, diagnostics);
        for (String key : CATEGORIES) {
            String mode = categories.oneOf(key, MODES);
            if (mode != null) {
                input.put(InjectionCategory.fromJsonName(key), Mode.fromJsonName(mode));
            }
        }
    }
}
