package org.presswatch.index.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.presswatch.index.TestArticles.article;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.presswatch.core.index.ArticleQuery;
import org.presswatch.core.index.SearchPage;
import org.presswatch.core.model.AnalyzedArticle;

/** Writers, readers and the refresher at once: no exception, no duplicate, an exact final count. */
class ConcurrencyTest {
    private static final int WRITERS = 4;
    private static final int READERS = 4;
    /** Distinct articles; every writer writes all of them, so each id is upserted WRITERS times, concurrently. */
    private static final int DISTINCT = 300;
    private static final String[] PROVINCES = {"01", "79", "48", "51"};

    @TempDir
    Path dir;

    private static AnalyzedArticle version(int n, int writer) {
        return article("c-" + n).title("Bài " + n).text("đồng thời mục m" + n + " do luồng " + writer + " ghi")
                .province(PROVINCES[n % PROVINCES.length], 0.9).source("w" + writer).build();
    }

    @Test
    @Timeout(120)
    void writersAndReadersAtOnce() throws Exception {
        try (LuceneArticleIndex index = new LuceneArticleIndex(dir, Duration.ofMillis(5))) {
            ExecutorService pool = Executors.newFixedThreadPool(WRITERS + READERS + 1);
            CountDownLatch start = new CountDownLatch(1);
            AtomicBoolean writing = new AtomicBoolean(true);
            AtomicLong searches = new AtomicLong();
            ConcurrentLinkedQueue<String> violations = new ConcurrentLinkedQueue<>();
            List<Future<?>> writers = new ArrayList<>();
            List<Future<?>> others = new ArrayList<>();
            try {
                for (int w = 0; w < WRITERS; w++) {
                    int writer = w;
                    writers.add(pool.submit(() -> {
                        start.await();
                        // each writer goes through the ids in its own order, so the same id is written concurrently
                        for (int i = 0; i < DISTINCT; i++) {
                            int n = (i * (writer * 2 + 1) + writer * 37) % DISTINCT;
                            index.upsert(version(n, writer));
                        }
                        return null;
                    }));
                }
                for (int r = 0; r < READERS; r++) {
                    int reader = r;
                    others.add(pool.submit(() -> {
                        start.await();
                        while (writing.get()) {
                            SearchPage all = index.search(ArticleQuery.of("").withPage(0, 5));
                            if (all.total() > DISTINCT) {
                                violations.add("match-all saw " + all.total() + " articles, more than the " + DISTINCT + " ids");
                            }
                            long facetSum = all.facets().get("province").stream().mapToLong(c -> c.count()).sum();
                            if (facetSum != all.total()) {
                                violations.add("province facet sums to " + facetSum + " for a total of " + all.total());
                            }
                            SearchPage text = index.search(ArticleQuery.of("đồng thời m" + (reader * 7))
                                    .withProvinces(Set.of(PROVINCES[(reader * 7) % PROVINCES.length])));
                            if (text.total() > 1) {
                                violations.add("article " + (reader * 7) + " found " + text.total() + " times");
                            }
                            Optional<AnalyzedArticle> got = index.get(version(reader, 0).id());
                            if (got.isPresent() && !got.get().article().title().equals("Bài " + reader)) {
                                violations.add("get returned the wrong article " + got.get().article().title());
                            }
                            if (index.count() > DISTINCT) {
                                violations.add("count() exceeded the number of ids");
                            }
                            searches.incrementAndGet();
                        }
                        return null;
                    }));
                }
                others.add(pool.submit(() -> {
                    start.await();
                    while (writing.get()) {
                        index.refresh();
                        index.commit();
                        Thread.sleep(3);
                    }
                    return null;
                }));
                start.countDown();
                for (Future<?> f : writers) {
                    f.get(60, TimeUnit.SECONDS);
                }
                writing.set(false);
                for (Future<?> f : others) {
                    f.get(60, TimeUnit.SECONDS);
                }
            } finally {
                writing.set(false);
                pool.shutdownNow();
            }

            assertEquals(List.of(), List.copyOf(violations), "invariants seen by readers while writers were writing");
            assertTrue(searches.get() > 0, "the readers did search while the writers wrote");

            index.refresh();
            assertEquals(DISTINCT, index.count(), "final count: every id once");
            assertEquals(DISTINCT, index.search(ArticleQuery.of("")).total(), "final match-all total");
            assertEquals(DISTINCT, index.search(ArticleQuery.of("đồng thời")).total(), "final text total");
            assertEquals(DISTINCT, index.search(ArticleQuery.of("").withProvinces(Set.of(PROVINCES))).total(),
                    "final filtered total");
            for (int n = 0; n < DISTINCT; n += 17) {
                AnalyzedArticle stored = index.get(version(n, 0).id()).orElseThrow();
                int writer = Integer.parseInt(stored.article().sourceId().substring(1));
                assertEquals(version(n, writer), stored, "article " + n + " is exactly one writer's version");
            }
            index.commit();
        }
        try (LuceneArticleIndex reopened = LuceneBackend.openIndex(dir)) {
            assertEquals(DISTINCT, reopened.count(), "count after reopening");
        }
    }

