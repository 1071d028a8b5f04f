package org.presswatch.index.lucene;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The embedded Lucene indexes of this JVM, one open instance per directory, shared by the API and
 * the Flink job's tasks (see {@link SharedPerDirectory}): the articles, and the alerts beside
 * them. Pair every acquire with a release; the last release commits and closes. Thread-safe.
 */
public final class SharedLuceneIndexes {
    private static final SharedPerDirectory<LuceneArticleIndex> ARTICLES = new SharedPerDirectory<>();
    private static final SharedPerDirectory<LuceneAlertStore> ALERTS = new SharedPerDirectory<>();

    private SharedLuceneIndexes() {}

    /** The article index in the directory, opened on first use. */
    public static LuceneArticleIndex acquire(Path directory, Duration refreshInterval) throws IOException {
        return ARTICLES.acquire(directory, dir -> new LuceneArticleIndex(dir, refreshInterval));
    }

    public static void release(LuceneArticleIndex index) throws IOException {
        ARTICLES.release(index);
    }

    /** The alert store in the directory, opened on first use. */
    public static LuceneAlertStore acquireAlerts(Path directory) throws IOException {
        return ALERTS.acquire(directory, LuceneAlertStore::new);
    }

    public static void releaseAlerts(LuceneAlertStore store) throws IOException {
        ALERTS.release(store);
    }
}
