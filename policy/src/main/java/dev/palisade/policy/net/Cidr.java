package dev.palisade.policy.net;

import dev.palisade.policy.Quote;
import java.util.Arrays;

/**
 * An IPv4 or IPv6 network in CIDR notation ({@code 10.0.0.0/8}, {@code fd00::/8}); a bare address
 * means that single host. IPv4-mapped IPv6 networks ({@code ::ffff:10.0.0.0/104}) are kept as
 * their IPv4 equivalent so they match the same peers. Immutable.
 */
public final class Cidr {

    private final String text;
    private final byte[] network;
    private final int prefixLength;
    private final boolean hostBitsSet;

    private Cidr(String text, byte[] network, int prefixLength, boolean hostBitsSet) {
        this.text = text;
        this.network = network;
        this.prefixLength = prefixLength;
        this.hostBitsSet = hostBitsSet;
    }

    /**
     * Parses {@code address[/prefix]}.
     *
     * @throws IllegalArgumentException with a message for users when {@code text} is not valid
     */
    public static Cidr parse(String text) {
        int slash = text.indexOf('/');
        String addressText = slash < 0 ? text : text.substring(0, slash);
        byte[] address = IpLiteral.parse(addressText);
        if (address == null) {
            throw new IllegalArgumentException(slash < 0 ? "not an IPv4 or IPv6 address"
                    : Quote.of(addressText) + " is not an IPv4 or IPv6 address");
        }
        int maxPrefix = address.length * 8;
        int prefix = maxPrefix;
        if (slash >= 0) {
            prefix = prefixLength(text.substring(slash + 1), maxPrefix);
        }
        byte[] unmapped = IpLiteral.unmapIpv4(address);
        if (unmapped != address && prefix >= 96) {
            address = unmapped;
            prefix -= 96;
        }
        byte[] network = address.clone();
        boolean hostBits = clearHostBits(network, prefix);
        return new Cidr(text, network, prefix, hostBits);
    }

    private static int prefixLength(String text, int maxPrefix) {
        boolean digits = !text.isEmpty() && text.length() <= 3 && text.chars().allMatch(c -> c >= '0' && c <= '9')
                && !(text.length() > 1 && text.charAt(0) == '0');
        int prefix = digits ? Integer.parseInt(text) : -1;
        if (prefix < 0 || prefix > maxPrefix) {
            throw new IllegalArgumentException("prefix length " + Quote.of("/" + text) + " must be a number from 0 to "
                    + maxPrefix);
        }
        return prefix;
    }

    private static boolean clearHostBits(byte[] bytes, int prefix) {
        boolean cleared = false;
        for (int bit = prefix; bit < bytes.length * 8; bit++) {
            int mask = 0x80 >>> (bit % 8);
            if ((bytes[bit / 8] & mask) != 0) {
                bytes[bit / 8] &= (byte) ~mask;
                cleared = true;
            }
        }
        return cleared;
    }

    /** Whether {@code address} (4 or 16 bytes, IPv4-mapped already unmapped) is in this network. */
    public boolean contains(byte[] address) {
        if (address.length != network.length) {
            return false;
        }
        int fullBytes = prefixLength / 8;
        for (int i = 0; i < fullBytes; i++) {
            if (address[i] != network[i]) {
                return false;
            }
        }
        int remainingBits = prefixLength % 8;
        if (remainingBits == 0) {
            return true;
        }
        int mask = (0xff << (8 - remainingBits)) & 0xff;
        return (address[fullBytes] & mask) == (network[fullBytes] & mask);
    }

    /** The prefix length (after unmapping IPv4-mapped networks). */
    public int prefixLength() {
        return prefixLength;
    }

    /** Whether the address had bits set beyond the prefix ({@code 10.1.2.3/8}); they are ignored. */
    public boolean hadHostBits() {
        return hostBitsSet;
    }

    /** The network as written. */
    public String text() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Cidr && prefixLength == ((Cidr) other).prefixLength
                && Arrays.equals(network, ((Cidr) other).network);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(network) * 31 + prefixLength;
    }

    @Override
    public String toString() {
        return text;
    }
}
