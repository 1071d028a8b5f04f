package org.presswatch.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.presswatch.analysis.OfficeFiles;
import org.presswatch.core.alert.AlertQuery;
import org.presswatch.core.config.ConfigLoader;
import org.presswatch.core.config.PresswatchConfig.RiskWeights;
import org.presswatch.core.index.ArticleQuery;
import org.presswatch.core.index.SearchHit;
import org.presswatch.core.model.Alert;
import org.presswatch.core.model.AnalyzedArticle;
import org.presswatch.core.model.ClaimMatch;
import org.presswatch.core.model.LocalizedText;
import org.presswatch.core.model.Rebuttal;
import org.presswatch.demo.Newsroom;
import org.presswatch.demo.corpus.Corpus;
import org.presswatch.demo.corpus.CorpusArticle;
import org.presswatch.index.claims.ClaimIndexWriter;
import org.presswatch.index.lucene.LuceneArticleIndex;
import org.presswatch.index.lucene.SharedLuceneIndexes;
import org.presswatch.ingest.fetch.CrawlPolicy;
import org.presswatch.ingest.fetch.HttpFetcher;
import org.presswatch.pipeline.claims.MatchClaims;
import org.presswatch.pipeline.sink.AlertSink;
import org.presswatch.pipeline.sink.ArticleIndexSink;
import org.presswatch.pipeline.sink.InMemoryAlertStores;
import org.presswatch.pipeline.sink.LuceneIndexProvider;
import org.presswatch.pipeline.source.FeedSource;

