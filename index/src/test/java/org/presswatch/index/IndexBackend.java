package org.presswatch.index;

import java.io.IOException;
import java.nio.file.Path;
import org.presswatch.core.index.ArticleIndex;
import org.presswatch.core.model.AnalyzedArticle;

/** How the contract tests open, refresh and throw away an index of one backend. */
public interface IndexBackend {

    /** A new, empty index; a backend that cannot run here aborts the test with a reason. */
    ArticleIndex open(Path dir) throws IOException;

    /** Makes every write so far searchable. */
    void refresh(ArticleIndex index) throws IOException;

    /** Closes the index and removes what it stored outside {@code dir}; nothing for null (a test skipped before opening one). */
    default void discard(ArticleIndex index) throws IOException {
        if (index != null) {
            index.close();
        }
    }

    /** Upserts the articles and makes them searchable. */
    default void load(ArticleIndex index, AnalyzedArticle... articles) throws IOException {
        for (AnalyzedArticle a : articles) {
            index.upsert(a);
        }
        refresh(index);
    }
}
