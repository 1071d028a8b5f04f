package org.presswatch.core.model;

import org.presswatch.core.util.Validate;

/** An article with its analysis: the unit the index stores and the API returns. */
public record AnalyzedArticle(Article article, ArticleAnalysis analysis) {
    public AnalyzedArticle {
        Validate.notNull(article, "article");
        Validate.notNull(analysis, "analysis");
    }

    public String id() {
        return article.id();
    }
}
