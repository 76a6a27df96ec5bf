package dev.palisade.policy.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** CIDR parsing and membership, IPv4 and IPv6, without DNS. */
class CidrTest {

    private static byte[] ip(String text) {
        return IpLiteral.parsePeer(text);
    }

    @Test
    void ipv4NetworkContainsItsAddressesOnly() {
        Cidr cidr = Cidr.parse("10.0.0.0/8");
        assertTrue(cidr.contains(ip("10.255.1.2")));
        assertFalse(cidr.contains(ip("11.0.0.1")));
        assertFalse(cidr.contains(ip("::1")));
    }

    @Test
    void prefixNotOnAByteBoundaryIsHonoured() {
        Cidr cidr = Cidr.parse("172.16.0.0/12");
        assertTrue(cidr.contains(ip("172.31.255.255")));
        assertFalse(cidr.contains(ip("172.32.0.0")));
    }

    @Test
    void bareAddressIsASingleHost() {
        Cidr cidr = Cidr.parse("192.168.1.10");
        assertEquals(32, cidr.prefixLength());
        assertTrue(cidr.contains(ip("192.168.1.10")));
        assertFalse(cidr.contains(ip("192.168.1.11")));
    }

    @Test
    void ipv6NetworksWork() {
        Cidr cidr = Cidr.parse("fd00::/8");
        assertTrue(cidr.contains(ip("fd12:3456::1")));
        assertFalse(cidr.contains(ip("fe80::1")));
        assertTrue(Cidr.parse("::/0").contains(ip("2001:db8::1")));
    }

    @Test
    void ipv4MappedAddressesMatchIpv4Networks() {
        assertTrue(Cidr.parse("10.0.0.0/8").contains(ip("::ffff:10.1.2.3")));
        assertTrue(Cidr.parse("::ffff:10.0.0.0/104").contains(ip("10.9.9.9")));
    }

    @Test
    void hostBitsAreClearedAndReported() {
        Cidr cidr = Cidr.parse("10.1.2.3/8");
        assertTrue(cidr.hadHostBits());
        assertTrue(cidr.contains(ip("10.200.0.1")));
        assertFalse(Cidr.parse("10.0.0.0/8").hadHostBits());
    }

    @Test
    void invalidNetworksSayWhy() {
        assertEquals("prefix length \"/33\" must be a number from 0 to 32",
                assertThrows(IllegalArgumentException.class, () -> Cidr.parse("10.0.0.0/33")).getMessage());
        assertEquals("not an IPv4 or IPv6 address",
                assertThrows(IllegalArgumentException.class, () -> Cidr.parse("proxy.local")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Cidr.parse("10.0.0.0/"));
        assertThrows(IllegalArgumentException.class, () -> Cidr.parse("10.0.0.0/+8"));
    }

    @Test
    void ipv6LiteralsFollowRfc3986() {
        assertArrayEquals(new byte[16], IpLiteral.parse("::"));
        byte[] loopback = new byte[16];
        loopback[15] = 1;
        assertArrayEquals(loopback, IpLiteral.parse("0:0:0:0:0:0:0:1"));
        assertArrayEquals(loopback, IpLiteral.parse("::1"));
        assertNull(IpLiteral.parse("1:2:3:4:5:6:7:8:9"));
        assertNull(IpLiteral.parse("1::2::3"));
        assertNull(IpLiteral.parse("1:2:3:4:5:6::1.2.3.4"));
        assertEquals(16, IpLiteral.parse("1:2:3:4:5::1.2.3.4").length);
        assertNull(IpLiteral.parse("1.2.3.4::"));
    }

    @Test
    void peerAddressesToleratesBracketsAndZones() {
        assertArrayEquals(IpLiteral.parse("fe80::1"), IpLiteral.parsePeer("[fe80::1%eth0]"));
        assertArrayEquals(new byte[] {127, 0, 0, 1}, IpLiteral.parsePeer("127.0.0.1"));
    }

    @Test
    void trustedProxiesNeverResolveHostNames() {
        TrustedProxies proxies = new TrustedProxies(List.of(Cidr.parse("127.0.0.0/8")));
        assertTrue(proxies.isTrusted("127.0.0.1"));
        assertFalse(proxies.isTrusted("localhost"), "a name is not an address, whatever it resolves to");
        assertFalse(proxies.isTrusted(null));
        assertFalse(TrustedProxies.NONE.isTrusted("127.0.0.1"));
    }
}
