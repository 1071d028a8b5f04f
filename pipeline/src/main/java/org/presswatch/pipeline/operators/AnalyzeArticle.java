package org.presswatch.pipeline.operators;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.presswatch.analysis.ArticleAnalyzer;
import org.presswatch.core.model.AnalyzedArticle;
import org.presswatch.core.model.Article;
import org.presswatch.core.model.ArticleAnalysis;

/** Runs the analysis on each article and records the identified language on the article itself. */
public final class AnalyzeArticle extends RichMapFunction<Article, AnalyzedArticle> {
    private transient ArticleAnalyzer analyzer;

    @Override
    public void open(OpenContext context) {
        analyzer = ArticleAnalyzer.withDefaults();
    }

    @Override
    public AnalyzedArticle map(Article article) {
        ArticleAnalysis analysis = analyzer.analyze(article);
        return new AnalyzedArticle(article.withLanguage(analysis.language()), analysis);
    }
}
