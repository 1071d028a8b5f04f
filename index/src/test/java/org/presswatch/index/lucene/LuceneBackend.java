package org.presswatch.index.lucene;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.presswatch.core.index.ArticleIndex;
import org.presswatch.index.IndexBackend;

/** The embedded backend for the tests: an index whose readers move only when the test refreshes it. */
final class LuceneBackend implements IndexBackend {
    static final LuceneBackend INSTANCE = new LuceneBackend();
    /** Long enough that the background refresher never runs during a test that wants to control visibility. */
    static final Duration NEVER = Duration.ofHours(1);

    private LuceneBackend() {}

    static LuceneArticleIndex openIndex(Path dir) throws IOException {
        return new LuceneArticleIndex(dir, NEVER);
    }

    @Override
    public ArticleIndex open(Path dir) throws IOException {
        return openIndex(dir);
    }

    @Override
    public void refresh(ArticleIndex index) throws IOException {
        ((LuceneArticleIndex) index).refresh();
    }
}
