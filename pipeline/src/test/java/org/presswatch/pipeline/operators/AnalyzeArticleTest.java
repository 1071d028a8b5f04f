package org.presswatch.pipeline.operators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.presswatch.analysis.ArticleAnalyzer;
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
        AnalyzeArticle operator = new AnalyzeArticle(List.of(), RiskWeights.DEFAULTS, bytes.toByteArray());
        operator.open(null);
        AnalyzedArticle analyzed = operator.map(ARTICLE);
        assertEquals(ArticleAnalyzer.withDefaults().analyze(ARTICLE).topics(), analyzed.analysis().topics());
        assertTrue(analyzed.analysis().topics().stream().anyMatch(t -> t.topic().equals("sovereignty")));
        assertEquals("vi", analyzed.article().language(), "the identified language is recorded on the article");
    }

    @Test
    void aDamagedModelFailsTheTaskWithItsName() {
        AnalyzeArticle operator = new AnalyzeArticle(List.of(), RiskWeights.DEFAULTS, new byte[] {1, 2, 3});
        IOException e = assertThrows(IOException.class, () -> operator.open(null));
        assertTrue(e.getMessage().contains("the job's topic model"), e.getMessage());
    }
}
