package org.presswatch.api.http;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import java.time.Duration;
import java.util.Set;
import org.presswatch.api.metrics.Metrics;

/**
 * Counts every request Javalin answers (Javalin's request logger calls it once the response is
 * written), with labels of bounded number whatever clients send: the route's template as
 * declared ({@code /api/v1/articles/{id}}), never the path with its ids; {@value #STATIC} for
 * the web UI's files; {@value #UNMATCHED} for a request no route took (404, 405, a request
 * refused before routing); the method when it is a standard one, else {@code other}; the status.
 * Requests Jetty refuses before Javalin sees them (a header too large) are not counted.
 */
final class HttpMetrics {
    static final String STATIC = "static";
    static final String UNMATCHED = "unmatched";
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "CONNECT",
            "QUERY");

    private final Metrics metrics;

    HttpMetrics(Metrics metrics) {
        this.metrics = metrics;
    }

    void record(Context ctx, Float milliseconds) {
        int status = ctx.statusCode();
        metrics.request(method(ctx), route(ctx, status), status, Duration.ofNanos((long) (milliseconds * 1_000_000.0)));
    }

    private static String method(Context ctx) {
        String method = ctx.method().name();
        return METHODS.contains(method) ? method : "other";
    }

    private static String route(Context ctx, int status) {
        Endpoint endpoint;
        try {
            endpoint = ctx.endpoints().matchedHttpEndpoint();
        } catch (RuntimeException e) {
            endpoint = null;
        }
        if (endpoint != null) {
            return endpoint.path;
        }
        return status < 400 && (ctx.method().name().equals("GET") || ctx.method().name().equals("HEAD")) ? STATIC : UNMATCHED;
    }
}
