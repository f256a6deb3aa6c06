package dev.laurel.server.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The reverse proxies whose {@code X-Forwarded-For}, {@code -Proto}, {@code -Host} and {@code -Port} headers Laurel
 * believes ({@code LAUREL_TRUSTED_PROXIES}, property {@code laurel.trusted-proxies}): comma-separated IPv4 or IPv6
 * ranges in CIDR notation, a bare address standing for itself. Empty, the default, trusts nobody: every request's
 * client is the address that connected.
 *
 * @param ranges the ranges, each as {@code address/prefix}
 */
record TrustedProxies(List<String> ranges) {

    static final String SETTING = "LAUREL_TRUSTED_PROXIES";

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

    TrustedProxies {
        ranges = List.copyOf(ranges);
    }

    /**
     * The ranges of a {@code LAUREL_TRUSTED_PROXIES} value (null or blank: none).
     *
     * @throws SettingException naming the setting and the entry that is no address range
     */
    static TrustedProxies parse(String value) {
        List<String> ranges = new ArrayList<>();
        if (value != null) {
            for (String entry : value.split(",")) {
                if (!entry.isBlank()) {
                    ranges.add(range(entry.strip()));
                }
            }
        }
        return new TrustedProxies(ranges);
    }

    boolean none() {
        return ranges.isEmpty();
    }

    /** The ranges as Tomcat's {@code RemoteIpValve} reads CIDR lists. */
    String asCidrList() {
        return String.join(",", ranges);
    }

    private static String range(String entry) {
        int slash = entry.indexOf('/');
        String address = slash < 0 ? entry : entry.substring(0, slash);
        boolean v4 = IPV4.matcher(address).matches();
        if (!v4 && !IPV6.matcher(address).matches()) {
            throw wrong(entry);
        }
        if (v4 && java.util.Arrays.stream(address.split("\\.")).anyMatch(octet -> Integer.parseInt(octet) > 255)) {
            throw wrong(entry); // else looked up as a host name
        }
        int bits = v4 ? 32 : 128;
        try {
            java.net.InetAddress parsed = java.net.InetAddress.getByName(address); // a literal: no name is looked up
            if ((parsed instanceof java.net.Inet4Address) != v4) {
                throw wrong(entry);
            }
            int prefix = slash < 0 ? bits : Integer.parseInt(entry.substring(slash + 1));
            if (prefix < 0 || prefix > bits) {
                throw wrong(entry);
            }
            return address + "/" + prefix;
        } catch (java.net.UnknownHostException | NumberFormatException e) {
            throw wrong(entry);
        }
    }

    private static SettingException wrong(String entry) {
        return new SettingException(SETTING + ": '" + entry + "' is not an IPv4 or IPv6 address range in CIDR notation"
                + " (e.g. 10.0.0.0/8, 192.0.2.7, 2001:db8::/32)");
    }
}
