package dev.palisade.agent.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.palisade.policy.net.Cidr;
import dev.palisade.policy.net.TrustedProxies;

class ClientAddressesTest {

    private static final TrustedProxies PROXIES = new TrustedProxies(List.of(Cidr.parse("10.0.0.0/8"), Cidr.parse("fd00::/8")));

    private static String resolve(String peer, List<String> xff, List<String> forwarded) {
        return ClientAddresses.resolve(peer, PROXIES, xff, forwarded);
    }

    @Test
    void ignoresForwardingHeadersFromAnUntrustedPeer() {
        assertEquals("203.0.113.9", resolve("203.0.113.9", List.of("1.2.3.4"), List.of("for=1.2.3.4")));
        assertEquals("203.0.113.9", ClientAddresses.resolve("203.0.113.9", TrustedProxies.NONE, List.of("1.2.3.4"), List.of()));
    }

    @Test
    void takesTheRightMostUntrustedAddressBehindTrustedProxies() {
        assertEquals("198.51.100.7", resolve("10.0.0.1", List.of("6.6.6.6, 198.51.100.7"), List.of()));
        assertEquals("198.51.100.7", resolve("10.0.0.1", List.of("6.6.6.6, 198.51.100.7, 10.1.1.1"), List.of()));
        assertEquals("198.51.100.7", resolve("10.0.0.1", List.of("6.6.6.6", "198.51.100.7, 10.1.1.1"), List.of()),
                "several headers are one list");
    }

    @Test
    void takesTheLeftMostWhenEveryHopIsTrusted() {
        assertEquals("10.9.9.9", resolve("10.0.0.1", List.of("10.9.9.9, 10.1.1.1"), List.of()));
    }

    @Test
    void stopsAtAHopThatIsNotAnAddress() {
        assertEquals("10.1.1.1", resolve("10.0.0.1", List.of("1.2.3.4, unknown, 10.1.1.1"), List.of()));
        assertEquals("10.0.0.1", resolve("10.0.0.1", List.of("1.2.3.4, evil.example"), List.of()), "never a DNS name");
        assertEquals("10.0.0.1", resolve("10.0.0.1", List.of(""), List.of()));
        assertEquals("10.0.0.1", resolve("10.0.0.1", List.of("1.2.3.4\r\nX-Injected: 1"), List.of()));
    }

    @Test
    void readsRfc7239ForwardedWithQuotesPortsAndIpv6() {
        assertEquals("192.0.2.60", resolve("10.0.0.1", List.of(), List.of("for=192.0.2.60;proto=http;by=203.0.113.43")));
        assertEquals("2001:db8:cafe::17", resolve("10.0.0.1", List.of(),
                List.of("for=6.6.6.6, For=\"[2001:db8:cafe::17]:4711\"")));
        assertEquals("192.0.2.43", resolve("10.0.0.1", List.of(), List.of("for=\"192.0.2.43:47011\", for=10.2.2.2")));
        assertEquals("10.0.0.1", resolve("10.0.0.1", List.of(), List.of("for=_hidden")));
    }

    @Test
    void stripsPortsFromXForwardedFor() {
        assertEquals("198.51.100.7", resolve("10.0.0.1", List.of("198.51.100.7:5555"), List.of()));
        assertEquals("2001:db8::1", resolve("10.0.0.1", List.of("[2001:db8::1]:80"), List.of()));
        assertEquals("2001:db8::1", resolve("fd00::1", List.of("2001:db8::1"), List.of()));
    }

    @Test
    void believesNeitherHeaderWhenTheyDisagree() {
        assertEquals("10.0.0.1", resolve("10.0.0.1", List.of("6.6.6.6"), List.of("for=198.51.100.7")));
        assertEquals("198.51.100.7", resolve("10.0.0.1", List.of("198.51.100.7"), List.of("for=198.51.100.7")));
    }

    @Test
    void handlesAHugeChainOfTrustedHops() {
        String chain = "198.51.100.7" + ", 10.0.0.2".repeat(10_000);
        assertEquals("198.51.100.7", resolve("10.0.0.1", List.of(chain), List.of()));
    }
}