/** The whole job on a MiniCluster at parallelism 2, crawling the demo newsroom. */
class PresswatchJobTest {
    private static final int PARALLELISM = 2;

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(PARALLELISM)
            .setConfiguration(JobLaunch.flinkConfiguration()).build());

    @TempDir
    Path data;

    @Test
    void indexesEveryPublishedArticleOnceAndPicksUpNewReleases() throws Exception {
        Instant epoch = Instant.now();
        Duration releaseEvery = Duration.ofSeconds(3);
        InMemoryAlertStores alerts = new InMemoryAlertStores("job-test-" + System.nanoTime());
        try (Newsroom newsroom = Newsroom.start(Corpus.load(), 0, epoch, 0.5, releaseEvery, Clock.systemUTC())) {
            InetSocketAddress proxy = newsroom.address();
            HttpFetcher.Settings fetch = new HttpFetcher.Settings("presswatch-test/1.0", Duration.ofSeconds(5),
                    Duration.ofSeconds(10), 10_000_000, proxy);
            Path indexDir = data.resolve("index");
            // every article is matched (min-risk 0) against a library whose one claim a published article makes
            CorpusArticle claiming = newsroom.published().get(0).article();
            String claim = claiming.body().get(0);
            writeLibrary(data.resolve("library-index"), new LocalizedText(claiming.outlet().language(), claim));
            MatchClaims.Settings claims = new MatchClaims.Settings(data.resolve("library-index").toString(), 0, 0.6, 3, Duration.ofSeconds(1));
            LuceneArticleIndex index = SharedLuceneIndexes.acquire(indexDir, Duration.ofMillis(200));
            try {
                StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
                env.setParallelism(PARALLELISM);
                env.enableCheckpointing(1000);
                // the real rules: robots.txt, per-site delay and the public-address rule, with the newsroom's hosts allowed
                CrawlPolicy policy = new CrawlPolicy("presswatch-test", 2, Duration.ofMillis(20), Duration.ofSeconds(1), 32, true,
                        1, Duration.ofMillis(50), Duration.ofSeconds(5), 5, List.of("*.example"));
                PresswatchJob.attach(env, new FeedSource(newsroom.sources(Duration.ofSeconds(1)), fetch, policy, data.resolve("crawl-state")),
                        new ArticleIndexSink(new LuceneIndexProvider(indexDir, Duration.ofMillis(200))), new AlertSink(alerts),
                        new PresswatchJob.Settings(fetch, policy, 8, newsroom.sources(Duration.ofSeconds(1)), RiskWeights.DEFAULTS,
                                OfficeFiles.NONE, claims, new ConfigLoader().load().alerts()));
                JobClient job = env.executeAsync("presswatch-test");
                try {
                    Set<String> backlog = urlsOf(newsroom);
                    awaitAll(index, backlog, Duration.ofSeconds(60));
                    assertIndexedOnceBetween(index, backlog, urlsOf(newsroom));
                    assertMatched(index, claiming, claim);

                    Thread.sleep(releaseEvery.multipliedBy(2).toMillis());
                    Set<String> later = urlsOf(newsroom);
                    assertTrue(later.size() > backlog.size(), "the newsroom released more articles");
                    awaitAll(index, later, Duration.ofSeconds(30));
                    assertIndexedOnceBetween(index, later, urlsOf(newsroom));
                    assertAlertsCiteIndexedArticles(alerts.store(), index);
                } finally {
                    job.cancel().get();
                }
            } finally {
                SharedLuceneIndexes.release(index);
            }
        }
    }

    private static void writeLibrary(Path folder, LocalizedText claim) throws Exception {
        try (ClaimIndexWriter library = ClaimIndexWriter.open(folder)) {
            library.replaceAll(List.of(new Rebuttal("job-test-claim", "A claim one article makes", List.of(claim),
                    List.of(), List.of(), List.of(), List.of(), Rebuttal.Status.APPROVED, 1, Instant.EPOCH, "test")));
        }
    }

    /** The article that makes the library's claim is indexed with the entry and its sentence. */
    private static void assertMatched(LuceneArticleIndex index, CorpusArticle claiming, String claim) throws Exception {
        index.refresh();
        AnalyzedArticle stored = null;
        for (int offset = 0; stored == null && offset < index.count(); offset += ArticleQuery.MAX_LIMIT) {
            stored = index.search(ArticleQuery.of("").withPage(offset, ArticleQuery.MAX_LIMIT)).hits().stream().map(SearchHit::article)
                    .filter(a -> a.article().canonicalUrl().toString().equals(claiming.url())).findFirst().orElse(null);
        }
        assertTrue(stored != null, "indexed: " + claiming.url());
        List<ClaimMatch> matches = stored.claims();
        assertTrue(matches.stream().anyMatch(m -> m.entryId().equals("job-test-claim") && m.title().equals("A claim one article makes")
                && claim.contains(m.sentence())), "matched with its sentence: " + matches);
    }

    /**
     * The newsroom's foreign outlets publish articles risky enough for alerts of their own; each
     * alert is recorded once, when its checkpoint completes, and cites indexed articles.
     */
    private static void assertAlertsCiteIndexedArticles(InMemoryAlertStores.Recording alerts, LuceneArticleIndex index) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (alerts.count() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        List<Alert> raised = alerts.recent(AlertQuery.newest(AlertQuery.MAX_LIMIT));
        assertTrue(raised.stream().anyMatch(a -> a.kind() == Alert.Kind.HIGH_RISK), "high-risk alerts: " + raised);
        assertEquals(0, alerts.repeats(), "no alert raised twice");
        for (Alert alert : raised) {
            for (String id : alert.articleIds()) {
                assertTrue(index.get(id).isPresent(), alert.id() + " cites " + id);
            }
        }
    }

    /**
     * Waits until every one of these articles is indexed. Not a count: the newsroom keeps
     * publishing, and a newer article indexed first must not stand in for an older one in flight.
     */
    private static void awaitAll(LuceneArticleIndex index, Set<String> urls, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!indexedUrls(index).containsAll(urls) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        Set<String> missing = new HashSet<>(urls);
        missing.removeAll(indexedUrls(index));
        assertTrue(missing.isEmpty(), "not indexed after " + timeout.toSeconds() + " s: " + missing);
    }

    private static Set<String> urlsOf(Newsroom newsroom) {
        return newsroom.published().stream().map(r -> r.article().url()).collect(Collectors.toSet());
    }

    /**
     * The newsroom keeps publishing while the test looks, so the index must hold at least what
     * was published before and at most what is published after, each article once.
     */
    private static void assertIndexedOnceBetween(LuceneArticleIndex index, Set<String> before, Set<String> after) throws Exception {
        // every article of before is indexed: awaitAll saw them all, retrying while pages shifted under new writes
        awaitAll(index, before, Duration.ofSeconds(10));
        assertTrue(after.containsAll(indexedUrls(index)), "only published articles are indexed");
    }

    /**
     * The canonical URLs in the index, failing on any URL indexed twice. The job keeps writing
     * while the pages are read, so one article may show on two pages: that is the same article
     * (the same id), not a duplicate; a duplicate is one URL under two ids.
     */
    private static Set<String> indexedUrls(LuceneArticleIndex index) throws Exception {
        index.refresh();
        long total = index.count();
        java.util.Map<String, String> idByUrl = new java.util.HashMap<>();
        for (int offset = 0; offset < total; offset += ArticleQuery.MAX_LIMIT) {
            for (SearchHit hit : index.search(ArticleQuery.of("").withPage(offset, ArticleQuery.MAX_LIMIT)).hits()) {
                String url = hit.article().article().canonicalUrl().toString();
                String other = idByUrl.putIfAbsent(url, hit.article().id());
                assertTrue(other == null || other.equals(hit.article().id()), "indexed twice: " + hit.article().article().url());
            }
        }
        return idByUrl.keySet();
    }
}