    @Test
    @Timeout(60)
    void concurrentSearchesOnAStableIndexAgree() throws Exception {
        try (LuceneArticleIndex index = LuceneBackend.openIndex(dir)) {
            for (int n = 0; n < 100; n++) {
                index.upsert(version(n, 0));
            }
            index.refresh();
            SearchPage expected = index.search(ArticleQuery.of("đồng thời").withPage(0, 100));
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<SearchPage>> pages = new ArrayList<>();
                for (int i = 0; i < 64; i++) {
                    pages.add(pool.submit(() -> index.search(ArticleQuery.of("đồng thời").withPage(0, 100))));
                }
                for (Future<SearchPage> f : pages) {
                    assertEquals(expected, f.get(30, TimeUnit.SECONDS), "the same query on the same reader gives the same page");
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    @Timeout(60)
    void anInterruptedCallerDoesNotBreakTheIndex() throws Exception {
        AnalyzedArticle before = article("before").text("trước khi bị ngắt").build();
        AnalyzedArticle during = article("during").text("trong khi bị ngắt").build();
        AnalyzedArticle after = article("after").text("sau khi bị ngắt").build();
        try (LuceneArticleIndex index = LuceneBackend.openIndex(dir)) {
            index.upsert(before);
            asAnInterruptedCaller(() -> {
                index.upsert(during);
                index.commit();
            });
            asAnInterruptedCaller(index::commit);
            index.upsert(after);
            index.commit();
            index.refresh();
            assertTrue(index.get(before.id()).isPresent(), "the index still reads");
            assertTrue(index.get(after.id()).isPresent(), "and writes after an interrupt");
        }
        try (LuceneArticleIndex reopened = LuceneBackend.openIndex(dir)) {
            assertEquals(Optional.of(before), reopened.get(before.id()), "committed before the interrupt");
            assertEquals(Optional.of(after), reopened.get(after.id()), "committed after the interrupt");
        }
    }

    @Test
    @Timeout(120)
    void closeWaitsForACommitStillRunningForAnInterruptedCaller() throws Exception {
        for (int round = 0; round < 5; round++) {
            Path roundDir = dir.resolve("round-" + round);
            List<AnalyzedArticle> written = new ArrayList<>();
            try (LuceneArticleIndex index = LuceneBackend.openIndex(roundDir)) {
                for (int n = 0; n < 500; n++) {
                    AnalyzedArticle article = version(n, round);
                    index.upsert(article);
                    written.add(article);
                }
                // the caller gives up at once (Flink cancelling its task); the commit goes on, and the close must wait for it
                asAnInterruptedCaller(index::commit);
            }
            try (LuceneArticleIndex reopened = LuceneBackend.openIndex(roundDir)) {
                assertEquals(written.size(), reopened.count(), "round " + round + ": every write survives the close");
            }
        }
    }

    private interface IndexWork {
        void run() throws IOException;
    }

    /** Runs the work with the thread's interrupt flag set, as Flink leaves it when cancelling a task. */
    private static void asAnInterruptedCaller(IndexWork work) throws IOException {
        Thread.currentThread().interrupt();
        try {
            work.run();
        } catch (InterruptedIOException expected) {
            // an interrupted caller may be told so; the index must stay usable either way
        } finally {
            Thread.interrupted();
        }
    }
}
