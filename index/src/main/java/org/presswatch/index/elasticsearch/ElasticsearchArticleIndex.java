package org.presswatch.index.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.get.GetResult;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.presswatch.core.index.ArticleIndex;
import org.presswatch.core.index.ArticleQuery;
import org.presswatch.core.index.Bucket;
import org.presswatch.core.index.DateCount;
import org.presswatch.core.index.SearchHit;
import org.presswatch.core.index.SearchPage;
import org.presswatch.core.json.Json;
import org.presswatch.core.model.AnalyzedArticle;
import org.presswatch.core.util.DaemonThreads;
import org.presswatch.core.util.Validate;
import org.presswatch.index.text.Analyzers;
import org.presswatch.index.text.ArticleFields;
import org.presswatch.index.text.ArticleQueries;
import org.presswatch.index.text.ArticleWords;
import org.presswatch.index.text.Snippets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scale-out article index: one Elasticsearch index, reached with the official Java client.
 *
 * <p>Articles are analyzed here, by the same analysis as the Lucene backend, and sent
 * pre-analysed ({@link PreAnalyzedArticles}); queries are read here and translated
 * ({@link LuceneQueryTranslation}). The server needs no plugin, and the same query finds the same
 * articles in both backends. On opening, the index template is put and the index created when
 * missing; an index made by another layout is refused.
 *
 * <p>Writes are buffered and sent in bulk ({@link BulkWriter}): an upsert becomes searchable after
 * the next flush (every {@code flushInterval}, or when the buffer fills) and the server's refresh
 * (every second). {@link #commit} returns when the server has taken every write so far; the
 * server acknowledges a write only once it is in its translog on disk, so committed writes
 * survive a crash of either side. Snippets are made here from each hit's text, since the
 * pre-analysed fields have no offsets into it. Thread-safe; close it to send the last writes and
 * release the connection pool.
 */
public final class ElasticsearchArticleIndex implements ArticleIndex {
    /** The layout this class writes; an index with another one was made by another version. */
    static final int LAYOUT = 2;
    private static final String TEMPLATE = "/org/presswatch/index/elasticsearch/articles-template.json";
    private static final int BULK_OPERATIONS = 500;
    private static final long BULK_BYTES = 5L << 20;
    private static final Logger LOG = LoggerFactory.getLogger(ElasticsearchArticleIndex.class);

    private final String index;
    private final ClusterConnection connection;
    private final ElasticsearchClient client;
    private final PreAnalyzedArticles documents = new PreAnalyzedArticles();
    private final BulkWriter writer;
    private final ScheduledExecutorService flusher;
    private final Analyzer queryAnalyzer = Analyzers.query();
    private final Analyzer exactAnalyzer = Analyzers.exact();
    private final Analyzer folding = Analyzers.folding();

    /**
     * Connects, and creates the index (and its template) when it does not exist yet.
     *
     * @param url the cluster's HTTP address, e.g. {@code http://127.0.0.1:9200}
     * @param index the index's name: lowercase, as Elasticsearch requires
     * @param flushInterval how long an upsert may wait in the buffer before it is sent
     * @throws IOException when the cluster cannot be reached, or holds an index of that name with
     *     another layout
     */
    public ElasticsearchArticleIndex(URI url, String index, Duration flushInterval) throws IOException {
        Validate.notNull(url, "url");
        ClusterConnection.indexName(index);
        Validate.isTrue(flushInterval != null && flushInterval.toMillis() > 0, "flushInterval must be at least 1 ms, was %s", flushInterval);
        this.index = index;
        this.connection = new ClusterConnection(url);
        this.client = connection.client();
        try {
            ensureIndex(url);
        } catch (IOException | RuntimeException e) {
            connection.close();
            throw e;
        }
        this.writer = new BulkWriter(client, index, BULK_OPERATIONS, BULK_BYTES, BulkWriter.Retry.DEFAULT);
        this.flusher = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("elasticsearch-flush-" + index));
        long ms = flushInterval.toMillis();
        flusher.scheduleWithFixedDelay(this::flushInBackground, ms, ms, TimeUnit.MILLISECONDS);
    }

    private void ensureIndex(URI url) throws IOException {
        JsonData layout;
        try (InputStream template = ElasticsearchArticleIndex.class.getResourceAsStream(TEMPLATE)) {
            if (template == null) {
                throw new IllegalStateException(TEMPLATE + " is missing from the presswatch-index jar");
            }
            client.indices().putIndexTemplate(t -> t.withJson(template).name(index).indexPatterns(index));
            if (!client.indices().exists(e -> e.index(index)).value()) {
                // the window offset paging needs: the server refuses deeper pages than its setting
                client.indices().create(c -> c.index(index).settings(s -> s.maxResultWindow(ArticleQuery.MAX_OFFSET + ArticleQuery.MAX_LIMIT + 1)));
            }
            Map<String, JsonData> meta = client.indices().getMapping(m -> m.index(index)).get(index).mappings().meta();
            layout = meta == null ? null : meta.get("presswatch_layout");
        } catch (ElasticsearchException | IOException e) {
            throw new IOException("cannot set up the index " + index + " in Elasticsearch at " + url + ": " + e.getMessage(), e);
        }
        if (layout == null || layout.to(Integer.class) != LAYOUT) {
            throw new IOException("the Elasticsearch index " + index + " at " + url + " was not made by this presswatch (layout "
                    + layout + ", expected " + LAYOUT + "); give another index name, or delete it and reindex");
        }
    }

    private void flushInBackground() {
        try {
            writer.flush();
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot send the buffered writes to the Elasticsearch index {}: {}", index, e.getMessage());
        }
    }

    @Override
    public void upsert(AnalyzedArticle article) throws IOException {
        writer.index(article.id(), Json.mapper().writeValueAsBytes(documents.toSource(article)));
    }

    @Override
    public void commit() throws IOException {
        writer.flush();
    }

    @Override
    public void delete(String id) throws IOException {
        writer.delete(id);
    }

    /** Sends the buffered writes and makes every write so far visible to searches now. */
    public void refresh() throws IOException {
        writer.flush();
        call(() -> client.indices().refresh(r -> r.index(index)));
    }

    @Override
    public Optional<AnalyzedArticle> get(String id) throws IOException {
        GetResponse<ObjectNode> found = call(() -> client.get(g -> g.index(index).id(id).sourceIncludes(PreAnalyzedArticles.ARTICLE),
                ObjectNode.class));
        return found.found() ? Optional.of(PreAnalyzedArticles.fromSource(found.source(), id)) : Optional.empty();
    }

    /** One multi-get, which answers in the order asked and, like get, sees every write sent so far. */
    @Override
    public Map<String, AnalyzedArticle> getAll(Collection<String> ids) throws IOException {
        Validate.inRange(ids.size(), 0, ArticleQuery.MAX_GET_ALL, "the number of ids");
        List<String> wanted = List.copyOf(new LinkedHashSet<>(ids));
        if (wanted.isEmpty()) {
            // the server refuses a multi-get of nothing
            return Map.of();
        }
        MgetResponse<ObjectNode> response = call(() -> client.mget(m -> m.index(index).ids(wanted)
                .sourceIncludes(PreAnalyzedArticles.ARTICLE), ObjectNode.class));
        Map<String, AnalyzedArticle> found = new LinkedHashMap<>();
        for (MultiGetResponseItem<ObjectNode> item : response.docs()) {
            if (item.isFailure()) {
                throw new IOException("cannot read article " + item.failure().id() + " from the Elasticsearch index " + index + ": "
                        + item.failure().error().reason());
            }
            GetResult<ObjectNode> doc = item.result();
            if (doc.found()) {
                found.put(doc.id(), PreAnalyzedArticles.fromSource(doc.source(), doc.id()));
            }
        }
        return found;
    }

    @Override
    public List<AnalyzedArticle> scan(String afterId, int limit) throws IOException {
        Validate.inRange(limit, 0, ArticleQuery.MAX_SCAN, "limit");
        if (limit == 0) {
            return List.of();
        }
        SearchResponse<ObjectNode> response = call(() -> client.search(s -> {
            s.index(index).size(limit).trackTotalHits(t -> t.enabled(false)).source(x -> x.filter(f -> f.includes(PreAnalyzedArticles.ARTICLE)))
                    .sort(o -> o.field(f -> f.field(ArticleFields.ID).order(SortOrder.Asc)));
            if (afterId != null) {
                s.searchAfter(FieldValue.of(afterId));
            }
            return s;
        }, ObjectNode.class));
        List<AnalyzedArticle> articles = new ArrayList<>(limit);
        for (Hit<ObjectNode> hit : response.hits().hits()) {
            articles.add(PreAnalyzedArticles.fromSource(hit.source(), hit.id()));
        }
        return articles;
    }

    @Override
    public SearchPage search(ArticleQuery query) throws IOException {
        ArticleQueries queries = new ArticleQueries(queryAnalyzer, exactAnalyzer);
        org.apache.lucene.search.Query text = queries.text(query.text());
        org.apache.lucene.search.Query marked = queries.marked(query.text());
        SearchResponse<ObjectNode> response = call(() -> client.search(
                ArticleSearches.search(index, query, ArticleSearches.query(query, text)), ObjectNode.class));
        List<Hit<ObjectNode>> found = response.hits().hits();
        List<SearchHit> hits = new ArrayList<>();
        UnifiedHighlighter highlighter = marked == null ? null : Snippets.withoutIndex(folding);
        for (Hit<ObjectNode> hit : found.subList(0, Math.min(found.size(), query.limit()))) {
            AnalyzedArticle article = PreAnalyzedArticles.fromSource(hit.source(), hit.id());
            String snippet = marked == null ? Snippets.opening(article.article().text())
                    : Snippets.highlight(highlighter, marked, article.article().text());
            hits.add(new SearchHit(article, hit.score() == null ? 0 : hit.score(), snippet));
        }
        String next = found.size() > query.limit() && query.limit() > 0
                ? ArticleSearches.cursor(query.effectiveOrder(), found.get(query.limit() - 1))
                : null;
        return new SearchPage(response.hits().total().value(), hits, ArticleSearches.facets(response), next);
    }

    @Override
    public List<DateCount> histogram(ArticleQuery query, Bucket bucket, ZoneId zone) throws IOException {
        org.apache.lucene.search.Query text = new ArticleQueries(queryAnalyzer, exactAnalyzer).text(query.text());
        SearchResponse<ObjectNode> response = call(() -> client.search(
                ArticleSearches.histogram(index, ArticleSearches.query(query, text), bucket, zone), ObjectNode.class));
        return ArticleSearches.histogram(response, zone);
    }

    /**
     * More like this over title and text, the article given as its own words: the server keeps
     * no source for the pre-analysed fields to read them back from.
     */
    @Override
    public List<SearchHit> similar(String id, int limit) throws IOException {
        Validate.inRange(limit, 0, ArticleQuery.MAX_LIMIT, "limit");
        Optional<AnalyzedArticle> self = get(id);
        if (self.isEmpty() || limit == 0) {
            return List.of();
        }
        ArticleWords found = ArticleWords.of(self.get().article().title(), self.get().article().text());
        ObjectNode words = Json.mapper().createObjectNode()
                .put(ArticleFields.TITLE, PreAnalyzedArticles.joined(found.titleFolded()))
                .put(ArticleFields.TEXT, PreAnalyzedArticles.joined(found.textFolded()));
        JsonData like = JsonData.of(words);
        SearchResponse<ObjectNode> response = call(() -> client.search(s -> s.index(index).size(limit)
                .source(src -> src.filter(f -> f.includes(PreAnalyzedArticles.ARTICLE)))
                .query(q -> q.bool(b -> b
                        .must(m -> m.moreLikeThis(mlt -> mlt.fields(ArticleFields.TITLE, ArticleFields.TEXT)
                                .like(l -> l.document(d -> d.doc(like))).minTermFreq(1).minDocFreq(1).maxQueryTerms(25)))
                        .mustNot(n -> n.ids(i -> i.values(id))))), ObjectNode.class));
        List<SearchHit> hits = new ArrayList<>();
        for (Hit<ObjectNode> hit : response.hits().hits()) {
            AnalyzedArticle article = PreAnalyzedArticles.fromSource(hit.source(), hit.id());
            hits.add(new SearchHit(article, hit.score() == null ? 0 : hit.score(), Snippets.opening(article.article().text())));
        }
        return hits;
    }

    @Override
    public long count() throws IOException {
        refresh();
        return call(() -> client.count(c -> c.index(index))).count();
    }

    /** Sends the last writes, then closes the connections, even when sending fails. */
    @Override
    public void close() throws IOException {
        flusher.shutdown();
        try {
            writer.flush();
        } finally {
            connection.close();
        }
    }

    /** Runs a request; the server's refusal becomes an IOException naming the index and the cluster. */
    private <T> T call(ClusterConnection.Call<T> request) throws IOException {
        return connection.call(index, request);
    }
}
