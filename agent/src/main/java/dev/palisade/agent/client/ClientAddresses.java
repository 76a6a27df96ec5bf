package dev.palisade.agent.client;

import java.util.List;

import dev.palisade.policy.net.IpLiteral;
import dev.palisade.policy.net.TrustedProxies;

/**
 * Decides the client address of a request: the socket peer, unless the peer is a trusted proxy,
 * in which case the forwarding headers are believed as far as trusted proxies wrote them.
 *
 * <p>The walk goes from the right (the hop the nearest proxy added) to the left: trusted hops are
 * skipped, and the first untrusted address is the client. Everything left of it was written by
 * the client and is never believed. A hop that is not an IP address stops the walk at the last
 * trusted hop. When every hop is trusted, the left-most one is the client.
 *
 * <p>{@code X-Forwarded-For} and {@code Forwarded} are both read. A proxy usually writes only one
 * of them and passes the other through from the client untouched, so when both are present and
 * they disagree, neither is believed and the peer (a trusted proxy) is reported: a client cannot
 * pick its address by sending the header its proxy does not manage.
 */
public final class ClientAddresses {

    private ClientAddresses() {
    }

    /** The client address for a request from {@code peer} with these header values. */
    public static String resolve(String peer, TrustedProxies trusted, List<String> xForwardedFor,
            List<String> forwarded) {
        if (trusted.isEmpty() || peer == null || !trusted.isTrusted(peer)
                || (xForwardedFor.isEmpty() && forwarded.isEmpty())) {
            return peer;
        }
        String fromXff = xForwardedFor.isEmpty() ? null
                : walk(ForwardingHeaders.xForwardedFor(xForwardedFor), peer, trusted);
        String fromForwarded = forwarded.isEmpty() ? null
                : walk(ForwardingHeaders.forwarded(forwarded), peer, trusted);
        if (fromXff != null && fromForwarded != null) {
            return fromXff.equals(fromForwarded) ? fromXff : peer;
        }
        return fromXff != null ? fromXff : fromForwarded;
    }

    private static String walk(List<String> hops, String peer, TrustedProxies trusted) {
        String last = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (hop.isEmpty() || IpLiteral.parsePeer(hop) == null) {
                return last;
            }
            if (!trusted.isTrusted(hop)) {
                return hop;
            }
            last = hop;
        }
        return last;
    }
}
