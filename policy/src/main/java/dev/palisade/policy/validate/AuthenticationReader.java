package dev.palisade.policy.validate;

import dev.palisade.policy.ApiKeyLocation;
import dev.palisade.policy.AuthScheme;
import dev.palisade.policy.Quote;
import dev.palisade.policy.json.JsonMember;
import dev.palisade.policy.json.JsonObject;
import dev.palisade.policy.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the top-level {@code authentication} object: named schemes and {@code allowCorsPreflight}. */
final class AuthenticationReader {

    static final List<String> KEYS = List.of("schemes", "allowCorsPreflight");
    private static final List<String> SCHEME_KEYS = List.of("type", "scheme", "in", "name", "description");
    private static final List<String> HTTP_KEYS = List.of("type", "scheme", "description");
    private static final List<String> API_KEY_KEYS = List.of("type", "in", "name", "description");

    /** The schemes that are valid, and every name defined (valid or not, to avoid cascading errors). */
    final Map<String, AuthScheme> schemes = new LinkedHashMap<>();
    final Set<String> definedNames = new LinkedHashSet<>();
    boolean allowCorsPreflight = true;

    private final Diagnostics diagnostics;

    AuthenticationReader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    void read(JsonValue value) {
        ObjectReader authentication = ObjectReader.open(value, "authentication", KEYS, diagnostics);
        if (authentication == null) {
            return;
        }
        Boolean preflight = authentication.bool("allowCorsPreflight");
        if (preflight != null) {
            allowCorsPreflight = preflight;
        }
        JsonValue schemesValue = authentication.get("schemes");
        if (schemesValue == null) {
            return;
        }
        String schemesPath = authentication.path("schemes");
        if (schemesValue.kind() != JsonValue.Kind.OBJECT) {
            diagnostics.error(schemesValue, schemesPath, "expected an object mapping scheme names to schemes, found "
                    + Values.found(schemesValue));
            return;
        }
        JsonObject schemesObject = (JsonObject) schemesValue;
        for (JsonMember duplicate : schemesObject.duplicates()) {
            diagnostics.add(Severity.ERROR, duplicate.keyLine(), duplicate.keyColumn(), schemesPath,
                    "scheme " + Quote.of(duplicate.key()) + " is defined twice", null);
        }
        for (JsonMember member : schemesObject.members()) {
            definedNames.add(member.key());
            String path = JsonPaths.child(schemesPath, member.key());
            if (!SchemeNames.isValid(member.key())) {
                diagnostics.add(Severity.ERROR, member.keyLine(), member.keyColumn(), path,
                        "scheme name " + Quote.of(member.key())
                                + " may contain only letters, digits, \".\", \"_\" and \"-\"", null);
                continue;
            }
            AuthScheme scheme = scheme(member.key(), member.value(), path);
            if (scheme != null) {
                schemes.put(member.key(), scheme);
            }
        }
    }

    private AuthScheme scheme(String name, JsonValue value, String path) {
        ObjectReader reader = ObjectReader.open(value, path, SCHEME_KEYS, diagnostics);
        if (reader == null) {
            return null;
        }
        reader.require("type");
        String type = reader.oneOf("type", List.of("http", "apiKey"));
        String description = reader.string("description");
        if (type == null) {
            return null;
        }
        boolean http = type.equals("http");
        List<String> allowed = http ? HTTP_KEYS : API_KEY_KEYS;
        for (JsonMember member : reader.object().members()) {
            if (SCHEME_KEYS.contains(member.key()) && !allowed.contains(member.key())) {
                diagnostics.add(Severity.ERROR, member.keyLine(), member.keyColumn(), path,
                        "key \"" + member.key() + "\" is not allowed for a scheme of type \"" + type + "\"",
                        "allowed keys: " + String.join(", ", allowed));
            }
        }
        AuthScheme scheme = http ? httpScheme(name, reader) : apiKeyScheme(name, reader);
        return scheme == null ? null : scheme.withDescription(description);
    }

    private static AuthScheme httpScheme(String name, ObjectReader reader) {
        reader.require("scheme");
        String scheme = reader.oneOf("scheme", List.of("bearer", "basic"));
        if (scheme == null) {
            return null;
        }
        return scheme.equals("bearer") ? AuthScheme.bearer(name) : AuthScheme.basic(name);
    }

    private AuthScheme apiKeyScheme(String name, ObjectReader reader) {
        reader.require("in", "name");
        String in = reader.oneOf("in", List.of("header", "query", "cookie"));
        String parameter = reader.string("name");
        if (parameter != null && !SchemeNames.isToken(parameter)) {
            diagnostics.error(reader.get("name"), reader.path("name"), Quote.of(parameter)
                    + " is not a valid header, query parameter or cookie name "
                    + "(letters, digits and !#$%&'*+-.^_`|~ only)");
            return null;
        }
        if (in == null || parameter == null) {
            return null;
        }
        return AuthScheme.apiKey(name, ApiKeyLocation.fromJsonName(in), parameter);
    }
}
