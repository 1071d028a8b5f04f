package org.presswatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.presswatch.analysis.ArticleAnalyzer;
import org.presswatch.core.model.AnalyzedArticle;
import org.presswatch.core.model.Article;
import org.presswatch.core.model.ArticleAnalysis;
import org.presswatch.index.lucene.LuceneArticleIndex;

/** {@code presswatch reindex} with no presswatch running: it opens the index and runs the batch job itself. */
class ReindexCommandTest {
    @TempDir
    Path dir;

    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();

    @Test
    void withNoPresswatchRunningTheCommandAnalysesEveryStoredArticleAgainAndShowsItsProgress() throws Exception {
        Path data = dir.resolve("data");
        List<Article> articles = new ArrayList<>();
        try (LuceneArticleIndex index = new LuceneArticleIndex(data.resolve("index"), Duration.ofMillis(50))) {
            for (int i = 0; i < 60; i++) {
                Article a = Article.of("duyenhai", URI.create("https://baoduyenhai.example/bai-" + i + ".html"), null, "Tin biển đảo " + i,
                        "Tàu cá Lý Sơn bị tàu nước ngoài phun vòi rồng gần quần đảo Hoàng Sa, vi phạm chủ quyền Việt Nam. Bài " + i, "vi",
                        Instant.parse("2026-11-01T00:00:00Z").plusSeconds(i), Instant.parse("2026-11-20T00:00:00Z"));
                articles.add(a);
                index.upsert(new AnalyzedArticle(a, new ArticleAnalysis("vi", List.of(), List.of())));
            }
            index.commit();
        }
        Path registry = dir.resolve("sources.yaml");
        Files.writeString(registry, "sources:\n  - id: duyenhai\n    name: Báo Duyên Hải\n    homepage: https://baoduyenhai.example/\n"
                + "    feeds: [https://baoduyenhai.example/rss.xml]\n    country: VN\n    languages: [vi]\n");
        int unusedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            unusedPort = socket.getLocalPort();
        }

        int exit = PresswatchCli.execute("reindex", "--data", data.toString(), "--sources", registry.toString(),
                "--port", String.valueOf(unusedPort));
        assertEquals(0, exit, console.err());
        assertTrue(console.out().contains("[##############################] 100%  60 of 60 articles"), console.out());
        assertTrue(console.out().contains("reindex: 60 articles analysed again in"), console.out());
        ArticleAnalyzer analyzer = ArticleAnalyzer.withDefaults();
        try (LuceneArticleIndex index = new LuceneArticleIndex(data.resolve("index"), Duration.ofMillis(50))) {
            assertEquals(60, index.count());
            for (Article a : articles) {
                assertEquals(analyzer.analyze(a).topics(), index.get(a.id()).orElseThrow().analysis().topics());
            }
        }
    }
}
