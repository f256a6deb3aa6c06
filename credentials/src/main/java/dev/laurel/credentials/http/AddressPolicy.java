package dev.laurel.credentials.http;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Optional;

/**
 * Which IP addresses an outbound request may reach: public unicast only. {@link GuardedHttpFetcher} applies it to every
 * address a host resolves to; other outbound requests (e.g. the server's webhook deliveries, which POST) apply it the
 * same way. Stateless and thread-safe.
 */
public final class AddressPolicy {

    private AddressPolicy() {}

    /**
     * Why {@code address} must not be reached, phrased to follow "resolves to" (e.g. "a loopback address"), or empty
     * when it is a public unicast address. Loopback, unspecified, link-local (cloud metadata), private, multicast,
     * reserved, carrier-grade NAT, benchmarking, IETF protocol, unique-local IPv6 and IPv4-embedding IPv6 forms of
     * those are refused.
     */
    public static Optional<String> refusal(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return Optional.of("a loopback address");
        }
        if (address.isAnyLocalAddress()) {
            return Optional.of("the unspecified address");
        }
        if (address.isLinkLocalAddress()) {
            return Optional.of("a link-local address");
        }
        if (address.isSiteLocalAddress()) {
            return Optional.of("a private address");
        }
        if (address.isMulticastAddress()) {
            return Optional.of("a multicast address");
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xFF;
            int second = b[1] & 0xFF;
            if (first == 0 || first >= 240) {
                return Optional.of("a reserved address");
            }
            if (first == 100 && second >= 64 && second < 128) {
                return Optional.of("a carrier-grade NAT address");
            }
            if (first == 198 && (second == 18 || second == 19)) {
                return Optional.of("a benchmarking address");
            }
            if (first == 192 && second == 0 && (b[2] & 0xFF) == 0) {
                return Optional.of("an IETF protocol assignment address");
            }
        }
        if (address instanceof Inet6Address) {
            if ((b[0] & 0xFE) == 0xFC) {
                return Optional.of("a unique local IPv6 address");
            }
            if (isEmbeddedIpv4(b)) {
                try {
                    byte[] v4 = {b[12], b[13], b[14], b[15]};
                    return refusal(InetAddress.getByAddress(v4));
                } catch (java.net.UnknownHostException impossible) {
                    return Optional.of("an unparseable embedded IPv4 address");
                }
            }
        }
        return Optional.empty();
    }

    /** IPv4-compatible (::a.b.c.d), IPv4-mapped (::ffff:a.b.c.d) or NAT64 (64:ff9b::a.b.c.d) addresses. */
    private static boolean isEmbeddedIpv4(byte[] b) {
        boolean zeros = true;
        for (int i = 0; i < 10; i++) {
            zeros &= b[i] == 0;
        }
        boolean compatibleOrMapped =
                zeros && ((b[10] == 0 && b[11] == 0) || (b[10] == (byte) 0xFF && b[11] == (byte) 0xFF));
        boolean nat64 = b[0] == 0 && b[1] == 0x64 && b[2] == (byte) 0xFF && b[3] == (byte) 0x9B;
        return compatibleOrMapped || nat64;
    }
}
