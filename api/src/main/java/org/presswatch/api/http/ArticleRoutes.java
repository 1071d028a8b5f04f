package org.presswatch.api.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.presswatch.core.alert.AlertStore;
import org.presswatch.core.index.ArticleIndex;
import org.presswatch.core.index.ArticleQuery;
import org.presswatch.core.index.Bucket;
import org.presswatch.core.index.SearchHit;
import org.presswatch.core.index.SearchPage;
import org.presswatch.core.model.Alert;
import org.presswatch.core.model.AnalyzedArticle;
import org.presswatch.core.model.Provinces;
import org.presswatch.core.model.Source;
import org.presswatch.core.model.Topics;
import org.presswatch.core.util.ClientText;
import org.presswatch.core.util.Suggestions;
import org.presswatch.office.library.LibraryEntries;

/**
 * What any signed-in account reads: article search with filters and facets, its histogram, one
 * article with the evidence for its analysis and its near-duplicates, alerts with the articles
 * they cite, the catalogues (sources, provinces, topics), and the library entries an article
 * matches, as far as the caller may see them: an article lists only the claims of entries the
 * caller may see.
 */
final class ArticleRoutes {
    private final ArticleIndex index;
    private final AlertStore alerts;
    private final Map<String, Source> sources;
    private final LibraryEntries library;
    private final int maxQueryLength;

    ArticleRoutes(ArticleIndex index, AlertStore alerts, Map<String, Source> sources, LibraryEntries library, int maxQueryLength) {
        this.index = index;
        this.alerts = alerts;
        this.sources = sources;
        this.library = library;
        this.maxQueryLength = maxQueryLength;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/v1/articles", this::search, Access.SIGNED_IN);
        routes.get("/api/v1/histogram", this::histogram, Access.SIGNED_IN);
        routes.get("/api/v1/articles/{id}/similar", ctx -> ctx.json(Map.of("articles",
                hits(ctx, index.similar(article(ctx.pathParam("id")).article().id(), 10)))), Access.SIGNED_IN);
        routes.get("/api/v1/articles/{id}", ctx -> ctx.json(ArticleJson.detail(claimsSeen(ctx).of(article(ctx.pathParam("id"))), sources)),
                Access.SIGNED_IN);
        routes.get("/api/v1/alerts", ctx -> ctx.json(Map.of("alerts", alertViews(alerts.recent(AlertRequest.parse(ctx))))),
                Access.SIGNED_IN);
        routes.get("/api/v1/alerts/{id}", ctx -> ctx.json(alertViews(List.of(alerts.get(ctx.pathParam("id"))
                .orElseThrow(() -> ApiException.notFound("no alert with id " + ClientText.quote(ctx.pathParam("id")))))).get(0)),
                Access.SIGNED_IN);
        routes.get("/api/v1/sources", ctx -> ctx.json(Map.of("sources", sources.values())), Access.SIGNED_IN);
        routes.get("/api/v1/provinces", ctx -> ctx.json(Map.of("provinces", Provinces.all())), Access.SIGNED_IN);
        routes.get("/api/v1/topics", ctx -> ctx.json(Map.of("topics", Topics.all())), Access.SIGNED_IN);
        routes.get("/api/v1/library/{id}", ctx -> ctx.json(ArticleJson.entry(library.entry(Gatekeeper.caller(ctx), ctx.pathParam("id")))),
                Access.SIGNED_IN);
    }

    /** The article with the id, or a 404. */
    private AnalyzedArticle article(String id) throws IOException {
        return index.get(id).orElseThrow(() -> ApiException.notFound("no article with id " + ClientText.quote(id)));
    }

    private void search(Context ctx) throws IOException {
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
        echo.put("sort", query.effectiveOrder().name().toLowerCase(Locale.ROOT));
        echo.put("offset", query.offset());
        echo.put("limit", query.limit());
        Map<String, List<ArticleJson.Facet>> facets = new LinkedHashMap<>();
        page.facets().forEach((dim, counts) -> facets.put(dim, counts.stream().map(c -> ArticleJson.facet(dim, c, sources)).toList()));
        ctx.json(new ArticleJson.Page(echo, page.total(), hits(ctx, page.hits()), facets, page.next()));
    }

    /** The hits as JSON, each article with the claims the caller may see. */
    private List<ArticleJson.Hit> hits(Context ctx, List<SearchHit> hits) throws IOException {
        LibraryEntries.ClaimView seen = claimsSeen(ctx);
        List<ArticleJson.Hit> shown = new ArrayList<>(hits.size());
        for (SearchHit hit : hits) {
            shown.add(ArticleJson.hit(new SearchHit(seen.of(hit.article()), hit.score(), hit.snippet()), sources));
        }
        return shown;
    }

    private LibraryEntries.ClaimView claimsSeen(Context ctx) {
        return library.claimsSeenBy(Gatekeeper.caller(ctx));
    }

    /**
     * The alerts with the articles they cite, read in one lookup for all of them; in more only
     * when they cite more articles than one lookup takes.
     */
    private List<ArticleJson.AlertView> alertViews(List<Alert> listed) throws IOException {
        List<String> ids = listed.stream().flatMap(a -> a.articleIds().stream()).distinct().toList();
        Map<String, AnalyzedArticle> held = new HashMap<>();
        for (int from = 0; from < ids.size(); from += ArticleQuery.MAX_GET_ALL) {
            held.putAll(index.getAll(ids.subList(from, Math.min(ids.size(), from + ArticleQuery.MAX_GET_ALL))));
        }
        return listed.stream().map(a -> ArticleJson.alert(a, held, sources)).toList();
    }

    /** {@code GET /api/v1/histogram}: articles per day, week or month for the search's filters, for charts. */
    private void histogram(Context ctx) throws IOException {
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
}
