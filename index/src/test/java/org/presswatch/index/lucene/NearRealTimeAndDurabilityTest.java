package org.presswatch.index.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.presswatch.index.TestArticles.article;
import static org.presswatch.index.TestArticles.titleSet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presswatch.core.index.ArticleQuery;
import org.presswatch.core.index.FacetCount;
import org.presswatch.core.model.AnalyzedArticle;

/** When an upsert becomes searchable, when it becomes durable, and what survives a reopen. */
class NearRealTimeAndDurabilityTest {
    @TempDir
    Path dir;

    /** The number of documents in the directory's last commit, as a fresh process would see them. */
    private int committedDocs() throws IOException {
        try (FSDirectory fs = FSDirectory.open(dir)) {
            if (!DirectoryReader.indexExists(fs)) {
                return 0;
            }
            try (DirectoryReader reader = DirectoryReader.open(fs)) {
                return reader.numDocs();
            }
        }
    }

    @Test
    void anUpsertIsSearchableAfterRefreshWithoutCommit() throws IOException {
        AnalyzedArticle a = article("nrt").title("Cứu hộ ngư dân").text("Tàu cứu hộ đưa ngư dân vào bờ an toàn.").build();
        try (LuceneArticleIndex index = LuceneBackend.openIndex(dir)) {
            index.upsert(a);
            assertEquals(0, index.search(ArticleQuery.of("cứu hộ")).total(),
                    "before a refresh (and with the background refresher an hour away) the upsert is not searchable yet");
            assertEquals(Optional.empty(), index.get(a.id()), "nor readable by id");

            index.refresh();

            assertEquals(Set.of("Cứu hộ ngư dân"), titleSet(index.search(ArticleQuery.of("cứu hộ"))), "searchable after refresh");
            assertEquals(Optional.of(a), index.get(a.id()), "readable by id after refresh");
            assertEquals(1, index.count(), "counted");
            assertEquals(0, committedDocs(), "but nothing is durable before commit");

            index.commit();
            assertEquals(1, committedDocs(), "durable after commit");
        }
    }

    @Test
    void onlyCommittedUpsertsAreInTheDirectoryCommit() throws IOException {
        try (LuceneArticleIndex index = LuceneBackend.openIndex(dir)) {
            index.upsert(article("one").text("một").build());
            index.commit();
            index.upsert(article("two").text("hai").build());
            index.upsert(article("one").text("một, bản sửa").build());
            index.refresh();
            assertEquals(2, index.search(ArticleQuery.of("")).total(), "both are searchable");
            assertEquals(1, committedDocs(), "only the first is committed");
            index.commit();
            assertEquals(2, committedDocs(), "the replaced article is committed once, beside the new one");
        }
    }

    @Test
    void theBackgroundRefresherMakesUpsertsSearchable() throws Exception {
        try (LuceneArticleIndex index = new LuceneArticleIndex(dir, Duration.ofMillis(20))) {
            index.upsert(article("bg").text("làm mới tự động").build());
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            long total = 0;
            while (System.nanoTime() < deadline && (total = index.search(ArticleQuery.of("tự động")).total()) == 0) {
                Thread.sleep(10);
            }
            assertEquals(1, total, "the refresher made the upsert searchable without refresh() or commit()");
        }
    }

    @Test
    void aReopenedIndexSeesEveryCommittedArticle() throws IOException {
        List<AnalyzedArticle> articles = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            articles.add(article("bai-" + i).title("Bài " + i).text("nội dung bền vững " + i)
                    .province(i % 2 == 0 ? "01" : "79", 0.8).topic("border", 0.9).build());
        }
        try (LuceneArticleIndex index = LuceneBackend.openIndex(dir)) {
            for (AnalyzedArticle a : articles) {
                index.upsert(a);
            }
            index.commit();
        }
        try (LuceneArticleIndex reopened = LuceneBackend.openIndex(dir)) {
            assertEquals(40, reopened.count(), "count after reopening");
            assertEquals(40, reopened.search(ArticleQuery.of("bền vững")).total(), "searchable after reopening");
            for (AnalyzedArticle a : articles) {
                assertEquals(Optional.of(a), reopened.get(a.id()), "get after reopening " + a.article().title());
            }
            assertEquals(List.of(new FacetCount("01", 20), new FacetCount("79", 20)),
                    reopened.search(ArticleQuery.of("")).facets().get("province"), "facets after reopening");
            assertEquals(40, reopened.search(ArticleQuery.of("").withTopics(Set.of("border"))).total(),
                    "filters after reopening");

            reopened.upsert(articles.get(0));
            reopened.upsert(article("moi").text("bài mới").build());
            reopened.refresh();
            assertEquals(41, reopened.count(), "upserting a stored article again after a restart does not duplicate it");
        }
    }

    @Test
    void closeCommits() throws IOException {
        AnalyzedArticle a = article("close").text("đóng là lưu").build();
        try (LuceneArticleIndex index = LuceneBackend.openIndex(dir)) {
            index.upsert(a);
        }
        assertEquals(1, committedDocs(), "close committed the upsert");
        try (LuceneArticleIndex reopened = LuceneBackend.openIndex(dir)) {
            assertEquals(Optional.of(a), reopened.get(a.id()), "the article survives close without an explicit commit");
        }
    }

    @Test
    void aSecondIndexOnAnOpenDirectoryIsRefusedAndTheFirstStillWorks() throws IOException {
        try (LuceneArticleIndex index = LuceneBackend.openIndex(dir)) {
            IOException e = assertThrows(IOException.class, () -> LuceneBackend.openIndex(dir).close(),
                    "a second writer on the same directory");
            assertTrue(e.getMessage().contains(dir.toString()), "the message names the directory: " + e.getMessage());
            index.upsert(article("still").text("vẫn chạy").build());
            index.refresh();
            assertEquals(1, index.search(ArticleQuery.of("vẫn chạy")).total(), "the first index is unaffected");
        }
    }

    @Test
    void aMissingDirectoryIsCreated() throws IOException {
        Path nested = dir.resolve("a").resolve("b").resolve("index");
        try (LuceneArticleIndex index = LuceneBackend.openIndex(nested)) {
            index.upsert(article("n").text("thư mục mới").build());
            index.commit();
        }
        assertTrue(Files.isDirectory(nested), "the index directory was created");
    }

    @Test
    void aNonPositiveRefreshIntervalIsRejectedWithoutLockingTheDirectory() throws IOException {
        for (Duration bad : List.of(Duration.ZERO, Duration.ofMillis(-5), Duration.ofNanos(10))) {
            assertThrows(IllegalArgumentException.class, () -> new LuceneArticleIndex(dir, bad).close(),
                    "refresh interval " + bad);
        }
        assertThrows(IllegalArgumentException.class, () -> new LuceneArticleIndex(dir, null).close(), "null refresh interval");
        try (LuceneArticleIndex index = LuceneBackend.openIndex(dir)) {
            index.upsert(article("ok").text("mở được").build());
            index.refresh();
            assertEquals(1, index.count(), "the directory can still be opened after the rejected attempts");
        }
    }

    @Test
    void refreshWithNothingNewIsHarmless() throws IOException {
        try (LuceneArticleIndex index = LuceneBackend.openIndex(dir)) {
            index.refresh();
            index.refresh();
            index.commit();
            index.commit();
            assertEquals(0, index.count(), "still empty");
            assertFalse(index.search(ArticleQuery.of("")).total() > 0, "no hits");
        }
    }
}
