package dev.palisade.policy.cli;

import dev.palisade.policy.AuthScheme;
import dev.palisade.policy.EndpointRule;
import dev.palisade.policy.InjectionCategory;
import dev.palisade.policy.Mode;
import dev.palisade.policy.Policy;
import dev.palisade.policy.Quote;
import dev.palisade.policy.match.Precedence;
import dev.palisade.policy.match.ResolvedRule;
import java.util.ArrayList;
import java.util.List;

/** The text {@code explain} prints for one request: rule, reasons, and effective settings. */
final class ExplainReport {

    private static final String INDENT = "                  ";

    private ExplainReport() {
    }

    static List<String> lines(Policy policy, String method, String path) {
        List<String> lines = new ArrayList<>();
        ResolvedRule resolved = policy.resolve(method, path);
        lines.add(label("policy") + policy.source() + " (mode " + policy.mode().jsonName() + ", sha256 "
                + policy.sha256().substring(0, 12) + "...)");
        lines.add(label("request") + Quote.controlCharacters(method + " " + path));
        if (resolved.isDefault()) {
            lines.add(label("rule") + "none; no endpoint rule matches, so the defaults apply");
        } else {
            EndpointRule rule = resolved.rule();
            lines.add(label("rule") + rule.label() + " (line " + rule.line() + ")");
        }
        addReasons(lines, policy, resolved, method, path);
        addAuthentication(lines, resolved);
        lines.add(label("injection") + resolved.injection() + injectionSource(policy, resolved));
        lines.add(label("mode") + policy.mode().jsonName() + modeNote(policy.mode()));
        lines.add(label("effect") + effect(resolved));
        return lines;
    }

    private static void addReasons(List<String> lines, Policy policy, ResolvedRule resolved, String method,
            String path) {
        List<EndpointRule> losers = new ArrayList<>();
        List<EndpointRule> otherMethods = new ArrayList<>();
        for (EndpointRule candidate : policy.matcher().rulesMatchingPath(path)) {
            if (candidate == resolved.rule()) {
                continue;
            }
            if (candidate.appliesTo(method)) {
                losers.add(candidate);
            } else {
                otherMethods.add(candidate);
            }
        }
        if (resolved.isDefault()) {
            lines.add(label("why") + (otherMethods.isEmpty() ? "no pattern matches this path"
                    : "the rules matching this path do not apply to " + Quote.of(method)));
        } else if (losers.isEmpty()) {
            lines.add(label("why") + "the only rule that matches this request");
        } else {
            lines.add(label("why") + "most specific of " + (losers.size() + 1) + " rules matching this request:");
            for (EndpointRule loser : losers) {
                lines.add(INDENT + "beats " + loser.label() + ": " + Precedence.reason(resolved.rule(), loser));
            }
        }
        for (EndpointRule skipped : otherMethods) {
            lines.add(INDENT + "skipped " + skipped.label() + ": matches the path but not method "
                    + Quote.of(method));
        }
    }

    private static void addAuthentication(List<String> lines, ResolvedRule resolved) {
        String source;
        switch (resolved.authenticationSource()) {
            case RULE:
                source = "set by the rule";
                break;
            case DEFAULTS:
                source = "from defaults.authentication";
                break;
            default:
                source = "neither the rule nor defaults set authentication";
                break;
        }
        if (!resolved.requiresAuthentication()) {
            lines.add(label("authentication") + "none required, public (" + source + ")");
            return;
        }
        lines.add(label("authentication") + "one of these is required (" + source + "):");
        for (AuthScheme scheme : resolved.authentication()) {
            lines.add(INDENT + "  " + scheme.name() + ": " + scheme.requirement());
        }
        lines.add(INDENT + "CORS preflight: " + (resolved.allowCorsPreflight() ? "passes without credentials"
                : "needs credentials too (authentication.allowCorsPreflight is false)"));
    }

    private static String injectionSource(Policy policy, ResolvedRule resolved) {
        boolean ruleSets = !resolved.isDefault() && !resolved.rule().injection().isEmpty();
        boolean defaultsSet = !policy.defaults().injection().isEmpty();
        if (ruleSets) {
            return defaultsSet ? " (rule overrides defaults)" : " (rule overrides built-in defaults)";
        }
        return defaultsSet ? " (from defaults)" : " (built-in defaults)";
    }

    private static String modeNote(Mode mode) {
        switch (mode) {
            case MONITOR:
                return " (everything is reported, nothing is blocked)";
            case OFF:
                return " (no checks)";
            default:
                return "";
        }
    }

    private static String effect(ResolvedRule resolved) {
        String authentication;
        switch (resolved.authenticationAction()) {
            case BLOCK:
                authentication = "a request without one of these credentials gets 401";
                break;
            case MONITOR:
                authentication = "a request without credentials is reported, not refused";
                break;
            default:
                authentication = "no credential check";
        }
        return authentication + "; SQL injection at JDBC: " + resolved.sqlAction().jsonName()
                + "; input inspection: " + inputActions(resolved);
    }

    private static String inputActions(ResolvedRule resolved) {
        StringBuilder text = new StringBuilder();
        Mode first = null;
        boolean uniform = true;
        for (InjectionCategory category : InjectionCategory.values()) {
            Mode action = resolved.inputAction(category);
            uniform &= first == null || first == action;
            first = first == null ? action : first;
            text.append(text.length() == 0 ? "" : ", ").append(category.jsonName()).append(' ')
                    .append(action.jsonName());
        }
        return uniform ? first.jsonName() : text.toString();
    }

    private static String label(String name) {
        return (name + ":" + INDENT).substring(0, INDENT.length());
    }
}
