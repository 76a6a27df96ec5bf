package dev.palisade.policy.net;

import java.util.List;

/**
 * The policy's {@code trustedProxies}: peers whose {@code X-Forwarded-For} / {@code Forwarded}
 * headers are believed. Empty by default, so a client-supplied header never changes the client
 * address unless the operator names the proxies in front of the service. Immutable.
 */
public final class TrustedProxies {

    /** Trusts nobody. */
    public static final TrustedProxies NONE = new TrustedProxies(List.of());

    private final List<Cidr> networks;

    /** @param networks the trusted networks */
    public TrustedProxies(List<Cidr> networks) {
        this.networks = List.copyOf(networks);
    }

    /** The networks as listed. */
    public List<Cidr> networks() {
        return networks;
    }

    /** Whether no proxy is trusted. */
    public boolean isEmpty() {
        return networks.isEmpty();
    }

    /**
     * Whether the peer address {@code address} (as a container reports it, e.g.
     * {@code getRemoteAddr()}) is a trusted proxy. Anything that is not an IP literal is not trusted;
     * no DNS lookup ever happens.
     */
    public boolean isTrusted(String address) {
        if (networks.isEmpty() || address == null) {
            return false;
        }
        byte[] bytes = IpLiteral.parsePeer(address);
        if (bytes == null) {
            return false;
        }
        for (Cidr network : networks) {
            if (network.contains(bytes)) {
                return true;
            }
        }
        return false;
    }
}
