package org.presswatch.core.index;

import org.presswatch.core.model.AnalyzedArticle;
import org.presswatch.core.util.Validate;

/**
 * One article in a result page.
 *
 * @param snippet a passage of the text around the query's matches, plain text, or the article's
 *     opening when the query matched no passage
 */
public record SearchHit(AnalyzedArticle article, double score, String snippet) {
    public SearchHit {
        Validate.notNull(article, "article");
        Validate.notNull(snippet, "snippet");
    }
}
