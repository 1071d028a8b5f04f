package org.presswatch.bench.index;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.presswatch.analysis.ArticleAnalyzer;
import org.presswatch.analysis.evaluation.VntcSample;
import org.presswatch.core.index.ArticleQuery;
import org.presswatch.core.model.AnalyzedArticle;
import org.presswatch.core.model.Article;
import org.presswatch.core.util.Await;
import org.presswatch.core.util.Directories;
import org.presswatch.core.util.Validate;
import org.presswatch.demo.corpus.Corpus;
import org.presswatch.demo.corpus.CorpusArticle;
import org.presswatch.index.lucene.LuceneArticleIndex;
import org.presswatch.index.text.Analyzers;

/**
 * Indexes N articles into the embedded index and runs a fixed query mix on it, beside a bare
 * Lucene {@link IndexWriter} and {@link IndexSearcher} doing the same work in the same run.
 *
 * <p>The articles are the given analyzed templates (real news, real analysis) repeated with
 * their own URLs and publication times spread over a year, so N can exceed the templates. Ours
 * indexes each article as the product does: folded and exact text, filters, facets, topic scores,
 * risk and the whole analysis as JSON. The bare index holds the same title and text, analyzed
 * the same way, with the province, topic and date filters: what a plain Lucene application would
 * index to answer the same queries. Both use two indexing threads.
 *
 * <p>The query mix: words, a phrase, words with province and topic filters, a topic filter
 * sorted by date, and words within the last month. Ours answers each as the API does, with
 * facet counts and highlighted snippets for a page of 20; the bare searcher returns the top 20
 * and loads their stored text. Queries alternate between the two; the first rounds warm up.
 * Both writers are closed, their merges finished, before the first query: the queries measure
 * an index at rest, as a product index is between the articles of a day, not the merges of a
 * million articles written a moment before. An index built by an earlier run can be queried
 * again without indexing it again.
 */
public final class IndexBenchmark {
    private static final int THREADS = 2;
    private static final int PAGE = 20;
    private static final Instant START = Instant.parse("2025-11-26T00:00:00Z");
    private static final Duration SPAN = Duration.ofDays(365);

    /**
     * @param indexed whether this run indexed the articles; when not, it reused the indexes of an
     *     earlier run and both rates are NaN
     * @param oursDocsPerSecond articles indexed per second by the product's index, commit included
     * @param bareDocsPerSecond the same by the bare writer
     */
    public record Result(int articles, boolean indexed, double oursDocsPerSecond, double bareDocsPerSecond, Latency ours, Latency bare, int queries,
                         long oursBytes, long bareBytes, java.util.Map<String, Latency> oursByKind) {}

    /** Query latencies in milliseconds. */
    public record Latency(double p50, double p99, double max) {}

    /** One kind of query, as ours and as the bare searcher ask it. */
    private record Kind(String name, ArticleQuery ours, Query bare, boolean newest) {}

    private IndexBenchmark() {}

    /**
     * The articles the index is filled from: the demo corpus and, when the file is there, the VNTC
     * sample, each analyzed once; {@link #run} repeats them with their own URLs and dates.
     */
    public static List<AnalyzedArticle> templates(Path vntc) throws IOException {
        ArticleAnalyzer analyzer = ArticleAnalyzer.withDefaults();
        List<AnalyzedArticle> templates = new ArrayList<>();
        Instant when = Instant.parse("2026-01-01T00:00:00Z");
        for (CorpusArticle c : Corpus.load().articles()) {
            Article a = Article.of(c.outlet().id(), URI.create("https://bench.example/demo/" + c.slug()), null, c.title(), c.text(), "und", when, when);
            templates.add(new AnalyzedArticle(a, analyzer.analyze(a)));
        }
        if (Files.isRegularFile(vntc)) {
            for (VntcSample.Article v : VntcSample.read(vntc)) {
                Article a = Article.of("vntc", URI.create("https://bench.example/vntc/" + templates.size()), null,
                        v.title().isBlank() ? v.category() : v.title(), v.text(), "vi", when, when);
                templates.add(new AnalyzedArticle(a, analyzer.analyze(a)));
            }
        }
        return templates;
    }

