package dev.palisade.agent.runtime;

import dev.palisade.agent.context.RequestContext;
import dev.palisade.policy.Policy;

/**
 * First request step: takes the policy snapshot in force and resolves the rule for the request's
 * method and normalized path. The whole request then uses that one snapshot, so a reload in the
 * middle of a request never mixes two versions.
 */
public final class PolicyResolution implements RequestListener {

    private final PolicyRuntime policies;

    public PolicyResolution(PolicyRuntime policies) {
        this.policies = policies;
    }

    @Override
    public void onOpen(RequestContext context) {
        Policy policy = policies.current();
        context.applyPolicy(policy, policy.resolve(context.method(), context.path()));
    }
}
