package org.presswatch.core.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.Optional;
import org.presswatch.core.model.AnalyzedArticle;

/**
 * The searchable store of analyzed articles. Backends (embedded Lucene, Elasticsearch) implement
 * it; the pipeline writes through it and the API reads through it.
 *
 * <p>Writes are idempotent: {@link #upsert} replaces any article with the same id, so replaying a
 * stream after a restart never duplicates an article. An upserted article becomes searchable
 * within the backend's refresh interval; it is durable only after {@link #commit}, which the
 * pipeline calls on each checkpoint.
 *
 * <p>Implementations are safe for concurrent use by any number of readers and writers.
 */
public interface ArticleIndex extends Closeable {

    /** Adds the article, or replaces the stored one with the same id. */
    void upsert(AnalyzedArticle article) throws IOException;

    /** Makes every upsert so far durable across a crash or restart. */
    void commit() throws IOException;

    Optional<AnalyzedArticle> get(String id) throws IOException;

    /**
     * Runs a query.
     *
     * @throws InvalidQueryException when the query text cannot be parsed
     */
    SearchPage search(ArticleQuery query) throws IOException;

    /** The number of articles stored, committed or not. */
    long count() throws IOException;
}
