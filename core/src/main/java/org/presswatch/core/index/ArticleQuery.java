package org.presswatch.core.index;

import java.util.Set;
import org.presswatch.core.model.Provinces;
import org.presswatch.core.model.Topics;
import org.presswatch.core.util.Validate;

/**
 * A search over the article index. Filters combine with AND; the values inside one filter with OR.
 *
 * @param text query text in the backend's query syntax (words, "phrases", AND/OR/NOT); blank matches all
 * @param provinces 2025 province codes
 * @param topics topic ids; an article matches when it scored on one of them
 * @param languages ISO 639-1 codes
 * @param sources source ids
 * @param offset hits to skip
 * @param limit hits to return, at most {@link #MAX_LIMIT}
 */
public record ArticleQuery(
        String text,
        Set<String> provinces,
        Set<String> topics,
        Set<String> languages,
        Set<String> sources,
        int offset,
        int limit) {

    public static final int MAX_LIMIT = 100;
    public static final int DEFAULT_LIMIT = 20;

    public ArticleQuery {
        text = text == null ? "" : text.strip();
        provinces = Validate.copyOf(provinces, "provinces");
        provinces.forEach(Provinces::require);
        topics = Validate.copyOf(topics, "topics");
        topics.forEach(Topics::require);
        languages = Validate.copyOf(languages, "languages");
        sources = Validate.copyOf(sources, "sources");
        Validate.isTrue(offset >= 0, "offset must not be negative, was %d", offset);
        Validate.inRange(limit, 0, MAX_LIMIT, "limit");
    }

    public static ArticleQuery of(String text) {
        return new ArticleQuery(text, Set.of(), Set.of(), Set.of(), Set.of(), 0, DEFAULT_LIMIT);
    }

    public ArticleQuery withProvinces(Set<String> codes) {
        return new ArticleQuery(text, codes, topics, languages, sources, offset, limit);
    }

    public ArticleQuery withTopics(Set<String> ids) {
        return new ArticleQuery(text, provinces, ids, languages, sources, offset, limit);
    }

    public ArticleQuery withLanguages(Set<String> codes) {
        return new ArticleQuery(text, provinces, topics, codes, sources, offset, limit);
    }

    public ArticleQuery withSources(Set<String> ids) {
        return new ArticleQuery(text, provinces, topics, languages, ids, offset, limit);
    }

    public ArticleQuery withPage(int newOffset, int newLimit) {
        return new ArticleQuery(text, provinces, topics, languages, sources, newOffset, newLimit);
    }
}
