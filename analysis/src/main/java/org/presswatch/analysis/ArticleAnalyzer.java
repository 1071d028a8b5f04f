package org.presswatch.analysis;

import org.presswatch.analysis.gazetteer.Gazetteer;
import org.presswatch.analysis.gazetteer.ProvinceTagger;
import org.presswatch.analysis.language.LanguageIdentifier;
import org.presswatch.analysis.topic.TopicScorer;
import org.presswatch.core.model.Article;
import org.presswatch.core.model.ArticleAnalysis;

/**
 * The analysis of one article: its language, the provinces it concerns and the topics it
 * touches, each with evidence. Building one loads the models and rules (about a second); after
 * that it is thread-safe and meant to be shared by all work on a JVM or Flink task.
 */
public final class ArticleAnalyzer {
    private final LanguageIdentifier languages;
    private final ProvinceTagger provinces;
    private final TopicScorer topics;

    public ArticleAnalyzer(LanguageIdentifier languages, ProvinceTagger provinces, TopicScorer topics) {
        this.languages = languages;
        this.provinces = provinces;
        this.topics = topics;
    }

    /** The analyzer with the built-in model, gazetteer and topic rules. */
    public static ArticleAnalyzer withDefaults() {
        return new ArticleAnalyzer(new LanguageIdentifier(), new ProvinceTagger(Gazetteer.load()), TopicScorer.load());
    }

    /**
     * @param declaredLanguage what the page or feed declares (ISO 639-1), or null
     */
    public ArticleAnalysis analyze(String title, String text, String declaredLanguage) {
        String language = languages.identify(title + "\n" + text, declaredLanguage);
        return new ArticleAnalysis(language, provinces.tag(title, text), topics.score(title, text));
    }

    public ArticleAnalysis analyze(Article article) {
        String declared = Article.UNDETERMINED_LANGUAGE.equals(article.language()) ? null : article.language();
        return analyze(article.title(), article.text(), declared);
    }
}
