package org.presswatch.pipeline.operators;

import org.presswatch.core.model.Article;
import org.presswatch.core.util.Validate;

/**
 * An article with its {@link ContentKeys content key}, computed once where the article is
 * extracted: a key selector would be asked twice, by the partitioner that sends the article to
 * its deduplication task and by that task, and the key hashes the whole text.
 */
public record KeyedArticle(String contentKey, Article article) {
    public KeyedArticle {
        Validate.notBlank(contentKey, "contentKey");
        Validate.notNull(article, "article");
    }

    public static KeyedArticle of(Article article) {
        return new KeyedArticle(ContentKeys.of(article), article);
    }
}
