package org.presswatch.pipeline.operators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.presswatch.analysis.ArticleAnalyzer;
import org.presswatch.analysis.OfficeFiles;
import org.presswatch.analysis.topic.model.BuiltInTopicModel;
import org.presswatch.core.config.PresswatchConfig.RiskWeights;
import org.presswatch.core.model.AnalyzedArticle;
import org.presswatch.core.model.Article;

class AnalyzeArticleTest {
    private static final Article ARTICLE = Article.of("demo", URI.create("http://example.org/a"), null,
            "Tàu hải cảnh phun vòi rồng tàu cá Lý Sơn gần Hoàng Sa",
            "Bộ Ngoại giao lên án hành động vi phạm chủ quyền Việt Nam tại quần đảo Hoàng Sa.", "und",
            Instant.parse("2026-11-20T03:00:00Z"), Instant.parse("2026-11-20T03:01:00Z"));

    @Test
    void aTopicModelShippedWithTheJobScoresAsTheSameModelLoadedDirectly() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BuiltInTopicModel.get().write(bytes);
        AnalyzeArticle operator = new AnalyzeArticle(List.of(), RiskWeights.DEFAULTS, new OfficeFiles(bytes.toByteArray(), null));
        operator.open(null);
        AnalyzedArticle analyzed = operator.map(ARTICLE);
        assertEquals(ArticleAnalyzer.withDefaults().analyze(ARTICLE).topics(), analyzed.analysis().topics());
        assertTrue(analyzed.analysis().topics().stream().anyMatch(t -> t.topic().equals("sovereignty")));
        assertEquals("vi", analyzed.article().language(), "the identified language is recorded on the article");
    }

    @Test
    void aDamagedModelFailsTheTaskWithItsName() {
        AnalyzeArticle operator = new AnalyzeArticle(List.of(), RiskWeights.DEFAULTS, new OfficeFiles(new byte[] {1, 2, 3}, null));
        IOException e = assertThrows(IOException.class, () -> operator.open(null));
        assertTrue(e.getMessage().contains("the office's topic model"), e.getMessage());
    }

    @Test
    void theOfficesGazetteerTravelsWithTheJob() throws Exception {
        byte[] places = "places:\n  - {province: \"48\", names: [Bãi Rạng Xanh]}\n".getBytes(StandardCharsets.UTF_8);
        AnalyzeArticle operator = new AnalyzeArticle(List.of(), RiskWeights.DEFAULTS, new OfficeFiles(null, places));
        operator.open(null);
        Article beach = Article.of("demo", URI.create("http://example.org/b"), null, "Bãi Rạng Xanh đón khách", "", "vi",
                Instant.parse("2026-11-20T03:00:00Z"), Instant.parse("2026-11-20T03:01:00Z"));
        assertEquals(List.of("48"), operator.map(beach).analysis().provinces().stream().map(p -> p.code()).toList());
    }
}
