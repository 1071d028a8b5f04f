package org.presswatch.api.http;

import io.javalin.http.Context;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.presswatch.core.index.ArticleQuery;
import org.presswatch.core.model.Province;
import org.presswatch.core.model.Provinces;
import org.presswatch.core.model.Topics;

/**
 * Reads {@code GET /api/v1/articles} parameters into an {@link ArticleQuery}: {@code q}, and the
 * filters {@code province} (2025 code or any name, current or former), {@code topic}, {@code lang}
 * and {@code source}, each repeatable or comma-separated, with {@code limit} and {@code offset}.
 * A value it cannot read is a 400 that says which parameter and why.
 */
final class SearchRequest {
    static final int MAX_OFFSET = 10_000;

    private SearchRequest() {}

    static ArticleQuery parse(Context ctx) {
        String q = ctx.queryParam("q");
        Set<String> provinces = new LinkedHashSet<>();
        for (String value : values(ctx, "province")) {
            Province p = Provinces.byCode(value).or(() -> Provinces.byName(value)).orElseThrow(() -> ApiException.badRequest(
                    "unknown province '" + value + "': give a 2025 code (01, 48, ...) or a name such as Đà Nẵng or Quảng Nam"));
            provinces.add(p.code());
        }
        Set<String> topics = new LinkedHashSet<>();
        for (String value : values(ctx, "topic")) {
            topics.add(Topics.byId(value).orElseThrow(() -> ApiException.badRequest("unknown topic '" + value + "'; the topics are "
                    + String.join(", ", Topics.all().stream().map(t -> t.id()).toList()))).id());
        }
        Set<String> languages = new LinkedHashSet<>();
        for (String value : values(ctx, "lang")) {
            if (!value.matches("[a-z]{2}")) {
                throw ApiException.badRequest("lang must be a two-letter language code such as vi or en, was '" + value + "'");
            }
            languages.add(value);
        }
        Set<String> sources = new LinkedHashSet<>(values(ctx, "source"));
        int limit = integer(ctx, "limit", ArticleQuery.DEFAULT_LIMIT, 0, ArticleQuery.MAX_LIMIT);
        int offset = integer(ctx, "offset", 0, 0, MAX_OFFSET);
        return new ArticleQuery(q, provinces, topics, languages, sources, offset, limit);
    }

    private static List<String> values(Context ctx, String name) {
        return ctx.queryParams(name).stream()
                .flatMap(v -> java.util.Arrays.stream(v.split(",")))
                .map(String::strip)
                .filter(v -> !v.isEmpty())
                .toList();
    }

    private static int integer(Context ctx, String name, int fallback, int min, int max) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n < min || n > max) {
                throw ApiException.badRequest(name + " must be between " + min + " and " + max + ", was " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + " must be a whole number, was '" + value + "'");
        }
    }
}
