package dev.palisade.policy.validate;

import dev.palisade.policy.InputsConfig;
import dev.palisade.policy.Quote;
import dev.palisade.policy.TelemetryConfig;
import dev.palisade.policy.json.JsonArray;
import dev.palisade.policy.json.JsonValue;
import dev.palisade.policy.net.Cidr;
import dev.palisade.policy.net.TrustedProxies;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads the operational objects: {@code inputs}, {@code telemetry} and {@code trustedProxies}. */
final class SettingsReader {

    static final List<String> INPUTS_KEYS = List.of("headers", "maxBodyBytes", "maxInspectBytes");
    static final List<String> TELEMETRY_KEYS = List.of("file", "intervalSeconds", "maxFileMB", "maxFiles",
            "maxRoutes", "maxValueLength");
    /** Upper bound for the byte caps: 16 MiB. Larger captures belong in an application, not an agent. */
    static final int MAX_CAPTURE_BYTES = 16 * 1024 * 1024;

    private SettingsReader() {
    }

    static InputsConfig inputs(JsonValue value, Diagnostics diagnostics) {
        ObjectReader reader = ObjectReader.open(value, "inputs", INPUTS_KEYS, diagnostics);
        if (reader == null) {
            return InputsConfig.DEFAULTS;
        }
        List<String> headers = new ArrayList<>();
        JsonValue headersValue = reader.get("headers");
        JsonArray array = headersValue == null ? null : Values.array(headersValue, reader.path("headers"), diagnostics);
        if (array != null) {
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < array.elements().size(); i++) {
                JsonValue element = array.elements().get(i);
                String path = JsonPaths.element(reader.path("headers"), i);
                String header = Values.string(element, path, diagnostics);
                if (header == null) {
                    continue;
                }
                if (!SchemeNames.isToken(header)) {
                    diagnostics.error(element, path, Quote.of(header) + " is not a valid header name");
                    continue;
                }
                Integer earlier = seen.putIfAbsent(header.toLowerCase(Locale.ROOT), i);
                if (earlier != null) {
                    diagnostics.error(element, path, "header " + Quote.of(header) + " is already listed at "
                            + JsonPaths.element(reader.path("headers"), earlier) + " (header names ignore case)");
                    continue;
                }
                headers.add(header);
            }
        }
        int maxBody = reader.integer("maxBodyBytes", 0, MAX_CAPTURE_BYTES, InputsConfig.DEFAULT_MAX_BYTES);
        int maxInspect = reader.integer("maxInspectBytes", 1, MAX_CAPTURE_BYTES, InputsConfig.DEFAULT_MAX_BYTES);
        return new InputsConfig(headers, maxBody, maxInspect);
    }

    static TelemetryConfig telemetry(JsonValue value, Path policyDirectory, Diagnostics diagnostics) {
        ObjectReader reader = ObjectReader.open(value, "telemetry", TELEMETRY_KEYS, diagnostics);
        if (reader == null) {
            return TelemetryConfig.defaults(policyDirectory);
        }
        String file = reader.string("file");
        Path resolved = null;
        if (file != null) {
            resolved = resolve(policyDirectory, file, reader, diagnostics);
        }
        if (resolved == null) {
            file = TelemetryConfig.DEFAULT_FILE;
            resolved = policyDirectory.resolve(file);
        }
        return new TelemetryConfig(file, resolved,
                reader.integer("intervalSeconds", 1, 86400, TelemetryConfig.DEFAULT_INTERVAL_SECONDS),
                reader.integer("maxFileMB", 1, 102400, TelemetryConfig.DEFAULT_MAX_FILE_MB),
                reader.integer("maxFiles", 1, 1000, TelemetryConfig.DEFAULT_MAX_FILES),
                reader.integer("maxRoutes", 1, 1000000, TelemetryConfig.DEFAULT_MAX_ROUTES),
                reader.integer("maxValueLength", 1, 65536, TelemetryConfig.DEFAULT_MAX_VALUE_LENGTH));
    }

    private static Path resolve(Path directory, String file, ObjectReader reader, Diagnostics diagnostics) {
        if (file.isEmpty()) {
            diagnostics.error(reader.get("file"), reader.path("file"), "file must not be empty",
                    "remove the key to use \"" + TelemetryConfig.DEFAULT_FILE + "\"");
            return null;
        }
        try {
            return directory.resolve(file).normalize();
        } catch (InvalidPathException e) {
            diagnostics.error(reader.get("file"), reader.path("file"), Quote.of(file) + " is not a valid path: "
                    + e.getReason());
            return null;
        }
    }

    static TrustedProxies trustedProxies(JsonValue value, Diagnostics diagnostics) {
        JsonArray array = Values.array(value, "trustedProxies", diagnostics);
        if (array == null) {
            return TrustedProxies.NONE;
        }
        List<Cidr> networks = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < array.elements().size(); i++) {
            JsonValue element = array.elements().get(i);
            String path = JsonPaths.element("trustedProxies", i);
            String text = Values.string(element, path, diagnostics);
            if (text == null) {
                continue;
            }
            if (texts.contains(text)) {
                diagnostics.error(element, path, Quote.of(text) + " is listed twice");
                continue;
            }
            texts.add(text);
            try {
                Cidr cidr = Cidr.parse(text);
                if (cidr.hadHostBits()) {
                    diagnostics.warning(element, path, Quote.of(text) + " has address bits set beyond the /"
                            + cidr.prefixLength() + " prefix; they are ignored");
                }
                networks.add(cidr);
            } catch (IllegalArgumentException e) {
                diagnostics.error(element, path, "invalid CIDR " + Quote.of(text) + ": " + e.getMessage(),
                        "write an address with an optional prefix length, e.g. \"10.0.0.0/8\" or \"fd00::/8\"");
            }
        }
        return new TrustedProxies(networks);
    }
}
