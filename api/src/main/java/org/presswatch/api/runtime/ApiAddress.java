package org.presswatch.api.runtime;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/** The API's address as another program reaches it: a server listening on every address is reached by this machine's name. */
final class ApiAddress {
    private ApiAddress() {}

    static URI reachable(String host, int port) {
        String name = host;
        if (host.isBlank() || host.equals("0.0.0.0") || host.equals("::")) {
            try {
                name = InetAddress.getLocalHost().getCanonicalHostName();
            } catch (UnknownHostException e) {
                name = "127.0.0.1";
            }
        }
        return URI.create("http://" + (name.contains(":") ? "[" + name + "]" : name) + ":" + port + "/");
    }
}
