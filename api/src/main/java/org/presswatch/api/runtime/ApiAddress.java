package org.presswatch.api.runtime;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/** The API's address as a client reaches it, for a server listening on one address or on every one. */
public final class ApiAddress {
    private ApiAddress() {}

    /** From another machine: a server listening on every address is reached by this machine's name. */
    public static URI forOthers(String host, int port) {
        if (!anyAddress(host)) {
            return uri(host, port);
        }
        try {
            return uri(InetAddress.getLocalHost().getCanonicalHostName(), port);
        } catch (UnknownHostException e) {
            return uri("127.0.0.1", port);
        }
    }

    /** From this machine: a server listening on every address is reached on loopback. */
    public static URI onThisMachine(String host, int port) {
        return uri(anyAddress(host) ? "127.0.0.1" : host, port);
    }

    private static boolean anyAddress(String host) {
        return host.isBlank() || host.equals("0.0.0.0") || host.equals("::");
    }

    private static URI uri(String host, int port) {
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/");
    }
}
