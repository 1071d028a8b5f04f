package org.presswatch.api.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.net.InetAddress;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.presswatch.core.Version;
import org.presswatch.core.alert.AlertStore;
import org.presswatch.core.config.PresswatchConfig;
import org.presswatch.core.index.ArticleIndex;
import org.presswatch.core.index.ArticleQuery;
import org.presswatch.core.index.Bucket;
import org.presswatch.core.index.SearchPage;
import org.presswatch.core.json.Json;
import org.presswatch.core.model.Alert;
import org.presswatch.core.model.AnalyzedArticle;
import org.presswatch.core.model.Provinces;
import org.presswatch.core.model.Source;
import org.presswatch.core.model.Topics;
import org.presswatch.core.util.Errors;
import org.presswatch.core.util.Suggestions;
import org.presswatch.office.library.LibraryEntries;
import org.presswatch.pipeline.reanalysis.ReanalysisControl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP API, version 1, under {@code /api/v1}: article search with filters and facets, one
 * article with the evidence for its analysis, alerts with the articles they cite, the catalogues
 * (sources, provinces, topics) and the re-analysis of the stored articles;
 * and the web UI at {@code /}, static files (ES modules, no build step) that use the API.
 * Errors are JSON {@code {"error": code, "message": text}} with a 4xx status for the caller's
 * mistakes, whatever the client sends; nothing about the server's internals leaks into a
 * response. What every request meets whatever its route (limits, headers, the error shape, the
 * methods a route takes) is {@link HttpPlumbing}'s.
 *
 * <p>Reads the index it is given and never writes it (a re-analysis writes through the job it
 * starts). Start once; stop when done.
 */
