package org.presswatch.core.index;

import java.io.Closeable;
import java.io.IOException;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
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

    /** Removes the article with this id; nothing happens for an id the index does not hold. */
    void delete(String id) throws IOException;

    Optional<AnalyzedArticle> get(String id) throws IOException;

    /**
     * The stored articles with these ids, in one round trip to the backend rather than one per
     * id: for a page that lists many articles it already knows by id, such as the articles an
     * alert cites. The map iterates in the order the ids are given, each id once; an id the index
     * does not hold is left out. It sees what {@link #get} sees.
     *
     * @param ids at most {@link ArticleQuery#MAX_GET_ALL}
     */
    Map<String, AnalyzedArticle> getAll(Collection<String> ids) throws IOException;

    /**
     * Runs a query.
     *
     * @throws InvalidQueryException when the query text cannot be parsed
     */
    SearchPage search(ArticleQuery query) throws IOException;

    /**
     * How many articles matching the query were published in each period, oldest first, every
     * period from the first match's to the last's included (empty ones count 0). The query's text,
     * filters and range apply; its order, cursor and page do not.
     *
     * @param zone the time zone in which days begin (Vietnam's, for an office there)
     */
    List<DateCount> histogram(ArticleQuery query, Bucket bucket, ZoneId zone) throws IOException;

    /**
     * The articles most like the given one (the same story elsewhere, the same claim again), most
     * similar first, the article itself left out; empty for an unknown id.
     */
    List<SearchHit> similar(String id, int limit) throws IOException;

    /**
     * Up to {@code limit} stored articles in ascending id order, those whose id sorts after
     * {@code afterId} (null: from the first): a pass over the whole index for a batch job, such
     * as re-analysing every article, with no facets, snippets or ranking. Articles ids are hex
     * digits, so a pass can be split between readers by the ids' first digit. It sees what a
     * search sees.
     */
    List<AnalyzedArticle> scan(String afterId, int limit) throws IOException;

    /** The number of articles stored, committed or not. */
    long count() throws IOException;
}
