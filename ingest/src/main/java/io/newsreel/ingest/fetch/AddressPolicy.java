package io.newsreel.ingest.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which resolved addresses a fetch may connect to. By default only public unicast addresses: a feed URL, or a
 * redirect, must not reach loopback, private networks, link-local (cloud metadata services live there), CGNAT,
 * multicast or unspecified addresses, in IPv4 or any IPv6 form of them.
 */
public final class AddressPolicy {

    /** Every part decimal, octal or hex, one to four parts: what some resolver somewhere reads as an IPv4 address. */
    private static final String NUMBER = "(0x[0-9a-f]*|[0-9]+)";
    private static final Pattern NUMERIC_HOST = Pattern.compile(NUMBER + "(\\." + NUMBER + "){0,3}\\.?");
    private static final String OCTET = "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";
    private static final Pattern DOTTED_DECIMAL = Pattern.compile(OCTET + "(\\." + OCTET + "){3}");

    private final boolean allowPrivate;

    public AddressPolicy(final boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    public boolean permits(final InetAddress address) {
        return allowPrivate || isPublic(address);
    }

    /**
     * Whether a host name may be looked up at all. By default not {@code localhost} or a name under it (RFC 6761
     * reserves them for loopback, whatever a resolver says), nor an IPv4 address spelled other than as four decimal
     * parts: resolvers disagree on {@code 0177.0.0.1} (Java reads 177.0.0.1, curl and browsers 127.0.0.1), on
     * {@code 2130706433} and on {@code 0x7f.1}, and no feed needs such a spelling.
     */
    public boolean permitsHost(final String host) {
        if (allowPrivate || host == null) {
            return true;
        }
        final String name = host.toLowerCase(Locale.ROOT);
        final String bare = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
        if (bare.equals("localhost") || bare.endsWith(".localhost")) {
            return false;
        }
        return !NUMERIC_HOST.matcher(name).matches() || DOTTED_DECIMAL.matcher(name).matches();
    }

    static boolean isPublic(final InetAddress address) {
        final InetAddress effective = embeddedIpv4(address);
        if (effective.isLoopbackAddress() || effective.isAnyLocalAddress() || effective.isLinkLocalAddress()
                || effective.isSiteLocalAddress() || effective.isMulticastAddress()) {
            return false;
        }
        final byte[] bytes = effective.getAddress();
        if (effective instanceof Inet4Address) {
            final int first = bytes[0] & 0xff;
            final int second = bytes[1] & 0xff;
            return first != 0                                   // "this network"
                    && !(first == 100 && second >= 64 && second <= 127)   // CGNAT 100.64.0.0/10
                    && !(first == 192 && second == 0 && (bytes[2] & 0xff) == 0) // IETF protocol assignments
                    && !(first == 198 && (second == 18 || second == 19))  // benchmarking
                    && first < 240;                             // reserved and broadcast
        }
        final int first = bytes[0] & 0xff;
        return (first & 0xfe) != 0xfc                           // unique local fc00::/7
                && !(first == 0xfe && (bytes[1] & 0xc0) == 0xc0); // site-local fec0::/10
    }

    /**
     * The IPv4 address an IPv6 address carries (IPv4-mapped {@code ::ffff:a.b.c.d}, IPv4-compatible
     * {@code ::a.b.c.d}, NAT64 {@code 64:ff9b::a.b.c.d}, 6to4 {@code 2002:ab:cd::}), so that no IPv6 spelling of a
     * private IPv4 address gets through; the address itself otherwise.
     */
    static InetAddress embeddedIpv4(final InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return address;
        }
        final byte[] b = address.getAddress();
        final boolean mapped = isZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        // ::a.b.c.d, but not :: (unspecified) or ::1 (loopback), which the JDK already classifies.
        final boolean compatible = isZero(b, 0, 12) && !(isZero(b, 12, 15) && (b[15] == 0 || b[15] == 1));
        final boolean nat64 = b[0] == 0 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b
                && isZero(b, 4, 12);
        if (mapped || compatible || nat64) {
            return ipv4(b[12], b[13], b[14], b[15]);
        }
        final boolean sixToFour = b[0] == 0x20 && b[1] == 0x02;
        return sixToFour ? ipv4(b[2], b[3], b[4], b[5]) : address;
    }

    private static boolean isZero(final byte[] bytes, final int from, final int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static InetAddress ipv4(final byte a, final byte b, final byte c, final byte d) {
        try {
            return InetAddress.getByAddress(new byte[] {a, b, c, d});
        } catch (final UnknownHostException e) {
            throw new IllegalStateException("Four bytes always make an IPv4 address", e);
        }
    }
}
