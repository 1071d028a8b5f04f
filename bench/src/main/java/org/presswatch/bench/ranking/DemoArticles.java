package org.presswatch.bench.ranking;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.presswatch.analysis.ArticleAnalyzer;
import org.presswatch.core.model.AnalyzedArticle;
import org.presswatch.core.model.Article;
import org.presswatch.demo.corpus.Corpus;
import org.presswatch.demo.corpus.CorpusArticle;

/**
 * Every article the demo newsroom publishes (its regular articles and its spike pack), analyzed
 * as the job analyzes a crawled article, each under the key the judgments name it by:
 * {@code outlet/slug}.
 */
final class DemoArticles {
    /** One publication time for all: the ranking by relevance never looks at it. */
    private static final Instant PUBLISHED = Instant.parse("2026-01-01T00:00:00Z");

    private DemoArticles() {}

    /** The articles by key, in the corpus's order. */
    static Map<String, AnalyzedArticle> load() {
        ArticleAnalyzer analyzer = ArticleAnalyzer.withDefaults();
        Corpus corpus = Corpus.load();
        List<CorpusArticle> all = new ArrayList<>(corpus.articles());
        all.addAll(corpus.spike());
        Map<String, AnalyzedArticle> byKey = new LinkedHashMap<>();
        for (CorpusArticle c : all) {
            Article a = Article.of(c.outlet().id(), URI.create(c.url()), null, c.title(), c.text(), "und", PUBLISHED, PUBLISHED);
            byKey.put(keyOf(c), new AnalyzedArticle(a, analyzer.analyze(a)));
        }
        return byKey;
    }

    static String keyOf(CorpusArticle c) {
        return c.outlet().id() + "/" + c.slug();
    }
}
