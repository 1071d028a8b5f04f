package org.presswatch.api.http;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.presswatch.core.index.ArticleQuery;
import org.presswatch.core.model.Province;
import org.presswatch.core.model.Provinces;
import org.presswatch.core.model.Source;
import org.presswatch.core.model.Topics;

/**
 * Reads {@code GET /api/v1/articles} parameters into an {@link ArticleQuery}: {@code q}, and the
 * filters {@code province} (2025 code or any name, current or former), {@code topic} (the articles
 * the analysis listed under it, or with {@code topic_min} those scored at least that), {@code lang} and {@code source},
 * each repeatable or comma-separated; {@code origin} ({@code domestic} or {@code foreign});
 * {@code from} and {@code to} (a date, taken in Vietnam's time zone, or an ISO instant;
 * {@code to} excluded); {@code min_risk}; {@code sort} ({@code relevance}, {@code newest},
 * {@code oldest}, {@code risk}); {@code limit} with {@code offset}, or {@code after}, the
 * previous page's {@code next} cursor, for deep paging. A value it cannot read is a 400 that says
 * which parameter and why.
 */
final class SearchRequest {

    private SearchRequest() {}

    static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    static ArticleQuery parse(Context ctx, Map<String, Source> registry) {
        String q = ctx.queryParam("q");
        Set<String> provinces = new LinkedHashSet<>();
        for (String value : values(ctx, "province")) {
            provinces.add(province(value).code());
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
        Set<String> sources = origin(ctx, new LinkedHashSet<>(values(ctx, "source")), registry);
        int limit = integer(ctx, "limit", ArticleQuery.DEFAULT_LIMIT, 0, ArticleQuery.MAX_LIMIT);
        int offset = integer(ctx, "offset", 0, 0, ArticleQuery.MAX_OFFSET);
        String after = ctx.queryParam("after");
        if (after != null && !after.isBlank() && offset > 0) {
            throw ApiException.badRequest("give either offset or after, not both");
        }
        Instant from = instant(ctx, "from");
        Instant to = instant(ctx, "to");
        if (from != null && to != null && !from.isBefore(to)) {
            throw ApiException.badRequest("from must be before to");
        }
        return new ArticleQuery(q, provinces, topics, optionalFraction(ctx, "topic_min"), languages, sources,
                from, to, fraction(ctx, "min_risk", 0), order(ctx), after == null || after.isBlank() ? null : after.strip(), offset, limit);
    }

    /** The sources the origin filter leaves: the domestic or foreign ones among those asked for, or among all. */
    private static Set<String> origin(Context ctx, Set<String> asked, Map<String, Source> registry) {
        String origin = ctx.queryParam("origin");
        if (origin == null || origin.isBlank()) {
            return asked;
        }
        boolean domestic = switch (origin.strip()) {
            case "domestic" -> true;
            case "foreign" -> false;
            default -> throw ApiException.badRequest("origin must be domestic or foreign, was '" + origin + "'");
        };
        Set<String> kept = new LinkedHashSet<>();
        registry.values().stream().filter(src -> src.domestic() == domestic && (asked.isEmpty() || asked.contains(src.id())))
                .forEach(src -> kept.add(src.id()));
        if (kept.isEmpty()) {
            throw ApiException.badRequest("no " + origin.strip() + " source among those asked for");
        }
        return kept;
    }

    private static ArticleQuery.Order order(Context ctx) {
        String sort = ctx.queryParam("sort");
        if (sort == null || sort.isBlank()) {
            return null;
        }
        try {
            return ArticleQuery.Order.valueOf(sort.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("sort must be relevance, newest, oldest or risk, was '" + sort + "'");
        }
    }

    /** A province by 2025 code or by any name, current or former. */
    static Province province(String value) {
        return Provinces.byCode(value).or(() -> Provinces.byName(value)).orElseThrow(() -> ApiException.badRequest(
                "unknown province '" + value + "': give a 2025 code (01, 48, ...) or a name such as Đà Nẵng or Quảng Nam"));
    }

    static Instant instant(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.strip().length() == 10 ? LocalDate.parse(value.strip()).atStartOfDay(OFFICE_ZONE).toInstant() : Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(name + " must be a date (2026-03-01) or an instant (2026-03-01T08:00:00Z), was '" + value + "'");
        }
    }

    private static Double optionalFraction(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? null : fraction(ctx, name, 0);
    }

    private static double fraction(Context ctx, String name, double fallback) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            double d = Double.parseDouble(value.strip());
            if (!(d >= 0 && d <= 1)) {
                throw ApiException.badRequest(name + " must be between 0 and 1, was " + value);
            }
            return d;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + " must be a number between 0 and 1, was '" + value + "'");
        }
    }

    private static List<String> values(Context ctx, String name) {
        return ctx.queryParams(name).stream()
                .flatMap(v -> java.util.Arrays.stream(v.split(",")))
                .map(String::strip)
                .filter(v -> !v.isEmpty())
                .toList();
    }

    static int integer(Context ctx, String name, int fallback, int min, int max) {
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
