package org.presswatch.index.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
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
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.presswatch.core.index.ArticleIndex;
import org.presswatch.core.index.ArticleQuery;
import org.presswatch.core.index.FacetCount;
import org.presswatch.core.index.SearchHit;
import org.presswatch.core.index.SearchPage;
import org.presswatch.core.model.AnalyzedArticle;
import org.presswatch.core.util.Validate;

/**
 * The embedded article index: Lucene in a directory on local disk.
 *
 * <p>One instance owns the directory's write lock; share it (see {@link SharedLuceneIndexes})
 * rather than opening a second one on the same directory. Readers are near-real-time: an
 * upserted article is searchable after the next refresh, which a background thread runs every
 * refresh interval; {@link #commit()} makes writes durable. Closing commits and releases the
 * directory. Thread-safe.
 */
public final class LuceneArticleIndex implements ArticleIndex {
    private static final int SNIPPET_PASSAGES = 1;
    private static final int FACET_VALUES = 50;

    private final Path directory;
    private final FSDirectory dir;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final FacetsConfig facetsConfig = ArticleFields.facetsConfig();
    private final Analyzer queryAnalyzer = Analyzers.query();
    private final ScheduledExecutorService refresher;

    public LuceneArticleIndex(Path directory, Duration refreshInterval) throws IOException {
        Validate.notNull(refreshInterval, "refreshInterval");
        this.directory = directory;
        this.dir = FSDirectory.open(directory);
        IndexWriterConfig config = new IndexWriterConfig(Analyzers.folding());
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        config.setCommitOnClose(true);
        try {
            this.writer = new IndexWriter(dir, config);
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            dir.close();
            throw new IOException("cannot open the index in " + directory + ": " + e.getMessage(), e);
        }
        this.refresher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "lucene-refresh-" + directory.getFileName());
            t.setDaemon(true);
            return t;
        });
        long ms = refreshInterval.toMillis();
        refresher.scheduleWithFixedDelay(this::refresh, ms, ms, TimeUnit.MILLISECONDS);
    }

    public Path directory() {
        return directory;
    }

    @Override
    public void upsert(AnalyzedArticle article) throws IOException {
        writer.updateDocument(new Term(ArticleFields.ID, article.id()), ArticleFields.toDocument(article, facetsConfig));
    }

    @Override
    public void commit() throws IOException {
        writer.commit();
    }

    /** Makes every upsert so far visible to searches now, without waiting for the refresher. */
    public void refresh() {
        try {
            searchers.maybeRefresh();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot refresh the index reader of " + directory, e);
        }
    }

    @Override
    public Optional<AnalyzedArticle> get(String id) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            TopDocs top = searcher.search(new TermQuery(new Term(ArticleFields.ID, id)), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            return Optional.of(ArticleFields.fromStored(searcher.storedFields().document(top.scoreDocs[0].doc)));
        } finally {
            searchers.release(searcher);
        }
    }

    @Override
    public SearchPage search(ArticleQuery query) throws IOException {
        Query lucene = new QueryBuilder(queryAnalyzer).build(query);
        IndexSearcher searcher = searchers.acquire();
        try {
            int wanted = Math.max(1, query.offset() + query.limit());
            Sort sort = query.text().isEmpty()
                    ? new Sort(new SortField(ArticleFields.PUBLISHED, SortField.Type.LONG, true))
                    : Sort.RELEVANCE;
            FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.search(searcher, lucene, wanted, sort,
                    new FacetsCollectorManager());
            TopDocs top = result.topDocs();
            List<SearchHit> hits = hitsOf(searcher, lucene, top, query);
            return new SearchPage(top.totalHits.value, hits, facets(searcher, result.facetsCollector()));
        } finally {
            searchers.release(searcher);
        }
    }

    private List<SearchHit> hitsOf(IndexSearcher searcher, Query lucene, TopDocs top, ArticleQuery query) throws IOException {
        ScoreDoc[] docs = top.scoreDocs;
        int from = Math.min(query.offset(), docs.length);
        int to = Math.min(docs.length, query.offset() + query.limit());
        ScoreDoc[] page = java.util.Arrays.copyOfRange(docs, from, to);
        String[] snippets = snippets(searcher, lucene, page, query.text().isEmpty());
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < page.length; i++) {
            Document stored = searcher.storedFields().document(page[i].doc);
            AnalyzedArticle article = ArticleFields.fromStored(stored);
            String snippet = snippets[i] != null ? snippets[i] : UnifiedHighlighterSupport.opening(article.article().text());
            hits.add(new SearchHit(article, Float.isNaN(page[i].score) ? 0 : page[i].score, snippet));
        }
        return hits;
    }

    private String[] snippets(IndexSearcher searcher, Query lucene, ScoreDoc[] page, boolean noText) throws IOException {
        if (noText || page.length == 0) {
            return new String[page.length];
        }
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, Analyzers.folding())
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxLength(100_000)
                .build();
        int[] ids = new int[page.length];
        for (int i = 0; i < page.length; i++) {
            ids[i] = page[i].doc;
        }
        Map<String, String[]> byField = highlighter.highlightFields(new String[] {ArticleFields.TEXT}, lucene, ids,
                new int[] {SNIPPET_PASSAGES});
        return byField.get(ArticleFields.TEXT);
    }

    private Map<String, List<FacetCount>> facets(IndexSearcher searcher, FacetsCollector collector) throws IOException {
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        SortedSetDocValuesReaderState state;
        try {
            state = new DefaultSortedSetDocValuesReaderState(searcher.getIndexReader(), facetsConfig);
        } catch (IllegalArgumentException emptyIndex) {
            SearchPage.FACETS.forEach(dim -> facets.put(dim, List.of()));
            return facets;
        }
        Facets counts = new SortedSetDocValuesFacetCounts(state, collector);
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

    @Override
    public long count() throws IOException {
        return writer.getDocStats().numDocs;
    }

    @Override
    public void close() throws IOException {
        refresher.shutdownNow();
        try {
            searchers.close();
            writer.close();
        } finally {
            dir.close();
        }
    }
}
