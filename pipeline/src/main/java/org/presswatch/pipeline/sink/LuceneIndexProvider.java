package org.presswatch.pipeline.sink;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.presswatch.core.index.ArticleIndex;
import org.presswatch.index.lucene.LuceneArticleIndex;
import org.presswatch.index.lucene.SharedLuceneIndexes;

/**
 * The embedded Lucene index, shared with everything else in this JVM that uses the same
 * directory (the API serving searches, the other sink tasks).
 */
public final class LuceneIndexProvider implements IndexProvider {
    private final String directory;
    private final Duration refreshInterval;

    public LuceneIndexProvider(Path directory, Duration refreshInterval) {
        this.directory = directory.toAbsolutePath().toString();
        this.refreshInterval = refreshInterval;
    }

    @Override
    public ArticleIndex acquire() throws IOException {
        return SharedLuceneIndexes.acquire(Path.of(directory), refreshInterval);
    }

    @Override
    public void release(ArticleIndex index) throws IOException {
        SharedLuceneIndexes.release((LuceneArticleIndex) index);
    }
}
