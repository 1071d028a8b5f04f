package org.presswatch.pipeline.reanalysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presswatch.analysis.ArticleAnalyzer;
import org.presswatch.core.config.ConfigLoader;
import org.presswatch.core.config.PresswatchConfig;
import org.presswatch.core.model.AnalyzedArticle;
import org.presswatch.core.model.Article;
import org.presswatch.core.model.ArticleAnalysis;
import org.presswatch.index.lucene.LuceneArticleIndex;
import org.presswatch.index.lucene.SharedLuceneIndexes;
import org.presswatch.pipeline.sink.LuceneIndexProvider;

/** The batch re-analysis on its own MiniCluster at parallelism 2, against an embedded index the test keeps writing. */
class ReanalysisTest {
    private static final int ARTICLES = 400;
    private static final Duration REFRESH = Duration.ofMillis(100);

    @TempDir
    Path data;

    private static Article article(int i) {
        String text = i % 2 == 0
                ? "Tàu cá của ngư dân Lý Sơn bị tàu nước ngoài phun vòi rồng gần quần đảo Hoàng Sa, vi phạm chủ quyền Việt Nam. Bài " + i
                : "Giá cà phê Đắk Lắk tăng trong tuần qua, doanh nghiệp đẩy mạnh xuất khẩu. Bài " + i;
        return Article.of("demo", URI.create("http://example.org/bai-" + i + ".html"), null, "Tin số " + i, text, "vi",
                Instant.parse("2026-11-01T00:00:00Z").plusSeconds(i * 60L), Instant.parse("2026-11-20T00:00:00Z"));
    }

    @Test
    void everyStoredArticleIsAnalysedAgainOnceWhileOthersAreStillWritten() throws Exception {
        Path indexDir = data.resolve("index");
        LuceneArticleIndex index = SharedLuceneIndexes.acquire(indexDir, REFRESH);
        try {
            // stored with an outdated analysis: no provinces, no topics, no risk
            for (int i = 0; i < ARTICLES; i++) {
                index.upsert(new AnalyzedArticle(article(i), new ArticleAnalysis("vi", List.of(), List.of())));
            }
            index.commit();
            PresswatchConfig config = new ConfigLoader().override("data.dir", data.toString()).override("pipeline.parallelism", 2).load();

            Reanalysis run = Reanalysis.start(config, List.of(), new LuceneIndexProvider(indexDir, REFRESH));
            // the live job goes on writing new articles meanwhile
            List<Article> written = new ArrayList<>();
            for (int i = ARTICLES; i < ARTICLES + 20; i++) {
                written.add(article(i));
                index.upsert(new AnalyzedArticle(article(i), new ArticleAnalysis("vi", List.of(), List.of())));
            }
            long done = run.finished().get(2, TimeUnit.MINUTES);

            assertTrue(done >= ARTICLES && done <= ARTICLES + written.size(), "every stored article analysed once: " + done);
            assertEquals(done, run.done());
            index.refresh();
            assertEquals(ARTICLES + written.size(), index.count(), "no article lost or duplicated");
            ArticleAnalyzer analyzer = ArticleAnalyzer.withDefaults();
            for (int i = 0; i < ARTICLES; i++) {
                Article a = article(i);
                AnalyzedArticle stored = index.get(a.id()).orElseThrow();
                assertEquals(analyzer.analyze(a).topics(), stored.analysis().topics(), "analysed again: " + a.url());
                assertEquals(analyzer.analyze(a).provinces(), stored.analysis().provinces(), "analysed again: " + a.url());
            }
            assertTrue(index.get(article(0).id()).orElseThrow().analysis().topic("sovereignty").isPresent());
        } finally {
            SharedLuceneIndexes.release(index);
        }
    }
}
