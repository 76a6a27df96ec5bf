package dev.palisade.agent.auth;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.palisade.agent.context.RequestContext;
import dev.palisade.agent.log.LogText;
import dev.palisade.agent.runtime.RequestListener;
import dev.palisade.agent.telemetry.AgentTelemetry;
import dev.palisade.policy.AuthScheme;
import dev.palisade.policy.Mode;
import dev.palisade.policy.Policy;
import dev.palisade.policy.match.ResolvedRule;
import dev.palisade.telemetry.record.Evidence;

/**
 * Request step: before the application runs, a required credential must be present and
 * well-formed (see {@link AuthenticationDecision}). When it is not:
 * <ul>
 *   <li>{@code block}: the agent answers 401 (see {@link UnauthorizedResponse}), the application
 *       is skipped, the request counts as blocked ({@code authentication.missing}) and a
 *       {@code security} event with action {@code blocked} is written;</li>
 *   <li>{@code monitor}: the request goes on unchanged and the event says {@code monitored}. The
 *       request is <em>not</em> counted under the endpoint record's {@code blocked}, which means
 *       requests Palisade stopped; would-have-blocked counts come from the events (the report's
 *       {@code monitored} column);</li>
 *   <li>{@code off}: nothing.</li>
 * </ul>
 * Every request, public or not, is told whether it carried any credential the policy knows
 * (telemetry's {@code unauthenticated_2xx}). Credential values never leave this class: events
 * name the accepted schemes and what was found ("malformed"), never a value.
 */
public final class AuthenticationCheck implements RequestListener {

    /** The block reason and security event name. */
    public static final String EVENT = "authentication.missing";

    private static final Logger LOG = LoggerFactory.getLogger(AuthenticationCheck.class);

    private final AgentTelemetry telemetry;
    private volatile KnownCredentials known;

    public AuthenticationCheck(AgentTelemetry telemetry) {
        this.telemetry = telemetry;
    }

    @Override
    public void onOpen(RequestContext context) {
        Policy policy = context.policy();
        ResolvedRule rule = context.rule();
        if (policy == null || rule == null) {
            return;
        }
        CredentialSource credentials = new ContextCredentials(context);
        context.credentialsPresent(knownCredentials(policy).anyPresent(credentials));
        AuthenticationDecision decision = AuthenticationDecision.decide(policy, rule, context.method(),
                context.path(), context.rawUri(), credentials);
        if (decision.satisfied()) {
            return;
        }
        ResolvedRule unmet = decision.unmetRule();
        if (unmet != rule) {
            // Another reading of the path named a stricter rule: that rule is what applies now,
            // for the event's policy.endpoint and for the endpoint metrics.
            context.applyPolicy(policy, unmet);
        }
        boolean block = unmet.authenticationAction() == Mode.BLOCK;
        if (block) {
            context.blocked(EVENT);
        }
        telemetry.security(context, EVENT, block, evidence(unmet, decision, credentials));
        if (LOG.isDebugEnabled()) {
            LOG.debug("authentication missing id={} action={} rule={} reading={}", context.id(),
                    block ? "blocked" : "monitored", LogText.escape(String.valueOf(unmet.pattern())),
                    decision.pathReading());
        }
        if (block) {
            context.respondJson(UnauthorizedResponse.STATUS, UnauthorizedResponse.headers(unmet),
                    UnauthorizedResponse.body(context.id()));
        }
    }

    private KnownCredentials knownCredentials(Policy policy) {
        KnownCredentials current = known;
        if (current == null || current.policy() != policy) {
            // A reload swapped the snapshot: rebuild once; a race only builds it twice.
            current = new KnownCredentials(policy);
            known = current;
        }
        return current;
    }

    /** Which schemes were accepted and what was found for each — names and shapes, never values. */
    private Evidence evidence(ResolvedRule unmet, AuthenticationDecision decision, CredentialSource credentials) {
        Evidence evidence = telemetry.evidence();
        if (evidence == null) {
            return null;
        }
        List<String> accepted = new ArrayList<>();
        Map<String, String> found = new LinkedHashMap<>();
        for (AuthScheme scheme : unmet.authentication()) {
            accepted.add(scheme.name());
            Finding finding = SchemePresence.inspect(scheme, credentials);
            if (finding != Finding.ABSENT) {
                found.put(scheme.name(), finding.description());
            }
        }
        evidence.put("schemes.accepted", accepted);
        evidence.put("credentials", found.isEmpty() ? "missing" : "malformed");
        if (!found.isEmpty()) {
            evidence.put("found", found);
        }
        if (!AuthenticationDecision.CONTAINER_PATH.equals(decision.pathReading())) {
            evidence.put("path.reading", decision.pathReading());
        }
        return evidence;
    }
}
