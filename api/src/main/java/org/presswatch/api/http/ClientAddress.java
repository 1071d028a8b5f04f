package org.presswatch.api.http;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The client's address and whether it reached us over TLS, believing the X-Forwarded-For and
 * X-Forwarded-Proto headers of the trusted reverse proxies ({@code api.trusted-proxies}) alone:
 * anyone else could write them. Immutable.
 */
final class ClientAddress {
    private final Set<InetAddress> trusted = new HashSet<>();

    /**
     * @throws IllegalArgumentException for an entry that is not an IP address
     */
    ClientAddress(List<String> trustedProxies) {
        for (String proxy : trustedProxies) {
            trusted.add(literal(proxy, "api.trusted-proxies"));
        }
    }

    /** The client's address: the connection's, or the nearest untrusted one a trusted proxy forwarded. */
    String of(Context ctx) {
        String connection = ctx.req().getRemoteAddr();
        if (!isTrusted(connection)) {
            return connection;
        }
        String forwarded = ctx.header("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank()) {
            return connection;
        }
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!isIpLiteral(hop)) {
                return connection;
            }
            if (!isTrusted(hop)) {
                return hop;
            }
        }
        return hops[0].strip();
    }

    /** Whether the client reached us over TLS, directly or through a trusted proxy that says so. */
    boolean https(Context ctx) {
        return "https".equalsIgnoreCase(ctx.scheme())
                || isTrusted(ctx.req().getRemoteAddr()) && "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
    }

    /** Whether an address is one of a list (IP literals), such as {@code api.metrics-allowed}. */
    static boolean isAmong(String address, Set<InetAddress> addresses) {
        if (!isIpLiteral(address)) {
            return false;
        }
        try {
            return addresses.contains(InetAddress.getByName(address));
        } catch (UnknownHostException e) {
            return false;
        }
    }

    static InetAddress literal(String address, String setting) {
        String given = address == null ? "" : address.strip();
        if (!isIpLiteral(given)) {
            throw new IllegalArgumentException(setting + ": '" + given + "' is not an IP address");
        }
        try {
            return InetAddress.getByName(given);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(setting + ": '" + given + "' is not an IP address", e);
        }
    }

    private boolean isTrusted(String address) {
        return !trusted.isEmpty() && isAmong(address, trusted);
    }

    /** Only literals: looking a name up would ask the DNS, and a name is not an address. */
    private static boolean isIpLiteral(String text) {
        return !text.isEmpty() && text.length() <= 45 && text.matches("[0-9.]+|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
    }
}
