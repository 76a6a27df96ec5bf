package dev.palisade.agent.client;

import dev.palisade.agent.context.RequestContext;
import dev.palisade.agent.runtime.RequestListener;
import dev.palisade.policy.Policy;

/**
 * Request step right after policy resolution: sets the client address that events, metrics and
 * logs use (see {@link ClientAddresses}). Forwarding headers are read only when the socket peer is
 * one of the policy's {@code trustedProxies}, which is the rare case; otherwise nothing is read.
 */
public final class ClientAddressResolution implements RequestListener {

    @Override
    public void onOpen(RequestContext context) {
        Policy policy = context.policy();
        if (policy == null || policy.trustedProxies().isEmpty()) {
            return;
        }
        String peer = context.clientAddress();
        if (!policy.trustedProxies().isTrusted(peer)) {
            return;
        }
        context.clientAddress(ClientAddresses.resolve(peer, policy.trustedProxies(),
                context.headers("X-Forwarded-For"), context.headers("Forwarded")));
    }
}
