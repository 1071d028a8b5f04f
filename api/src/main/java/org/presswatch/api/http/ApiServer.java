package org.presswatch.api.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.net.InetAddress;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.presswatch.api.metrics.Metrics;
import org.presswatch.core.Version;
import org.presswatch.core.alert.AlertStore;
import org.presswatch.core.config.PresswatchConfig;
import org.presswatch.core.index.ArticleIndex;
import org.presswatch.core.json.Json;
import org.presswatch.core.model.Source;
import org.presswatch.core.util.Errors;
import org.presswatch.office.Office;
import org.presswatch.pipeline.reanalysis.ReanalysisControl;

/**
 * The HTTP API, version 1, under {@code /api/v1}, and the web UI at {@code /} (static files, ES
 * modules with no build step, that use the API). Every route but health, signing in, the API's
 * description and the static files wants a signed-in account or an API token ({@link Gatekeeper}); the routes are
 * grouped by what they serve ({@link ArticleRoutes}, {@link SessionRoutes}, {@link AccountRoutes},
 * {@link ReanalysisRoutes}); the API describes itself in an OpenAPI document and a reference page
 * ({@link ApiReference}). Errors are JSON {@code {"error": code, "message": text}} with a 4xx
 * status for the caller's mistakes, whatever the client sends; nothing about the server's
 * internals leaks into a response. What every request meets whatever its route (limits, headers,
 * the error shape, the methods a route takes) is {@link HttpPlumbing}'s.
 *
 * <p>{@code GET /metrics} gives the server's {@link Metrics} in Prometheus' text format, to the
 * addresses of {@code api.metrics-allowed} without signing in and to admins from anywhere
 * ({@link Access#METRICS}); every request is counted there by its route's template
 * ({@link HttpMetrics}). Every route has the request rate limit of {@code api.limits}
 * ({@link RateLimiter}).
 *
 * <p>Reads the index it is given and never writes it (a re-analysis writes through the job it
 * starts). Start once; stop when done.
 */
public final class ApiServer implements AutoCloseable {
    /** The web UI loads only its own script and style; crawled text can never bring in code. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
            + "img-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /** Where Prometheus reads the metrics. */
    public static final String METRICS_PATH = "/metrics";

    private final Javalin app;
    private final Metrics metrics;

    /**
     * What the API serves and acts on.
     *
     * @param office the office's accounts, audit log and library
     * @param reanalysis the re-analysis of the stored articles
     * @param machineCredential the secret of this machine's own commands ({@code presswatch
     *     reindex}); empty for none
     */
    public record Served(ArticleIndex index, AlertStore alerts, List<Source> sources, Office office, ReanalysisControl reanalysis,
                         String machineCredential, Clock clock) {}

    private ApiServer(Javalin app, Metrics metrics) {
        this.app = app;
        this.metrics = metrics;
    }

    /**
     * @param api where to listen ({@code api.port} 0 for any free port), the limits of a request,
     *     the trusted proxies
     * @throws ApiStartException when the address cannot be bound
     * @throws IllegalArgumentException for a trusted proxy, or an address allowed to read the
     *     metrics, that is not an IP address
     */
    public static ApiServer start(PresswatchConfig.Api api, Served served) {
        Map<String, Source> byId = served.sources().stream().collect(Collectors.toMap(Source::id, Function.identity(), (a, b) -> a,
                LinkedHashMap::new));
        ObjectMapper mapper = Json.mapper().copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
        Set<InetAddress> metricsAllowed = api.metricsAllowed().stream().map(a -> ClientAddress.literal(a, "api.metrics-allowed"))
                .collect(Collectors.toSet());
        ClientAddress addresses = new ClientAddress(api.trustedProxies());
        Metrics metrics = Metrics.start();
        metrics.watchReanalysis(served.reanalysis()::status);
        Gatekeeper gatekeeper = new Gatekeeper(served.office(), addresses, served.machineCredential(), metricsAllowed,
                new RateLimiter(api.limits(), served.clock()), metrics);
        Javalin app = Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(mapper, false));
            config.startup.showJavalinBanner = false;
            HttpPlumbing.install(config, api);
            config.requestLogger.http(new HttpMetrics(metrics)::record);
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/public";
                files.location = Location.CLASSPATH;
            });
            config.routes.beforeMatched(gatekeeper::check);
            new ArticleRoutes(served.index(), served.alerts(), byId, served.office().libraryEntries(), api.limits().maxQueryLength())
                    .register(config.routes);
            new SessionRoutes(served.office(), gatekeeper, metrics).register(config.routes);
            new AccountRoutes(served.office(), served.clock()).register(config.routes);
            new ReanalysisRoutes(served.reanalysis(), served.office().audit(), served.clock()).register(config.routes);
            config.routes.get("/api/v1/health", ctx -> ctx.json(Map.of("status", "ok", "version", Version.get(),
                    "articles", served.index().count())), Access.PUBLIC);
            ApiReference.install(config);
            config.routes.get(METRICS_PATH, ctx -> ctx.contentType(Metrics.CONTENT_TYPE).result(metrics.scrape()), Access.METRICS);
            HttpPlumbing.finish(config);
        });
        try {
            app.start();
        } catch (RuntimeException e) {
            metrics.close();
            throw new ApiStartException("cannot listen on " + api.host() + ":" + api.port() + ": " + Errors.rootMessage(e)
                    + " (choose another port with --port or api.port)", e);
        }
        return new ApiServer(app, metrics);
    }

    public int port() {
        return app.port();
    }

    /**
     * What this server counts and shows on {@code /metrics}: the runtime counts the job's metrics
     * and the webhook deliveries here too. Closed with the server.
     */
    public Metrics metrics() {
        return metrics;
    }

    /** A route the server answers: its method, its path as declared ({@code /api/v1/articles/{id}}) and who may call it. */
    record Route(String method, String path, Access access) {}

    /**
     * Every route the server registered, static files aside (the web UI's and the reference
     * page's), in the order registered.
     */
    List<Route> routes() {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .filter(parsed -> parsed.endpoint.method.isHttpMethod())
                .map(parsed -> new Route(parsed.endpoint.method.name(), parsed.endpoint.path, Gatekeeper.access(parsed.endpoint)))
                .toList();
    }

    @Override
    public void close() {
        try {
            app.stop();
        } finally {
            metrics.close();
        }
    }

    /** The API could not start listening. */
    public static final class ApiStartException extends RuntimeException {
        ApiStartException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
