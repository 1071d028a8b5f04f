package org.presswatch.core.model;

import java.util.List;
import org.presswatch.core.util.Validate;

/**
 * An article with its analysis: the unit the index stores and the API returns.
 *
 * @param claims the rebuttal-library entries whose claims the article makes, best first, as the
 *     pipeline matched them when it indexed the article; empty when it matched none or the
 *     article was not flagged for matching
 */
public record AnalyzedArticle(Article article, ArticleAnalysis analysis, List<ClaimMatch> claims) {
    public AnalyzedArticle {
        Validate.notNull(article, "article");
        Validate.notNull(analysis, "analysis");
        claims = claims == null ? List.of() : List.copyOf(claims);
    }

    public AnalyzedArticle(Article article, ArticleAnalysis analysis) {
        this(article, analysis, List.of());
    }

    public String id() {
        return article.id();
    }

    public AnalyzedArticle withClaims(List<ClaimMatch> matched) {
        return new AnalyzedArticle(article, analysis, matched);
    }
}
