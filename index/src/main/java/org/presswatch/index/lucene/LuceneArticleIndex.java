package org.presswatch.index.lucene;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.ConcurrentSortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.presswatch.core.index.ArticleIndex;
import org.presswatch.core.index.ArticleQuery;
import org.presswatch.core.index.Bucket;
import org.presswatch.core.index.DateCount;
import org.presswatch.core.index.FacetCount;
import org.presswatch.core.index.SearchHit;
import org.presswatch.core.index.SearchPage;
import org.presswatch.core.model.AnalyzedArticle;
import org.presswatch.core.util.Await;
import org.presswatch.core.util.DaemonThreads;
import org.presswatch.core.util.IoThreads;
import org.presswatch.core.util.Validate;
import org.presswatch.index.text.Analyzers;
import org.presswatch.index.text.ArticleFields;
import org.presswatch.index.text.ArticleQueries;
import org.presswatch.index.text.Snippets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded article index: Lucene in a directory on local disk.
 *
 * <p>One instance owns the directory's write lock; share it (see {@link SharedLuceneIndexes})
 * rather than opening a second one on the same directory. Readers are near-real-time: an
 * upserted article is searchable after the next refresh, which a background thread runs every
 * refresh interval; {@link #commit()} makes writes durable. Closing commits and releases the
 * directory. Thread-safe.
 *
 * <p>Every write runs on the index's own threads, never on the caller's: Lucene's writer is
 * ruined for good when a thread is interrupted in the middle of file I/O, and callers do get
 * interrupted (Flink interrupts its tasks when it cancels a job). An interrupted caller gets an
 * {@link InterruptedIOException}; its write still completes.
 */
public final class LuceneArticleIndex implements ArticleIndex {
    private static final int SNIPPET_PASSAGES = 1;
    private static final int FACET_VALUES = 50;
    private static final int CORES = Runtime.getRuntime().availableProcessors();
    private static final int WRITER_THREADS = Math.max(2, Math.min(4, CORES));
    /**
     * Lucene 9 searches each segment on one thread, so a search uses every core only when no
     * segment holds most of the index. With Lucene's default cap (5 GB) a million articles merge
     * into one segment of four fifths of them, searched by one core while the others wait; at
     * 1 GB (about 150,000 articles) the segments spread over the cores.
     */
    private static final double MAX_SEGMENT_MB = 1024;
    /**
     * An article's words go into five fields, the pairs alone a new term for most of them: with
     * Lucene's default 16 MB the writer flushes a small segment every few hundred articles and
     * then spends its time merging them.
     */
    private static final double RAM_BUFFER_MB = 64;
    private static final Logger LOG = LoggerFactory.getLogger(LuceneArticleIndex.class);

    private final Path directory;
    private final FSDirectory dir;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final FacetsConfig facetsConfig = ArticleDocuments.facetsConfig();
    private final Analyzer queryAnalyzer = Analyzers.query();
    private final Analyzer exactAnalyzer = Analyzers.exact();
    /** How the text is analyzed, for similar stories and for highlighting; shared, as analyzers are thread-safe. */
    private final Analyzer folding = Analyzers.folding();
    private final ScheduledExecutorService refresher;
    private final IoThreads writerThreads;
    /**
     * One search uses every core: its segments are searched and its facets counted in parallel,
     * so a query matching a large share of a million articles still answers in tens of
     * milliseconds. Daemon threads, shut down on close.
     */
    private final ExecutorService searchThreads = Executors.newFixedThreadPool(CORES, DaemonThreads.named("lucene-search"));
    /** The facet state of the newest reader searched; replaced, never mutated. */
    private volatile FacetState facetState;

    public LuceneArticleIndex(Path directory, Duration refreshInterval) throws IOException {
        Validate.notNull(refreshInterval, "refreshInterval");
        // checked before the directory is locked: the scheduler would reject it only after
        Validate.isTrue(refreshInterval.toMillis() > 0, "refreshInterval must be at least 1 ms, was %s", refreshInterval);
        this.directory = directory;
        LayoutUpgrade.rebuildIfOlder(directory, LuceneArticleIndex::writerConfig, facetsConfig);
        this.dir = FSDirectory.open(directory);
        IndexWriter opened = null;
        try {
            opened = new IndexWriter(dir, writerConfig());
            LayoutUpgrade.record(opened);
            this.searchers = new SearcherManager(opened, new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                    return new IndexSearcher(reader, searchThreads);
                }
            });
            this.writer = opened;
        } catch (IOException e) {
            if (opened != null) {
                // nothing half-done is committed: the index stays as it was
                opened.rollback();
            }
            dir.close();
            throw new IOException("cannot open the index in " + directory + ": " + e.getMessage(), e);
        }
        this.writerThreads = IoThreads.of("the index in " + directory, "lucene-writer-" + directory.getFileName(), WRITER_THREADS);
        this.refresher = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("lucene-refresh-" + directory.getFileName()));
        long ms = refreshInterval.toMillis();
        refresher.scheduleWithFixedDelay(this::refreshInBackground, ms, ms, TimeUnit.MILLISECONDS);
    }

    private static IndexWriterConfig writerConfig() {
        // documents bring their words already found (ArticleWords); the analyzer is never asked
        IndexWriterConfig config = new IndexWriterConfig(Analyzers.folding());
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        config.setCommitOnClose(true);
        config.setRAMBufferSizeMB(RAM_BUFFER_MB);
        TieredMergePolicy merges = new TieredMergePolicy();
        merges.setMaxMergedSegmentMB(MAX_SEGMENT_MB);
        config.setMergePolicy(merges);
        return config;
    }

    public Path directory() {
        return directory;
    }

    @Override
    public void upsert(AnalyzedArticle article) throws IOException {
        Document doc = ArticleDocuments.toDocument(article, facetsConfig);
        Term id = new Term(ArticleFields.ID, article.id());
        writerThreads.run(() -> writer.updateDocument(id, doc));
    }

    @Override
    public void commit() throws IOException {
        writerThreads.run(writer::commit);
    }

    /** Makes every upsert so far visible to searches now, without waiting for the refresher. */
    public void refresh() throws IOException {
        // blocking: maybeRefresh() returns at once, refreshing nothing, while the background refresh runs
        writerThreads.run(searchers::maybeRefreshBlocking);
    }

    private void refreshInBackground() {
        try {
            searchers.maybeRefresh();
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot refresh the reader of the index in {}: {}", directory, e.getMessage());
        }
    }

    @Override
    public Optional<AnalyzedArticle> get(String id) throws IOException {
        return Searchers.with(searchers, searcher -> {
            TopDocs top = searcher.search(new TermQuery(new Term(ArticleFields.ID, id)), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            return Optional.of(ArticleDocuments.read(searcher.storedFields(), top.scoreDocs[0].doc));
        });
    }

    @Override
    public Map<String, AnalyzedArticle> getAll(Collection<String> ids) throws IOException {
        Validate.inRange(ids.size(), 0, ArticleQuery.MAX_GET_ALL, "the number of ids");
        Set<String> wanted = new LinkedHashSet<>(ids);
        if (wanted.isEmpty()) {
            return Map.of();
        }
        Query byId = new TermInSetQuery(ArticleFields.ID, wanted.stream().map(BytesRef::new).toList());
        Map<String, AnalyzedArticle> found = Searchers.with(searchers, searcher -> {
            StoredFields stored = searcher.storedFields();
            Map<String, AnalyzedArticle> read = new HashMap<>();
            for (ScoreDoc doc : searcher.search(byId, wanted.size()).scoreDocs) {
                AnalyzedArticle article = ArticleDocuments.read(stored, doc.doc);
                read.put(article.id(), article);
            }
            return read;
        });
        Map<String, AnalyzedArticle> inOrder = new LinkedHashMap<>();
        wanted.stream().filter(found::containsKey).forEach(id -> inOrder.put(id, found.get(id)));
        return inOrder;
    }

    @Override
    public List<AnalyzedArticle> scan(String afterId, int limit) throws IOException {
        Validate.inRange(limit, 0, ArticleQuery.MAX_SCAN, "limit");
        return Searchers.with(searchers, searcher -> {
            Query after = afterId == null ? new MatchAllDocsQuery()
                    : TermRangeQuery.newStringRange(ArticleFields.ID, afterId, null, false, false);
            TopDocs top = searcher.search(after, Math.max(1, limit), new Sort(new SortField(ArticleFields.ID, SortField.Type.STRING)));
            List<AnalyzedArticle> articles = new ArrayList<>(limit);
            StoredFields stored = searcher.storedFields();
            for (int i = 0; i < Math.min(limit, top.scoreDocs.length); i++) {
                articles.add(ArticleDocuments.read(stored, top.scoreDocs[i].doc));
            }
            return articles;
        });
    }

    @Override
    public SearchPage search(ArticleQuery query) throws IOException {
        ArticleQueries queries = new ArticleQueries(queryAnalyzer, exactAnalyzer);
        Query lucene = queries.build(query);
        ArticleQuery.Order order = query.effectiveOrder();
        Sort sort = ResultOrder.sort(order);
        return Searchers.with(searchers, searcher -> {
            // one more than the page: whether it exists says whether there is a next page
            int wanted = query.offset() + query.limit() + 1;
            // no second scoring of the hits (doDocScores): a relevance sort keeps each hit's score as its first sort value
            FacetsCollectorManager.FacetsResult result;
            try {
                result = query.after() == null
                        ? FacetsCollectorManager.search(searcher, lucene, wanted, sort, false, new FacetsCollectorManager())
                        : FacetsCollectorManager.searchAfter(searcher, ResultOrder.after(order, query.after(), Math.max(0,
                                searcher.getIndexReader().maxDoc() - 1)), lucene, wanted, sort, false, new FacetsCollectorManager());
            } catch (IndexSearcher.TooManyClauses e) {
                throw ArticleQueries.tooManyTerms(e);
            }
            TopDocs top = result.topDocs();
            List<SearchHit> hits = hitsOf(searcher, queries.marked(query.text()), top, query);
            String next = top.scoreDocs.length > query.offset() + query.limit() && query.limit() > 0
                    ? ResultOrder.cursor(order, (FieldDoc) top.scoreDocs[query.offset() + query.limit() - 1])
                    : null;
            return new SearchPage(top.totalHits.value, hits, facets(searcher, result.facetsCollector()), next);
        });
    }

    @Override
    public void delete(String id) throws IOException {
        Term term = new Term(ArticleFields.ID, id);
        writerThreads.run(() -> writer.deleteDocuments(term));
    }

    @Override
    public List<DateCount> histogram(ArticleQuery query, Bucket bucket, ZoneId zone) throws IOException {
        Query lucene = new ArticleQueries(queryAnalyzer, exactAnalyzer).build(query);
        return Searchers.with(searchers, searcher -> searcher.search(lucene, new PublishedHistogram.Manager(bucket, zone)));
    }

    @Override
    public List<SearchHit> similar(String id, int limit) throws IOException {
        Validate.inRange(limit, 0, ArticleQuery.MAX_LIMIT, "limit");
        return Searchers.with(searchers, searcher -> {
            TopDocs self = searcher.search(new TermQuery(new Term(ArticleFields.ID, id)), 1);
            if (self.scoreDocs.length == 0 || limit == 0) {
                return List.of();
            }
            MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
            mlt.setAnalyzer(folding);
            mlt.setFieldNames(new String[] {ArticleFields.TITLE, ArticleFields.TEXT});
            mlt.setMinDocFreq(1);
            mlt.setMinTermFreq(1);
            mlt.setBoost(true);
            Query like = new BooleanQuery.Builder()
                    .add(mlt.like(self.scoreDocs[0].doc), BooleanClause.Occur.MUST)
                    .add(new TermQuery(new Term(ArticleFields.ID, id)), BooleanClause.Occur.MUST_NOT)
                    .build();
            List<SearchHit> hits = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(like, limit).scoreDocs) {
                AnalyzedArticle article = ArticleDocuments.read(searcher.storedFields(), hit.doc);
                hits.add(new SearchHit(article, hit.score, Snippets.opening(article.article().text())));
            }
            return hits;
        });
    }

    /**
     * The page's hits, read and highlighted in parts, one per core, the first on the calling
     * thread: loading, parsing and highlighting 20 long articles takes milliseconds that the
     * other cores would otherwise spend idle.
     *
     * @param marked what to highlight; null for none
     */
    private List<SearchHit> hitsOf(IndexSearcher searcher, Query marked, TopDocs top, ArticleQuery query) throws IOException {
        ScoreDoc[] docs = top.scoreDocs;
        int from = Math.min(query.offset(), docs.length);
        int to = Math.min(docs.length, query.offset() + query.limit());
        if (from == to) {
            return List.of();
        }
        boolean relevance = query.effectiveOrder() == ArticleQuery.Order.RELEVANCE;
        int size = (to - from + CORES - 1) / CORES;
        List<Future<List<SearchHit>>> rest = new ArrayList<>();
        for (int start = from + size; start < to; start += size) {
            ScoreDoc[] part = Arrays.copyOfRange(docs, start, Math.min(to, start + size));
            rest.add(searchThreads.submit(() -> hits(searcher, marked, part, relevance)));
        }
        List<SearchHit> hits = new ArrayList<>(hits(searcher, marked, Arrays.copyOfRange(docs, from, from + size), relevance));
        for (Future<List<SearchHit>> part : rest) {
            hits.addAll(Await.result(part, "the hits of a search in " + directory));
        }
        return hits;
    }

    private List<SearchHit> hits(IndexSearcher searcher, Query marked, ScoreDoc[] docs, boolean relevance) throws IOException {
        String[] snippets = snippets(searcher, marked, docs);
        StoredFields stored = searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < docs.length; i++) {
            AnalyzedArticle article = ArticleDocuments.read(stored, docs[i].doc);
            String snippet = snippets[i] != null ? snippets[i].strip() : Snippets.opening(article.article().text());
            // a relevance sort's first value is the score; the other orders have none
            float score = relevance ? (Float) ((FieldDoc) docs[i]).fields[0] : 0;
            hits.add(new SearchHit(article, score, snippet));
        }
        return hits;
    }

    private String[] snippets(IndexSearcher searcher, Query marked, ScoreDoc[] docs) throws IOException {
        if (marked == null) {
            return new String[docs.length];
        }
        UnifiedHighlighter highlighter = Snippets.configure(UnifiedHighlighter.builder(searcher, folding));
        int[] ids = new int[docs.length];
        for (int i = 0; i < docs.length; i++) {
            ids[i] = docs[i].doc;
        }
        Map<String, String[]> byField = highlighter.highlightFields(new String[] {ArticleFields.TEXT}, marked, ids,
                new int[] {SNIPPET_PASSAGES});
        return byField.get(ArticleFields.TEXT);
    }

    private Map<String, List<FacetCount>> facets(IndexSearcher searcher, FacetsCollector collector) throws IOException {
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        SortedSetDocValuesReaderState state;
        try {
            state = facetState(searcher.getIndexReader());
        } catch (IllegalArgumentException emptyIndex) {
            SearchPage.FACETS.forEach(dim -> facets.put(dim, List.of()));
            return facets;
        }
        Facets counts;
        try {
            counts = new ConcurrentSortedSetDocValuesFacetCounts(state, collector, searchThreads);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while counting facets in " + directory);
        }
        for (String dim : SearchPage.FACETS) {
            List<FacetCount> values = new ArrayList<>();
            FacetResult result = counts.getTopChildren(FACET_VALUES, dim);
            if (result != null) {
                for (LabelAndValue lv : result.labelValues) {
                    values.add(new FacetCount(lv.label, lv.value.longValue()));
                }
            }
            facets.put(dim, values);
        }
        return facets;
    }

    /**
     * The facet ordinals of a reader, built once per reader: building them reads every value of
     * every facet field, which on a large index costs more than the search itself.
     */
    private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        FacetState cached = facetState;
        IndexReader.CacheKey key = reader.getReaderCacheHelper().getKey();
        if (cached == null || cached.key() != key) {
            cached = new FacetState(key, new DefaultSortedSetDocValuesReaderState(reader, facetsConfig));
            facetState = cached;
        }
        return cached.state();
    }

    private record FacetState(IndexReader.CacheKey key, SortedSetDocValuesReaderState state) {}

    @Override
    public long count() throws IOException {
        // every article stored, refreshed or not: the reader must include the latest upserts
        refresh();
        return Searchers.with(searchers, searcher -> searcher.getIndexReader().numDocs());
    }

    /**
     * Commits and closes; waits for the writes in flight to finish first (a commit still running
     * for an interrupted caller must not meet the close), also when the calling thread is
     * interrupted.
     */
    @Override
    public void close() throws IOException {
        refresher.shutdown();
        searchThreads.shutdown();
        try {
            writerThreads.close(() -> {
                searchers.close();
                writer.close();
            });
        } finally {
            dir.close();
        }
    }
}
