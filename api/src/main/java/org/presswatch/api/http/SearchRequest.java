package org.presswatch.api.http;

import io.javalin.http.Context;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.presswatch.analysis.language.Languages;
import org.presswatch.core.index.ArticleQuery;
import org.presswatch.core.model.FormerProvince;
import org.presswatch.core.model.Province;
import org.presswatch.core.model.Provinces;
import org.presswatch.core.model.Source;
import org.presswatch.core.model.Topics;
import org.presswatch.core.util.ClientText;
import org.presswatch.core.util.Suggestions;

/**
 * Reads {@code GET /api/v1/articles} parameters into an {@link ArticleQuery}: {@code q}, and the
 * filters {@code province} (2025 code or any name, current or former), {@code topic} (the articles
 * the analysis listed under it, or with {@code topic_min} those scored at least that), {@code lang} and {@code source},
 * each repeatable or comma-separated; {@code origin} ({@code domestic} or {@code foreign});
 * {@code from} and {@code to} (a date, taken in Vietnam's time zone, or an ISO instant;
 * {@code to} excluded); {@code min_risk}; {@code sort} ({@code relevance}, {@code newest},
 * {@code oldest}, {@code risk}); {@code limit} with {@code offset}, or {@code after}, the
 * previous page's {@code next} cursor, for deep paging. A value it cannot read is a 400 that says
 * which parameter and why, and what it takes: the range of a number, the known values of a
 * filter (with the one probably meant); the value itself is quoted through {@link ClientText}.
 */
final class SearchRequest {

    private SearchRequest() {}

