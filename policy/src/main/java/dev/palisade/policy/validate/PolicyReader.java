package dev.palisade.policy.validate;

import dev.palisade.policy.Defaults;
import dev.palisade.policy.EndpointRule;
import dev.palisade.policy.InjectionOverride;
import dev.palisade.policy.Mode;
import dev.palisade.policy.Policy;
import dev.palisade.policy.json.JsonArray;
import dev.palisade.policy.json.JsonObject;
import dev.palisade.policy.json.JsonScalar;
import dev.palisade.policy.json.JsonValue;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a parsed policy document into a {@link Policy}, reporting every problem on the way rather
 * than stopping at the first: unknown keys, types, values, references between parts, and the
 * rule-set checks (duplicates as errors; shadowed and risky public rules as warnings).
 */
final class PolicyReader {

    static final List<String> KEYS = List.of("$schema", "version", "mode", "authentication", "defaults",
            "endpoints", "trustedProxies", "inputs", "telemetry");
    static final List<String> DEFAULTS_KEYS = List.of("authentication", "injection");

    private final Diagnostics diagnostics;
    private final Path source;

    PolicyReader(Diagnostics diagnostics, Path source) {
        this.diagnostics = diagnostics;
        this.source = source;
    }

    /** The policy, or {@code null} when any error was recorded. */
    Policy read(JsonValue root, String sha256) {
        ObjectReader top = ObjectReader.open(root, "", KEYS, diagnostics);
        if (top == null) {
            return null;
        }
        top.require("version");
        top.string("$schema");
        checkVersion(top.get("version"));
        Policy.Builder builder = Policy.builder().source(source, sha256);
        readMode(top, builder);

        AuthenticationReader authentication = new AuthenticationReader(diagnostics);
        if (top.get("authentication") != null) {
            authentication.read(top.get("authentication"));
        }
        authentication.schemes.values().forEach(builder::scheme);
        builder.allowCorsPreflight(authentication.allowCorsPreflight);
        if (top.get("defaults") != null) {
            builder.defaults(defaults(top.get("defaults"), authentication));
        }
        List<EndpointRule> rules = new ArrayList<>();
        List<JsonValue> pathValues = new ArrayList<>();
        if (top.get("endpoints") != null) {
            readEndpoints(top.get("endpoints"), authentication, rules, pathValues);
        }
        if (top.get("trustedProxies") != null) {
            builder.trustedProxies(SettingsReader.trustedProxies(top.get("trustedProxies"), diagnostics));
        }
        if (top.get("inputs") != null) {
            builder.inputs(SettingsReader.inputs(top.get("inputs"), diagnostics));
        }
        if (top.get("telemetry") != null) {
            builder.telemetry(SettingsReader.telemetry(top.get("telemetry"), Policy.directoryOf(source), diagnostics));
        }
        RuleSetChecks checks = new RuleSetChecks(rules, pathValues, diagnostics);
        checks.reportDuplicates();
        if (diagnostics.hasErrors()) {
            return null;
        }
        rules.forEach(builder::endpoint);
        Policy policy = builder.build();
        checks.reportRiskyPublicRules(policy);
        checks.reportShadowedRules(policy);
        return policy;
    }

    private void checkVersion(JsonValue version) {
        if (version == null) {
            return;
        }
        if (version.kind() != JsonValue.Kind.NUMBER) {
            boolean quoted = version.kind() == JsonValue.Kind.STRING && "1".equals(((JsonScalar) version).text());
            diagnostics.error(version, "version", "expected the number 1, found " + Values.found(version),
                    quoted ? "write 1 without quotes" : null);
        } else if (((JsonScalar) version).number().compareTo(BigDecimal.ONE) != 0) {
            diagnostics.error(version, "version", "unsupported version " + ((JsonScalar) version).text()
                    + "; this Palisade reads version 1");
        }
    }

    private void readMode(ObjectReader top, Policy.Builder builder) {
        String mode = top.oneOf("mode", InjectionReader.MODES);
        if (mode == null) {
            return;
        }
        builder.mode(Mode.fromJsonName(mode));
        if (mode.equals("off")) {
            diagnostics.warning(top.get("mode"), "mode",
                    "mode \"off\" disables every check: nothing is blocked or reported, only telemetry is recorded");
        }
    }

    private Defaults defaults(JsonValue value, AuthenticationReader authentication) {
        ObjectReader reader = ObjectReader.open(value, "defaults", DEFAULTS_KEYS, diagnostics);
        if (reader == null) {
            return Defaults.NONE;
        }
        List<String> schemes = null;
        if (reader.get("authentication") != null) {
            schemes = SchemeListReader.read(reader.get("authentication"), reader.path("authentication"),
                    authentication.definedNames, diagnostics);
        }
        InjectionOverride injection = InjectionOverride.NONE;
        if (reader.get("injection") != null) {
            injection = InjectionReader.read(reader.get("injection"), reader.path("injection"), diagnostics);
        }
        return new Defaults(schemes, injection);
    }

    private void readEndpoints(JsonValue value, AuthenticationReader authentication, List<EndpointRule> rules,
            List<JsonValue> pathValues) {
        JsonArray array = Values.array(value, "endpoints", diagnostics);
        if (array == null) {
            return;
        }
        for (int i = 0; i < array.elements().size(); i++) {
            JsonValue element = array.elements().get(i);
            EndpointRule rule = EndpointReader.read(element, i, authentication.definedNames, diagnostics);
            if (rule != null) {
                rules.add(rule);
                pathValues.add(((JsonObject) element).get("path"));
            }
        }
    }
}
