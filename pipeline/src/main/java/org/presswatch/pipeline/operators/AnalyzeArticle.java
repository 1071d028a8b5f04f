package org.presswatch.pipeline.operators;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.presswatch.analysis.ArticleAnalyzer;
import org.presswatch.analysis.topic.model.BuiltInTopicModel;
import org.presswatch.analysis.topic.model.TopicClassifier;
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
    private final byte[] topicModel;
    private transient ArticleAnalyzer analyzer;

    /**
     * @param topicModel a topic classifier as {@code TopicClassifier.write} saves it, or null for the built-in one
     */
    public AnalyzeArticle(List<Source> sources, RiskWeights weights, byte[] topicModel) {
        this.sources = new HashMap<>();
        sources.forEach(s -> this.sources.put(s.id(), s));
        this.weights = weights;
        this.topicModel = topicModel == null ? null : topicModel.clone();
    }

    @Override
    public void open(OpenContext context) throws IOException {
        analyzer = ArticleAnalyzer.withDefaults(weights, topicModel == null ? BuiltInTopicModel.get()
                : TopicClassifier.read(new ByteArrayInputStream(topicModel), "the job's topic model"));
    }

    @Override
    public AnalyzedArticle map(Article article) {
        ArticleAnalysis analysis = analyzer.analyze(article, sources.get(article.sourceId()));
        return new AnalyzedArticle(article.withLanguage(analysis.language()), analysis);
    }
}
