package org.presswatch.index.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.presswatch.index.TestArticles.article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presswatch.core.index.ArticleQuery;
import org.presswatch.core.model.AnalyzedArticle;

/** One open index per directory, shared by reference count. */
class SharedLuceneIndexesTest {
    private static final Duration REFRESH = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @Test
    void theSamePathWrittenDifferentlyIsTheSameIndex() throws IOException {
        Files.createDirectories(dir.resolve("sub"));
        Path cwd = Path.of("").toAbsolutePath();
        List<Path> spellings = List.of(dir, dir.resolve("."), dir.resolve("sub").resolve(".."),
                dir.resolve("./sub/../."), cwd.relativize(dir));
        List<LuceneArticleIndex> acquired = new ArrayList<>();
        try {
            for (Path p : spellings) {
                acquired.add(SharedLuceneIndexes.acquire(p, REFRESH));
            }
            for (int i = 1; i < acquired.size(); i++) {
                assertSame(acquired.get(0), acquired.get(i), "acquire(" + spellings.get(i) + ") is acquire(" + dir + ")");
            }
            assertEquals(dir.toAbsolutePath().normalize(), acquired.get(0).directory(), "the index knows its normalized path");
        } finally {
            for (LuceneArticleIndex index : acquired) {
                SharedLuceneIndexes.release(index);
            }
        }
        assertReleased(dir);
    }

    @Test
    void differentDirectoriesAreDifferentIndexes() throws IOException {
        LuceneArticleIndex a = SharedLuceneIndexes.acquire(dir.resolve("a"), REFRESH);
        try {
            LuceneArticleIndex b = SharedLuceneIndexes.acquire(dir.resolve("b"), REFRESH);
            try {
                assertNotSame(a, b, "two directories, two indexes");
                a.upsert(article("only-a").text("chỉ ở a").build());
                a.refresh();
                b.refresh();
                assertEquals(1, a.count(), "a has the article");
                assertEquals(0, b.count(), "b does not");
            } finally {
                SharedLuceneIndexes.release(b);
            }
        } finally {
            SharedLuceneIndexes.release(a);
        }
    }

    @Test
    void onlyTheLastReleaseClosesAndItCommits() throws IOException {
        AnalyzedArticle early = article("early").text("trước khi nhả").build();
        AnalyzedArticle late = article("late").text("sau lần nhả đầu").build();
        LuceneArticleIndex first = SharedLuceneIndexes.acquire(dir, REFRESH);
        LuceneArticleIndex second = SharedLuceneIndexes.acquire(dir, REFRESH);
        assertSame(first, second, "precondition: one shared instance");
        first.upsert(early);

        SharedLuceneIndexes.release(first);

        // still open for the other user: writes and reads work
        second.upsert(late);
        second.refresh();
        assertEquals(2, second.count(), "the index stays open after the first of two releases");
        assertEquals(2, second.search(ArticleQuery.of("nhả")).total(), "and searchable");
        assertSame(second, SharedLuceneIndexes.acquire(dir, REFRESH), "a new acquire gets the still-open instance");
        SharedLuceneIndexes.release(second);

        SharedLuceneIndexes.release(second);

        // the last release closed the index (the write lock is free) and committed it
        try (LuceneArticleIndex reopened = LuceneBackend.openIndex(dir)) {
            assertEquals(Optional.of(early), reopened.get(early.id()), "committed by the last release");
            assertEquals(Optional.of(late), reopened.get(late.id()), "committed by the last release");
        }
    }

    @Test
    void acquiringAfterTheLastReleaseOpensAFreshInstance() throws IOException {
        LuceneArticleIndex first = SharedLuceneIndexes.acquire(dir, REFRESH);
        first.upsert(article("kept").text("giữ lại").build());
        SharedLuceneIndexes.release(first);

        LuceneArticleIndex again = SharedLuceneIndexes.acquire(dir, REFRESH);
        try {
            assertNotSame(first, again, "the closed instance is not handed out again");
            assertEquals(1, again.count(), "the fresh instance sees what the first one committed on close");
        } finally {
            SharedLuceneIndexes.release(again);
        }
        assertReleased(dir);
    }

    @Test
    void releasingAnIndexThatWasNotAcquiredIsRejected() throws IOException {
        try (LuceneArticleIndex own = LuceneBackend.openIndex(dir)) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> SharedLuceneIndexes.release(own),
                    "an index opened directly was never acquired");
            assertTrue(e.getMessage().contains("not acquired"), "the message says why: " + e.getMessage());
            own.upsert(article("own").text("vẫn mở").build());
            own.refresh();
            assertEquals(1, own.count(), "the rejected release did not close the caller's index");
        }
    }

    @Test
    void releasingMoreOftenThanAcquiringIsRejected() throws IOException {
        LuceneArticleIndex index = SharedLuceneIndexes.acquire(dir, REFRESH);
        SharedLuceneIndexes.release(index);
        assertThrows(IllegalStateException.class, () -> SharedLuceneIndexes.release(index), "a second release of one acquire");
    }

    @Test
    void anIndexOpenedDirectlyIsNotConfusedWithTheSharedOneOnAnotherPath() throws IOException {
        LuceneArticleIndex shared = SharedLuceneIndexes.acquire(dir.resolve("shared"), REFRESH);
        try (LuceneArticleIndex own = LuceneBackend.openIndex(dir.resolve("own"))) {
            assertThrows(IllegalStateException.class, () -> SharedLuceneIndexes.release(own), "own was never acquired");
        } finally {
            SharedLuceneIndexes.release(shared);
        }
        assertReleased(dir.resolve("shared"));
    }

    @Test
    void concurrentAcquiresShareOneInstance() throws Exception {
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<LuceneArticleIndex>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                Callable<LuceneArticleIndex> acquire = () -> {
                    start.await();
                    return SharedLuceneIndexes.acquire(dir, REFRESH);
                };
                futures.add(pool.submit(acquire));
            }
            start.countDown();
            List<LuceneArticleIndex> got = new ArrayList<>();
            for (Future<LuceneArticleIndex> f : futures) {
                got.add(f.get(30, TimeUnit.SECONDS));
            }
            for (LuceneArticleIndex index : got) {
                assertSame(got.get(0), index, "every thread got the same instance");
            }
            for (LuceneArticleIndex index : got) {
                SharedLuceneIndexes.release(index);
            }
        } finally {
            pool.shutdownNow();
        }
        assertReleased(dir);
    }

    /** The directory's write lock is free: a new, unshared index can be opened on it. */
    private static void assertReleased(Path directory) throws IOException {
        try (LuceneArticleIndex probe = LuceneBackend.openIndex(directory)) {
            assertTrue(probe.count() >= 0, "the directory could be opened again after the last release");
        }
    }
}