    /**
     * @param reuse query the indexes an earlier run left in {@code work} when it holds them (for
     *     the same number of articles), without indexing again; and leave them there afterwards
     * @param progress told every hundred thousand articles and at each stage (a million takes minutes)
     */
    public static Result run(List<AnalyzedArticle> templates, int articles, int queries, Path work, boolean reuse,
                             Consumer<String> progress) throws IOException {
        Validate.isTrue(!templates.isEmpty(), "no template articles");
        Validate.isTrue(articles > 0 && queries > 0, "need articles and queries, got %s and %s", articles, queries);
        Path oursDir = work.resolve("ours");
        Path bareDir = work.resolve("bare");
        Rates rates;
        if (reuse && holdsIndex(oursDir) && holdsIndex(bareDir)) {
            progress.accept("indexing skipped: querying the indexes of an earlier run in " + work);
            rates = null;
        } else {
            rates = build(templates, articles, oursDir, bareDir, progress);
        }
        // the queries run on indexes whose writers are closed, their merges done: the steady state
        // of a product index, not the merges of a million articles written a moment ago
        try (Analyzer analyzer = Analyzers.folding();
             LuceneArticleIndex ours = new LuceneArticleIndex(oursDir, Duration.ofSeconds(1));
             FSDirectory bareFs = FSDirectory.open(bareDir);
             DirectoryReader reader = DirectoryReader.open(bareFs)) {
            Validate.isTrue(ours.count() == articles && reader.numDocs() == articles,
                    "the indexes in %s hold %s and %s articles, not %s: delete them or pass their number of articles", work,
                    ours.count(), reader.numDocs(), articles);
            IndexSearcher bareSearcher = new IndexSearcher(reader);
            List<Kind> mix = mix(analyzer);
            progress.accept("running " + queries + " queries of each kind on both, alternating");
            long[][] nanos = new long[2][];
            nanos[0] = new long[queries * mix.size()];
            nanos[1] = new long[queries * mix.size()];
            int n = 0;
            long[][] byKind = new long[mix.size()][queries];
            for (int round = -queries / 5; round < queries; round++) {
                for (int k = 0; k < mix.size(); k++) {
                    Kind kind = mix.get(k);
                    long t0 = System.nanoTime();
                    ours.search(kind.ours());
                    long t1 = System.nanoTime();
                    bareSearch(bareSearcher, kind.bare(), kind.newest());
                    long t2 = System.nanoTime();
                    if (round >= 0) {
                        byKind[k][round] = t1 - t0;
                        nanos[0][n] = t1 - t0;
                        nanos[1][n] = t2 - t1;
                        n++;
                    }
                }
            }
            java.util.Map<String, Latency> kinds = new java.util.LinkedHashMap<>();
            for (int k = 0; k < mix.size(); k++) {
                kinds.put(mix.get(k).name(), latency(byKind[k]));
            }
            return new Result(articles, rates != null, rates != null ? rates.ours() : Double.NaN, rates != null ? rates.bare() : Double.NaN,
                    latency(nanos[0]), latency(nanos[1]), n, Directories.size(oursDir), Directories.size(bareDir), kinds);
        }
    }

    private record Rates(double ours, double bare) {}

    /** Indexes the articles into both, from scratch; closing each writer waits for its merges. */
    private static Rates build(List<AnalyzedArticle> templates, int articles, Path oursDir, Path bareDir, Consumer<String> progress)
            throws IOException {
        for (Path dir : List.of(oursDir, bareDir)) {
            Directories.deleteTree(dir);
        }
        double oursRate;
        try (LuceneArticleIndex ours = new LuceneArticleIndex(oursDir, Duration.ofSeconds(1))) {
            progress.accept("indexing " + articles + " articles into the product's index");
            oursRate = index(articles, i -> ours.upsert(article(templates, i, articles)), () -> {
                ours.commit();
                ours.refresh();
            }, "ours", progress);
        }
        try (Analyzer analyzer = Analyzers.folding();
             FSDirectory bareFs = FSDirectory.open(bareDir);
             IndexWriter bare = new IndexWriter(bareFs, new IndexWriterConfig(analyzer))) {
            progress.accept("indexing the same articles with a bare IndexWriter");
            return new Rates(oursRate, index(articles, i -> bare.addDocument(bareDocument(article(templates, i, articles))), bare::commit,
                    "bare", progress));
        }
    }

    private static boolean holdsIndex(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (FSDirectory fs = FSDirectory.open(dir)) {
            return DirectoryReader.indexExists(fs);
        }
    }

    private interface Add {
        void add(int i) throws IOException;
    }

    private interface Finish {
        void run() throws IOException;
    }

