package org.presswatch.pipeline.operators;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.presswatch.analysis.ArticleAnalyzer;
import org.presswatch.analysis.OfficeFiles;
import org.presswatch.core.config.PresswatchConfig.RiskWeights;
import org.presswatch.core.model.AnalyzedArticle;
import org.presswatch.core.model.Article;
import org.presswatch.core.model.ArticleAnalysis;
import org.presswatch.core.model.Source;

/**
 * Runs the analysis on each article, knowing its source (for the risk score's foreign and reach
 * factors), and records the identified language on the article itself.
 */
public final class AnalyzeArticle extends RichMapFunction<Article, AnalyzedArticle> {
    private final Map<String, Source> sources;
    private final RiskWeights weights;
    private final OfficeFiles office;
    private transient ArticleAnalyzer analyzer;

    public AnalyzeArticle(List<Source> sources, RiskWeights weights, OfficeFiles office) {
        this.sources = new HashMap<>();
        sources.forEach(s -> this.sources.put(s.id(), s));
        this.weights = weights;
        this.office = office;
    }

    @Override
    public void open(OpenContext context) throws IOException {
        analyzer = ArticleAnalyzer.withDefaults(weights, office);
    }

    @Override
    public AnalyzedArticle map(Article article) {
        ArticleAnalysis analysis = analyzer.analyze(article, sources.get(article.sourceId()));
        return new AnalyzedArticle(article.withLanguage(analysis.language()), analysis);
    }
}
