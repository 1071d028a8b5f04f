package org.presswatch.index.text;

import java.time.Instant;
import org.presswatch.core.model.AnalyzedArticle;

/**
 * The fields of an indexed article, the same in every backend: searchable title and text
 * (folded), both together, both with their diacritics; filter and facet fields; each topic's
 * score, the risk and the publication time for ranges and sorting. The queries of
 * {@link ArticleQueries} name these fields.
 */
public final class ArticleFields {
    public static final String ID = "id";
    public static final String TITLE = "title";
    public static final String TEXT = "text";
    /** Title and text together: what a query must match. */
    public static final String ALL = "all";
    /**
     * Title and text as pairs of folded words in a row ({@code bien_dong}): a phrase of two common
     * syllables, which is most of Vietnamese, is looked up here as one rarer term instead of
     * checking the positions of two very common ones ({@link PairPhrases}).
     */
    public static final String PAIRS = "pairs";
    /** Joins the two words of a pair: the Elasticsearch backend sends terms separated by spaces. */
    public static final String PAIR_JOINER = "_";
    /** Title and text with their diacritics: a query's exact words rank higher. */
    public static final String EXACT = "exact";
    /** The risk score, for filters and sorting. */
    public static final String RISK = "risk";
    /** Prefix of each topic's score field ({@code topic_score.sovereignty}), for minimum-score filters. */
    public static final String TOPIC_SCORE = "topic_score.";
    public static final String PROVINCE = "province";
    public static final String TOPIC = "topic";
    public static final String LANGUAGE = "language";
    public static final String SOURCE = "source";
    public static final String PUBLISHED = "published";

    private ArticleFields() {}

    /** Title and text as the combined fields hold them. */
    public static String all(AnalyzedArticle a) {
        return a.article().title() + "\n" + a.article().text();
    }

    /** Articles without a publication date sort and filter by when they were fetched. */
    public static Instant timeOf(AnalyzedArticle a) {
        return a.article().published() != null ? a.article().published() : a.article().fetched();
    }
}
