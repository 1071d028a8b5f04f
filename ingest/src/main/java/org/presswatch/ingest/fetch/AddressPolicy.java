package org.presswatch.ingest.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * Refuses URLs whose host resolves to an address that is not on the public internet: loopback,
 * private (10/8, 172.16/12, 192.168/16, fc00::/7), link-local (169.254/16, where cloud metadata
 * services live, and fe80::/10), carrier-grade NAT, multicast, unspecified and reserved ranges.
 * Every address a name resolves to must be public, so a name with one private address among
 * public ones is refused too. Hosts listed as allowed (exact, or {@code *.domain}) skip the check.
 *
 * <p>The check resolves the name itself; the HTTP client resolves it again when it connects, so
 * a DNS server that answers differently within that moment could still slip through. Thread-safe.
 */
final class AddressPolicy {
    private final List<String> allowed;

    AddressPolicy(List<String> allowedHosts) {
        this.allowed = allowedHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
    }

    void check(URI url) throws FetchException {
        requireHttp(url);
        String host = url.getHost();
        if (isAllowed(host.toLowerCase(Locale.ROOT))) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new FetchException(url, 0, "unknown host", e);
        }
        for (InetAddress address : addresses) {
            String reason = nonPublic(address);
            if (reason != null) {
                throw new FetchException(url, 0, "refused: " + host + " resolves to " + address.getHostAddress() + ", a " + reason
                        + " address (list the host in crawler.allowed-hosts if this is intended)");
            }
        }
    }

    /** Only absolute http(s) URLs with a host are fetched. */
    static void requireHttp(URI url) throws FetchException {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException(url, 0, "not a fetchable URL: only http and https are fetched");
        }
        if (url.getHost() == null || url.getHost().isEmpty()) {
            throw new FetchException(url, 0, "not a fetchable URL: it names no host");
        }
    }

    private boolean isAllowed(String host) {
        for (String pattern : allowed) {
            if (pattern.startsWith("*.") ? host.equals(pattern.substring(2)) || host.endsWith(pattern.substring(1)) : host.equals(pattern)) {
                return true;
            }
        }
        return false;
    }

    /** Why the address is not public, or null when it is. */
    static String nonPublic(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return "loopback";
        } else if (address.isAnyLocalAddress()) {
            return "unspecified";
        } else if (address.isLinkLocalAddress()) {
            return "link-local (cloud metadata)";
        } else if (address.isSiteLocalAddress()) {
            return "private";
        } else if (address.isMulticastAddress()) {
            return "multicast";
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            if (first == 0 || first >= 240) {
                return "reserved";
            } else if (first == 100 && second >= 64 && second <= 127) {
                return "carrier-grade NAT";
            } else if (first == 198 && (second == 18 || second == 19)) {
                return "benchmarking";
            } else if (first == 192 && second == 0 && (b[2] & 0xff) == 0) {
                return "reserved";
            }
        } else if (address instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return "private (unique local)";
            } else if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0xc0) {
                return "private (site-local)";
            } else if (isEmbeddedIpv4(b)) {
                try {
                    return nonPublic(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
                } catch (UnknownHostException impossible) {
                    return "malformed";
                }
            }
        }
        return null;
    }

    /** IPv4-compatible (::a.b.c.d) and NAT64 (64:ff9b::a.b.c.d) addresses carry an IPv4 address in their last four bytes. */
    private static boolean isEmbeddedIpv4(byte[] b) {
        boolean compatible = true;
        for (int i = 0; i < 12; i++) {
            compatible &= b[i] == 0;
        }
        boolean nat64 = (b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b;
        for (int i = 4; i < 12 && nat64; i++) {
            nat64 = b[i] == 0;
        }
        return compatible || nat64;
    }
}
