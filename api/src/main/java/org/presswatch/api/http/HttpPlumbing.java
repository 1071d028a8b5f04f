package org.presswatch.api.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.HandlerType;
import io.javalin.router.ParsedEndpoint;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.presswatch.core.config.PresswatchConfig;

/**
 * What the server does for every request whatever its route, set up in one place: the listening
 * connector with its idle timeout and the size of the request line and headers it reads; the
 * {@link RequestLimits}; the {@link SecurityHeaders}; the one error shape, {@link ApiErrors},
 * also for what Jetty refuses ({@link JsonErrorHandler}); and the methods a route takes:
 *
 * <ul>
 *   <li>a method a route does not take is 405 {@code method_not_allowed} with {@code Allow}
 *       naming those it does; a path no route has is 404 {@code not_found};</li>
 *   <li>HEAD is answered as GET, without the body (the same status and headers);</li>
 *   <li>OPTIONS is not served: the API answers its own web UI only, so it takes no cross-origin
 *       preflight; 405 with {@code Allow}, as for any other method a route does not take.</li>
 * </ul>
 *
 * {@link #install} comes before the routes, {@link #finish} after them.
 */
final class HttpPlumbing {
    private HttpPlumbing() {}

    static void install(JavalinConfig config, PresswatchConfig.Api api) {
        PresswatchConfig.Api.Limits limits = api.limits();
        JsonErrorHandler errors = new JsonErrorHandler();
        config.http.prefer405over404 = true;
        config.http.maxRequestSize = limits.maxBodyBytes();
        config.jetty.modifyServer(server -> server.setErrorHandler(errors));
        config.jetty.modifyServletContextHandler(context -> {
            context.setErrorHandler(errors);
            // a request for no path at all (OPTIONS ?x) reaches the routes instead of a 301 to "//?x"
            context.setAllowNullPathInContext(true);
        });
        config.jetty.modifyHttpConfiguration(http -> {
            http.setRequestHeaderSize(limits.maxHeaderBytes());
            http.setSendServerVersion(false);
            http.setSendXPoweredBy(false);
        });
        config.jetty.addConnector((server, http) -> {
            ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
            connector.setHost(api.host());
            connector.setPort(api.port());
            connector.setIdleTimeout(limits.idleTimeout().toMillis());
            return connector;
        });
        RequestLimits checks = new RequestLimits(limits);
        config.routes.before(ctx -> {
            SecurityHeaders.forPath(ctx.req().getRequestURI()).forEach(ctx::header);
            checks.check(ctx);
        });
        config.routes.beforeMatched(checks::checkBody);
        ApiErrors.register(config.routes);
    }

    /** Answers HEAD on every path a GET route has and no HEAD route, as that GET route, to the same callers. */
    static void finish(JavalinConfig config) {
        List<ParsedEndpoint> endpoints = List.copyOf(config.unsafe.internalRouter.allHttpHandlers());
        Set<String> heads = endpoints.stream().filter(e -> e.endpoint.method.equals(HandlerType.HEAD)).map(e -> e.endpoint.path)
                .collect(Collectors.toSet());
        endpoints.stream().filter(e -> e.endpoint.method.equals(HandlerType.GET) && !heads.contains(e.endpoint.path))
                .forEach(e -> config.routes.head(e.endpoint.path, e.endpoint.handler, Gatekeeper.access(e.endpoint)));
    }
}
