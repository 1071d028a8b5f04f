package org.presswatch.core.index;

import org.presswatch.core.model.AnalyzedArticle;
import org.presswatch.core.util.Validate;

/**
 * One article in a result page.
 *
 * @param snippet HTML: a passage of the text around the query's matches, or the article's opening
 *     when no passage matched; the article's text escaped, the matches in {@code <mark>}
 */
public record SearchHit(AnalyzedArticle article, double score, String snippet) {
    public SearchHit {
        Validate.notNull(article, "article");
        Validate.notNull(snippet, "snippet");
    }
}