    private static double index(int articles, Add add, Finish finish, String name, Consumer<String> progress) throws IOException {
        AtomicLong done = new AtomicLong();
        long start = System.nanoTime();
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Void>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int first = t;
                workers.add(threads.submit(() -> {
                    for (int i = first; i < articles; i += THREADS) {
                        add.add(i);
                        long d = done.incrementAndGet();
                        if (d % 100_000 == 0) {
                            double seconds = (System.nanoTime() - start) / 1e9;
                            progress.accept(String.format("  %s: %,d of %,d (%.0f/s, about %.0f s left)", name, d, articles, d / seconds,
                                    (articles - d) / (d / seconds)));
                        }
                    }
                    return null;
                }));
            }
            for (Future<Void> w : workers) {
                Await.result(w, "indexing");
            }
            finish.run();
        } finally {
            threads.shutdown();
        }
        return articles / ((System.nanoTime() - start) / 1e9);
    }

    /** The i-th generated article: a template with its own URL and time. */
    static AnalyzedArticle article(List<AnalyzedArticle> templates, int i, int articles) {
        AnalyzedArticle t = templates.get(i % templates.size());
        Instant published = START.plus(SPAN.multipliedBy(i).dividedBy(articles));
        Article a = Article.of(t.article().sourceId(), URI.create("https://bench.example/a/" + i), null, t.article().title(),
                t.article().text(), t.analysis().language(), published, published.plusSeconds(60));
        return new AnalyzedArticle(a, t.analysis());
    }

    private static Document bareDocument(AnalyzedArticle a) {
        Document doc = new Document();
        doc.add(new StringField("id", a.id(), Field.Store.YES));
        doc.add(new TextField("title", a.article().title(), Field.Store.YES));
        doc.add(new TextField("text", a.article().title() + "\n" + a.article().text(), Field.Store.YES));
        a.analysis().provinces().stream().filter(p -> p.score() >= 0.25).forEach(p -> doc.add(new StringField("province", p.code(), Field.Store.NO)));
        a.analysis().topics().stream().filter(t -> t.score() >= 0.5).forEach(t -> doc.add(new StringField("topic", t.topic(), Field.Store.NO)));
        long published = a.article().published().toEpochMilli();
        doc.add(new LongPoint("published", published));
        doc.add(new NumericDocValuesField("published", published));
        return doc;
    }

    private static List<Kind> mix(Analyzer analyzer) {
        QueryParser parser = new QueryParser("text", analyzer);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        Instant monthAgo = START.plus(SPAN).minus(Duration.ofDays(30));
        try {
            return List.of(
                    new Kind("words", ArticleQuery.of("biển đông"), parser.parse("biển đông"), false),
                    new Kind("phrase", ArticleQuery.of("\"Hoàng Sa\""), parser.parse("\"Hoàng Sa\""), false),
                    new Kind("words and filters", ArticleQuery.of("tàu cá").withProvinces(Set.of("48")).withTopics(Set.of("sovereignty")),
                            filtered(parser.parse("tàu cá"), new TermQuery(new Term("province", "48")), new TermQuery(new Term("topic", "sovereignty"))), false),
                    new Kind("topic, newest", ArticleQuery.of("").withTopics(Set.of("sovereignty")),
                            filtered(new MatchAllDocsQuery(), new TermQuery(new Term("topic", "sovereignty"))), true),
                    new Kind("words, last month", ArticleQuery.of("chủ quyền").withPublished(monthAgo, null),
                            filtered(parser.parse("chủ quyền"), LongPoint.newRangeQuery("published", monthAgo.toEpochMilli(), Long.MAX_VALUE)), false));
        } catch (ParseException e) {
            throw new IllegalStateException("a query of the mix does not parse", e);
        }
    }

    private static Query filtered(Query query, Query... filters) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
        Arrays.stream(filters).forEach(f -> b.add(f, BooleanClause.Occur.FILTER));
        return b.build();
    }

    /** The bare searcher's page: the top hits and their stored text. */
    private static long bareSearch(IndexSearcher searcher, Query query, boolean newest) throws IOException {
        ScoreDoc[] hits = newest
                ? searcher.search(query, PAGE, new Sort(new SortField("published", SortField.Type.LONG, true))).scoreDocs
                : searcher.search(query, PAGE).scoreDocs;
        long sink = 0;
        for (ScoreDoc hit : hits) {
            sink += searcher.storedFields().document(hit.doc).get("text").length();
        }
        return sink;
    }

    private static Latency latency(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Latency(sorted[(int) (sorted.length * 0.50)] / 1e6, sorted[Math.min(sorted.length - 1, (int) (sorted.length * 0.99))] / 1e6,
                sorted[sorted.length - 1] / 1e6);
    }
}