    static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    /** Far longer than any cursor the index gives out (an order, a number and an article id). */
    static final int MAX_CURSOR_LENGTH = 512;
    /** The dates a filter may name: before or after them the index holds nothing. */
    static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?\\d+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,4})?");

    /** @param maxQueryLength the most characters {@code q} may have */
    static ArticleQuery parse(Context ctx, Map<String, Source> registry, int maxQueryLength) {
        String q = ctx.queryParam("q");
        if (q != null && q.codePointCount(0, q.length()) > maxQueryLength) {
            throw ApiException.badRequest("q is " + q.codePointCount(0, q.length()) + " characters long; a search takes at most "
                    + maxQueryLength);
        }
        Set<String> provinces = new LinkedHashSet<>();
        for (String value : values(ctx, "province")) {
            provinces.add(province(value).code());
        }
        Set<String> topics = new LinkedHashSet<>();
        for (String value : values(ctx, "topic")) {
            topics.add(topic(value));
        }
        Set<String> languages = new LinkedHashSet<>();
        for (String value : values(ctx, "lang")) {
            languages.add(language(value, registry));
        }
        Set<String> asked = new LinkedHashSet<>();
        for (String value : values(ctx, "source")) {
            asked.add(source(value, registry));
        }
        Set<String> sources = origin(ctx, asked, registry);
        int limit = integer(ctx, "limit", ArticleQuery.DEFAULT_LIMIT, 0, ArticleQuery.MAX_LIMIT,
                " (the most one page holds; page on with offset or after)");
        int offset = integer(ctx, "offset", 0, 0, ArticleQuery.MAX_OFFSET,
                " (to page deeper, give after: the previous page's next)");
        String after = ctx.queryParam("after");
        if (after != null && !after.isBlank() && offset > 0) {
            throw ApiException.badRequest("give either offset or after, not both");
        }
        if (after != null && after.strip().length() > MAX_CURSOR_LENGTH) {
            throw ApiException.badRequest("after is not a valid cursor: it is " + after.strip().length()
                    + " characters long, and a cursor is the next of the previous page of the same search");
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
            default -> throw ApiException.badRequest("origin must be domestic or foreign, was " + ClientText.quote(origin)
                    + Suggestions.didYouMean(origin.strip(), List.of("domestic", "foreign")));
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
            throw ApiException.badRequest("sort must be relevance, newest, oldest or risk, was " + ClientText.quote(sort)
                    + Suggestions.didYouMean(sort.strip(), List.of("relevance", "newest", "oldest", "risk")));
        }
    }

    /** A province by 2025 code or by any name, current or former. */
    static Province province(String value) {
        return Provinces.byCode(value).or(() -> Provinces.byName(value)).orElseThrow(() -> ApiException.badRequest(
                "unknown province " + ClientText.quote(value) + (value.chars().anyMatch(Character::isLetter)
                        ? Suggestions.didYouMean(value, provinceNames()) : "")
                        + ": give a 2025 code (01, 48, ...) or a name such as Đà Nẵng or Quảng Nam"));
    }

    /** Every name a province is known by, with and without its diacritics. */
    private static List<String> provinceNames() {
        List<String> names = new ArrayList<>();
        for (Province p : Provinces.all()) {
            names.add(p.name());
            names.add(p.asciiName());
            names.add(p.englishName());
            names.addAll(p.otherNames());
        }
        for (FormerProvince former : Provinces.formerUnits()) {
            names.add(former.name());
        }
        return names;
    }

    private static String topic(String value) {
        List<String> ids = Topics.all().stream().map(t -> t.id()).toList();
        return Topics.byId(value).orElseThrow(() -> ApiException.badRequest("unknown topic " + ClientText.quote(value)
                + Suggestions.didYouMean(value, ids) + "; the topics are " + String.join(", ", ids))).id();
    }

    /**
     * A language code the analysis gives articles ({@link Languages#IDENTIFIED}) or a source
     * declares; an unknown one is refused rather than finding nothing.
     */
    private static String language(String value, Map<String, Source> registry) {
        String code = value.toLowerCase(Locale.ROOT);
        Set<String> known = new TreeSet<>(Languages.IDENTIFIED);
        registry.values().forEach(source -> known.addAll(source.languages()));
        if (known.contains(code)) {
            return code;
        }
        String meant = known.stream().filter(k -> !k.equals(Languages.UNDETERMINED))
                .filter(k -> {
                    Locale locale = Locale.forLanguageTag(k);
                    return locale.getISO3Language().equals(code) || locale.getDisplayLanguage(Locale.ENGLISH).equalsIgnoreCase(value);
                })
                .findFirst().map(k -> " (did you mean '" + k + "'?)").orElse("");
        throw ApiException.badRequest("unknown language " + ClientText.quote(value) + meant + ": lang takes the ISO 639-1 codes of "
                + "the languages the analysis identifies, or und for a text whose language it could not tell: "
                + String.join(", ", known));
    }

    /** A source of the registry, by its id. */
    private static String source(String value, Map<String, Source> registry) {
        if (registry.containsKey(value)) {
            return value;
        }
        throw ApiException.badRequest("unknown source " + ClientText.quote(value) + Suggestions.didYouMean(value, registry.keySet())
                + ": give the id of a source, as GET /api/v1/sources lists them");
    }

    static Instant instant(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        Instant instant;
        try {
            instant = value.strip().length() == 10 ? LocalDate.parse(value.strip()).atStartOfDay(OFFICE_ZONE).toInstant()
                    : Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(name + " must be a date (2026-03-01) or an instant (2026-03-01T08:00:00Z), was "
                    + ClientText.quote(value));
        }
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            throw ApiException.badRequest(name + " must be between " + EARLIEST + " and " + LATEST + ", was " + ClientText.quote(value));
        }
        return instant;
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
        String text = value.strip();
        if (!DECIMAL.matcher(text).matches() || new BigDecimal(text).compareTo(BigDecimal.ZERO) < 0
                || new BigDecimal(text).compareTo(BigDecimal.ONE) > 0) {
            throw ApiException.badRequest(name + " must be a number from 0 to 1, was " + ClientText.quote(value));
        }
        return Double.parseDouble(text);
    }

    private static List<String> values(Context ctx, String name) {
        return ctx.queryParams(name).stream()
                .flatMap(v -> java.util.Arrays.stream(v.split(",")))
                .map(String::strip)
                .filter(v -> !v.isEmpty())
                .toList();
    }

    /**
     * A whole number from min to max; any other value, however large, is refused with that range.
     *
     * @param note said after the range, such as what lies beyond it
     */
    static int integer(Context ctx, String name, int fallback, int min, int max, String note) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String text = value.strip();
        if (!WHOLE_NUMBER.matcher(text).matches() || new BigInteger(text).compareTo(BigInteger.valueOf(min)) < 0
                || new BigInteger(text).compareTo(BigInteger.valueOf(max)) > 0) {
            throw ApiException.badRequest(name + " must be a whole number from " + min + " to " + max + note + ", was "
                    + ClientText.quote(value));
        }
        return Integer.parseInt(text);
    }
}