public final class ApiServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
    /** The web UI loads only its own script and style; crawled text can never bring in code. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
            + "img-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private final Javalin app;

    private ApiServer(Javalin app) {
        this.app = app;
    }

    /**
     * @param api where to listen ({@code api.port} 0 for any free port) and the limits of a request
     * @param library the rebuttal library's entries, shown beside the articles that repeat their claims
     * @param reanalysis the re-analysis of the stored articles, which only this machine may start
     * @throws ApiStartException when the address cannot be bound
     */
    public static ApiServer start(PresswatchConfig.Api api, ArticleIndex index, AlertStore alerts, List<Source> sources,
                                  LibraryEntries library, ReanalysisControl reanalysis) {
        Map<String, Source> byId = sources.stream().collect(Collectors.toMap(Source::id, Function.identity(), (a, b) -> a,
                LinkedHashMap::new));
        ObjectMapper mapper = Json.mapper().copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
        Javalin app = Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(mapper, false));
            config.startup.showJavalinBanner = false;
            HttpPlumbing.install(config, api);
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/public";
                files.location = Location.CLASSPATH;
            });
            int maxQueryLength = api.limits().maxQueryLength();
            config.routes.get("/api/v1/articles", ctx -> search(ctx, index, byId, maxQueryLength));
            config.routes.get("/api/v1/histogram", ctx -> histogram(ctx, index, byId, maxQueryLength));
            config.routes.get("/api/v1/articles/{id}/similar", ctx -> ctx.json(Map.of("articles",
                    index.similar(article(index, ctx.pathParam("id")).article().id(), 10).stream()
                            .map(h -> ArticleJson.hit(h, byId)).toList())));
            config.routes.get("/api/v1/articles/{id}", ctx -> ctx.json(ArticleJson.detail(article(index, ctx.pathParam("id")), byId)));
            config.routes.get("/api/v1/alerts", ctx -> ctx.json(Map.of("alerts",
                    alertViews(alerts.recent(AlertRequest.parse(ctx)), index, byId))));
            config.routes.get("/api/v1/alerts/{id}", ctx -> ctx.json(alertViews(List.of(alerts.get(ctx.pathParam("id"))
                    .orElseThrow(() -> ApiException.notFound("no alert with id " + ClientText.quote(ctx.pathParam("id"))))), index, byId)
                    .get(0)));
            config.routes.get("/api/v1/sources", ctx -> ctx.json(Map.of("sources", byId.values())));
            config.routes.get("/api/v1/provinces", ctx -> ctx.json(Map.of("provinces", Provinces.all())));
            config.routes.get("/api/v1/topics", ctx -> ctx.json(Map.of("topics", Topics.all())));
            config.routes.get("/api/v1/library/{id}", ctx -> libraryEntry(ctx, library));
            config.routes.get("/api/v1/reindex", ctx -> ctx.json(reanalysis.status()));
            config.routes.post("/api/v1/reindex", ctx -> startReanalysis(ctx, reanalysis));
            config.routes.get("/api/v1/health", ctx -> ctx.json(Map.of("status", "ok", "version", Version.get(),
                    "articles", index.count())));
            HttpPlumbing.finish(config);
        });
        try {
            app.start();
        } catch (RuntimeException e) {
            throw new ApiStartException("cannot listen on " + api.host() + ":" + api.port() + ": " + Errors.rootMessage(e)
                    + " (choose another port with --port or api.port)", e);
        }
        return new ApiServer(app);
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }

    /** The article with the id, or a 404. */
    private static AnalyzedArticle article(ArticleIndex index, String id) throws IOException {
        return index.get(id).orElseThrow(() -> ApiException.notFound("no article with id " + ClientText.quote(id)));
    }

    private static void search(Context ctx, ArticleIndex index, Map<String, Source> sources, int maxQueryLength) throws IOException {
        ArticleQuery query = SearchRequest.parse(ctx, sources, maxQueryLength);
        SearchPage page = index.search(query);
        Map<String, Object> echo = new LinkedHashMap<>();
        echo.put("q", query.text());
        echo.put("province", query.provinces());
        echo.put("topic", query.topics());
        echo.put("lang", query.languages());
        echo.put("source", query.sources());
        echo.put("topic_min", query.minTopicScore());
        echo.put("from", query.from());
        echo.put("to", query.to());
        echo.put("min_risk", query.minRisk());
        echo.put("sort", query.effectiveOrder().name().toLowerCase(java.util.Locale.ROOT));
        echo.put("offset", query.offset());
        echo.put("limit", query.limit());
        Map<String, List<ArticleJson.Facet>> facets = new LinkedHashMap<>();
        page.facets().forEach((dim, counts) -> facets.put(dim, counts.stream().map(c -> ArticleJson.facet(dim, c, sources)).toList()));
        ctx.json(new ArticleJson.Page(echo, page.total(), page.hits().stream().map(h -> ArticleJson.hit(h, sources)).toList(), facets,
                page.next()));
    }

    /**
     * The alerts with the articles they cite, read in one lookup for all of them; in more only
     * when they cite more articles than one lookup takes.
     */
    private static List<ArticleJson.AlertView> alertViews(List<Alert> listed, ArticleIndex index, Map<String, Source> sources)
            throws IOException {
        List<String> ids = listed.stream().flatMap(a -> a.articleIds().stream()).distinct().toList();
        Map<String, AnalyzedArticle> held = new HashMap<>();
        for (int from = 0; from < ids.size(); from += ArticleQuery.MAX_GET_ALL) {
            held.putAll(index.getAll(ids.subList(from, Math.min(ids.size(), from + ArticleQuery.MAX_GET_ALL))));
        }
        return listed.stream().map(a -> ArticleJson.alert(a, held, sources)).toList();
    }

    /** {@code GET /api/v1/histogram}: articles per day, week or month for the search's filters, for charts. */
    private static void histogram(Context ctx, ArticleIndex index, Map<String, Source> sources, int maxQueryLength)
            throws IOException {
        ArticleQuery query = SearchRequest.parse(ctx, sources, maxQueryLength);
        String bucketName = ctx.queryParam("bucket") == null ? "day" : ctx.queryParam("bucket").strip();
        Bucket bucket = switch (bucketName) {
            case "day" -> Bucket.DAY;
            case "week" -> Bucket.WEEK;
            case "month" -> Bucket.MONTH;
            default -> throw ApiException.badRequest("bucket must be day, week or month, was " + ClientText.quote(bucketName)
                    + Suggestions.didYouMean(bucketName, List.of("day", "week", "month")));
        };
        ctx.json(Map.of("bucket", bucketName, "zone", SearchRequest.OFFICE_ZONE.getId(),
                "counts", index.histogram(query, bucket, SearchRequest.OFFICE_ZONE)));
    }

    /** {@code GET /api/v1/library/{id}}: the entry, or 503 while the library cannot be read (an import holds it). */
    private static void libraryEntry(Context ctx, LibraryEntries library) {
        String id = ctx.pathParam("id");
        try {
            ctx.json(ArticleJson.entry(library.entry(id).orElseThrow(() -> ApiException.notFound("no library entry with id "
                    + ClientText.quote(id)))));
        } catch (IOException e) {
            LOG.warn("library entry {} not read: {}", ClientText.quote(id), e.getMessage());
            throw new ApiException(503, "library_unavailable", "the rebuttal library cannot be read now (an import may be writing it); "
                    + "try again in a moment");
        }
    }

    /**
     * {@code POST /api/v1/reindex}: starts analysing every stored article again (202), or says
     * that one is running (409). It costs the machine minutes of work, and the API has no
     * accounts: only a request from this machine may start it.
     */
    private static void startReanalysis(Context ctx, ReanalysisControl reanalysis) throws Exception {
        if (!InetAddress.getByName(ctx.ip()).isLoopbackAddress()) {
            throw new ApiException(403, "forbidden", "a re-analysis is started from the machine presswatch runs on: presswatch reindex");
        }
        try {
            ctx.status(202).json(reanalysis.start());
        } catch (IllegalStateException e) {
            Map<String, Object> conflict = new LinkedHashMap<>();
            conflict.put("error", "conflict");
            conflict.put("message", ClientText.clean(e.getMessage()));
            conflict.put("status", reanalysis.status());
            ctx.status(409).json(conflict);
        }
    }

    /** The API could not start listening. */
    public static final class ApiStartException extends RuntimeException {
        ApiStartException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
