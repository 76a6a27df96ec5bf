package dev.palisade.policy.net;

/**
 * Parses IPv4 and IPv6 address literals into bytes without ever touching DNS.
 *
 * <p>Why not {@link java.net.InetAddress#getByName}: given anything that is not a literal it
 * resolves a host name, which on a request thread (a forged {@code X-Forwarded-For}) would be a
 * blocking network call chosen by an attacker.
 *
 * <p>The grammar is RFC 3986's: IPv4 as four decimal octets without leading zeros; IPv6 as eight
 * groups of 1-4 hex digits, at most one {@code ::} standing for one or more zero groups, and an
 * optional dotted IPv4 tail counting as two groups.
 */
public final class IpLiteral {

    private IpLiteral() {
    }

    /** 4 or 16 bytes, or {@code null} when {@code text} is not exactly an IP literal. */
    public static byte[] parse(String text) {
        if (text.indexOf(':') >= 0) {
            return parseIpv6(text);
        }
        return parseIpv4(text);
    }

    /**
     * Like {@link #parse(String)}, for addresses reported by a container: tolerates brackets and
     * an IPv6 zone ({@code %eth0}), and gives IPv4-mapped IPv6 addresses as 4 bytes.
     */
    public static byte[] parsePeer(String text) {
        String literal = text.trim();
        if (literal.length() > 1 && literal.charAt(0) == '[' && literal.charAt(literal.length() - 1) == ']') {
            literal = literal.substring(1, literal.length() - 1);
        }
        int zone = literal.indexOf('%');
        if (zone >= 0 && literal.indexOf(':') >= 0) {
            literal = literal.substring(0, zone);
        }
        byte[] bytes = parse(literal);
        return bytes == null ? null : unmapIpv4(bytes);
    }

    /** The IPv4 address inside an IPv4-mapped IPv6 address ({@code ::ffff:a.b.c.d}), else {@code bytes}. */
    static byte[] unmapIpv4(byte[] bytes) {
        if (bytes.length != 16) {
            return bytes;
        }
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return bytes;
            }
        }
        if (bytes[10] != (byte) 0xff || bytes[11] != (byte) 0xff) {
            return bytes;
        }
        return new byte[] {bytes[12], bytes[13], bytes[14], bytes[15]};
    }

    private static byte[] parseIpv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            int octet = decimalOctet(parts[i]);
            if (octet < 0) {
                return null;
            }
            bytes[i] = (byte) octet;
        }
        return bytes;
    }

    private static int decimalOctet(String part) {
        int length = part.length();
        if (length == 0 || length > 3 || (length > 1 && part.charAt(0) == '0')) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < length; i++) {
            char c = part.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value <= 255 ? value : -1;
    }

    private static byte[] parseIpv6(String text) {
        int gap = text.indexOf("::");
        if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
            return null;
        }
        String head = gap >= 0 ? text.substring(0, gap) : text;
        String tail = gap >= 0 ? text.substring(gap + 2) : "";
        int[] headGroups = groups(head, gap < 0);
        int[] tailGroups = groups(tail, true);
        if (headGroups == null || tailGroups == null) {
            return null;
        }
        int explicit = headGroups.length + tailGroups.length;
        if (gap < 0 ? explicit != 8 : explicit > 7) {
            return null;
        }
        byte[] bytes = new byte[16];
        for (int i = 0; i < headGroups.length; i++) {
            putGroup(bytes, i, headGroups[i]);
        }
        for (int i = 0; i < tailGroups.length; i++) {
            putGroup(bytes, 8 - tailGroups.length + i, tailGroups[i]);
        }
        return bytes;
    }

    /** Parses {@code a:b:c} (or {@code a:b:1.2.3.4} when an IPv4 tail is allowed) into 16-bit groups. */
    private static int[] groups(String text, boolean ipv4TailAllowed) {
        if (text.isEmpty()) {
            return new int[0];
        }
        String[] parts = text.split(":", -1);
        String last = parts[parts.length - 1];
        byte[] ipv4 = ipv4TailAllowed && last.indexOf('.') >= 0 ? parseIpv4(last) : null;
        if (last.indexOf('.') >= 0 && ipv4 == null) {
            return null;
        }
        int hexCount = ipv4 == null ? parts.length : parts.length - 1;
        int[] groups = new int[ipv4 == null ? hexCount : hexCount + 2];
        for (int i = 0; i < hexCount; i++) {
            int group = hexGroup(parts[i]);
            if (group < 0) {
                return null;
            }
            groups[i] = group;
        }
        if (ipv4 != null) {
            groups[hexCount] = ((ipv4[0] & 0xff) << 8) | (ipv4[1] & 0xff);
            groups[hexCount + 1] = ((ipv4[2] & 0xff) << 8) | (ipv4[3] & 0xff);
        }
        return groups;
    }

    private static int hexGroup(String part) {
        if (part.isEmpty() || part.length() > 4) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < part.length(); i++) {
            int digit = Character.digit(part.charAt(i), 16);
            if (digit < 0 || part.charAt(i) > 'f') {
                return -1;
            }
            value = value * 16 + digit;
        }
        return value;
    }

    private static void putGroup(byte[] bytes, int index, int group) {
        bytes[index * 2] = (byte) (group >>> 8);
        bytes[index * 2 + 1] = (byte) group;
    }
}
