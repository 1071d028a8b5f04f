package org.presswatch.core.index;

import java.time.Instant;
import java.util.Set;
import org.presswatch.core.model.Provinces;
import org.presswatch.core.model.Topics;
import org.presswatch.core.util.Validate;

/**
 * A search over the article index. Filters combine with AND; the values inside one filter with OR.
 * Build one with {@link #of} and the {@code with...} methods.
 *
 * @param text query text in the backend's query syntax (words, "phrases", AND/OR/NOT); blank matches all
 * @param provinces 2025 province codes
 * @param topics topic ids; an article matches when the analysis listed it under one of them, or, with
 *     {@code minTopicScore}, when it scored at least that on one of them
 * @param minTopicScore the score a topic filter asks for, in [0, 1]; null for the topics the analysis listed
 * @param languages ISO 639-1 codes
 * @param sources source ids
 * @param from published at or after this instant, or null
 * @param to published before this instant, or null
 * @param minRisk the lowest risk score matched, in [0, 1]
 * @param order how hits are sorted; null sorts by relevance when there is text, else newest first
 * @param after the {@link SearchPage#next} cursor of the previous page, for deep paging; null for
 *     the first page. With a cursor the offset must be 0.
 * @param offset hits to skip, at most {@link #MAX_OFFSET}; deeper pages are reached by cursor
 * @param limit hits to return, at most {@link #MAX_LIMIT}
 */
public record ArticleQuery(
        String text,
        Set<String> provinces,
        Set<String> topics,
        Double minTopicScore,
        Set<String> languages,
        Set<String> sources,
        Instant from,
        Instant to,
        double minRisk,
        Order order,
        String after,
        int offset,
        int limit) {

    public static final int MAX_LIMIT = 100;
    /** The most articles one {@link ArticleIndex#scan} returns. */
    public static final int MAX_SCAN = 1_000;
    /** The most ids one {@link ArticleIndex#getAll} looks up. */
    public static final int MAX_GET_ALL = 10 * MAX_LIMIT;
    /** The deepest page an offset reaches: a backend ranks offset + limit hits to serve it. */
    public static final int MAX_OFFSET = 10_000;
    public static final int DEFAULT_LIMIT = 20;

    /** The orders of a result list. Every order breaks ties by article id, so pages never overlap or skip. */
    public enum Order { RELEVANCE, NEWEST, OLDEST, RISK }

    public ArticleQuery {
        text = text == null ? "" : text.strip();
        provinces = Validate.copyOf(provinces, "provinces");
        provinces.forEach(Provinces::require);
        topics = Validate.copyOf(topics, "topics");
        topics.forEach(Topics::require);
        Validate.isTrue(minTopicScore == null || minTopicScore >= 0 && minTopicScore <= 1, "minTopicScore must be in [0, 1], was %s",
                minTopicScore);
        languages = Validate.copyOf(languages, "languages");
        sources = Validate.copyOf(sources, "sources");
        Validate.isTrue(from == null || to == null || from.isBefore(to), "from (%s) must be before to (%s)", from, to);
        Validate.inRange(minRisk, 0, 1, "minRisk");
        Validate.inRange(offset, 0, MAX_OFFSET, "offset");
        Validate.isTrue(after == null || offset == 0, "a page after a cursor starts at offset 0, not %d", offset);
        Validate.inRange(limit, 0, MAX_LIMIT, "limit");
    }

    public static ArticleQuery of(String text) {
        return new ArticleQuery(text, Set.of(), Set.of(), null, Set.of(), Set.of(), null, null, 0, null, null, 0,
                DEFAULT_LIMIT);
    }

    /** The order in effect: the one asked for, else relevance for a text query and newest first for a filter-only one. */
    public Order effectiveOrder() {
        return order != null ? order : text.isEmpty() ? Order.NEWEST : Order.RELEVANCE;
    }

    public ArticleQuery withProvinces(Set<String> codes) {
        return new ArticleQuery(text, codes, topics, minTopicScore, languages, sources, from, to, minRisk, order, after, offset, limit);
    }

    /** Articles the analysis listed under one of the topics. */
    public ArticleQuery withTopics(Set<String> ids) {
        return withTopics(ids, null);
    }

    /** Articles scored at least {@code minScore} on one of the topics; null for those the analysis listed. */
    public ArticleQuery withTopics(Set<String> ids, Double minScore) {
        return new ArticleQuery(text, provinces, ids, minScore, languages, sources, from, to, minRisk, order, after, offset, limit);
    }

    public ArticleQuery withLanguages(Set<String> codes) {
        return new ArticleQuery(text, provinces, topics, minTopicScore, codes, sources, from, to, minRisk, order, after, offset, limit);
    }

    public ArticleQuery withSources(Set<String> ids) {
        return new ArticleQuery(text, provinces, topics, minTopicScore, languages, ids, from, to, minRisk, order, after, offset, limit);
    }

    /** Articles published in [from, to); either may be null for an open end. */
    public ArticleQuery withPublished(Instant newFrom, Instant newTo) {
        return new ArticleQuery(text, provinces, topics, minTopicScore, languages, sources, newFrom, newTo, minRisk, order, after, offset,
                limit);
    }

    public ArticleQuery withMinRisk(double risk) {
        return new ArticleQuery(text, provinces, topics, minTopicScore, languages, sources, from, to, risk, order, after, offset, limit);
    }

    public ArticleQuery withOrder(Order newOrder) {
        return new ArticleQuery(text, provinces, topics, minTopicScore, languages, sources, from, to, minRisk, newOrder, after, offset,
                limit);
    }

    /** The page after the one whose {@link SearchPage#next} cursor is given. */
    public ArticleQuery withAfter(String cursor) {
        return new ArticleQuery(text, provinces, topics, minTopicScore, languages, sources, from, to, minRisk, order, cursor, 0, limit);
    }

    public ArticleQuery withPage(int newOffset, int newLimit) {
        return new ArticleQuery(text, provinces, topics, minTopicScore, languages, sources, from, to, minRisk, order, after, newOffset,
                newLimit);
    }
}
