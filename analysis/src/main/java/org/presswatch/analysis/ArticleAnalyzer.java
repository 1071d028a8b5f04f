package org.presswatch.analysis;

import java.io.IOException;
import java.util.List;
import org.presswatch.analysis.duplicates.SimHash;
import org.presswatch.analysis.gazetteer.Gazetteer;
import org.presswatch.analysis.gazetteer.ProvinceTagger;
import org.presswatch.analysis.language.LanguageIdentifier;
import org.presswatch.analysis.risk.RiskScorer;
import org.presswatch.analysis.text.ArticleText;
import org.presswatch.analysis.tone.ToneScorer;
import org.presswatch.analysis.topic.TopicRules;
import org.presswatch.analysis.topic.TopicScorer;
import org.presswatch.analysis.topic.model.BuiltInTopicModel;
import org.presswatch.core.config.PresswatchConfig.RiskWeights;
import org.presswatch.core.model.Article;
import org.presswatch.core.model.ArticleAnalysis;
import org.presswatch.core.model.ProvinceScore;
import org.presswatch.core.model.Source;
import org.presswatch.core.model.TopicScore;

/**
 * The analysis of one article: its language, the provinces it concerns and the topics it
 * touches (each with evidence), its tone, its near-duplicate fingerprint and its risk. Building
 * one loads the models and rules (about a second); after that it is thread-safe and meant to be
 * shared by all work on a JVM or Flink task.
 */
public final class ArticleAnalyzer {
    private final LanguageIdentifier languages;
    private final ProvinceTagger provinces;
    private final TopicScorer topics;
    private final ToneScorer tone;
    private final RiskScorer risk;

    public ArticleAnalyzer(LanguageIdentifier languages, ProvinceTagger provinces, TopicScorer topics, ToneScorer tone,
                           RiskScorer risk) {
        this.languages = languages;
        this.provinces = provinces;
        this.topics = topics;
        this.tone = tone;
        this.risk = risk;
    }

    /** The analyzer with the built-in model, gazetteer, rules and lexicons, and the default risk weights. */
    public static ArticleAnalyzer withDefaults() {
        return withDefaults(RiskWeights.DEFAULTS);
    }

    public static ArticleAnalyzer withDefaults(RiskWeights weights) {
        return new ArticleAnalyzer(new LanguageIdentifier(), new ProvinceTagger(Gazetteer.load()),
                new TopicScorer(TopicRules.load(), BuiltInTopicModel.get()), ToneScorer.load(), new RiskScorer(weights));
    }

    /** The analyzer with the built-in rules and lexicons, and the office's model and gazetteer where it has them. */
    public static ArticleAnalyzer withDefaults(RiskWeights weights, OfficeFiles office) throws IOException {
        return new ArticleAnalyzer(new LanguageIdentifier(), new ProvinceTagger(office.places()),
                new TopicScorer(TopicRules.load(), office.topicClassifier()), ToneScorer.load(), new RiskScorer(weights));
    }

    /**
     * @param declaredLanguage what the page or feed declares (ISO 639-1), or null
     * @param source where the article was published, or null when unknown
     */
    public ArticleAnalysis analyze(String title, String text, String declaredLanguage, Source source) {
        ArticleText article = ArticleText.of(title, text);
        String language = languages.identify(LanguageIdentifier.sample(title, text), declaredLanguage);
        List<ProvinceScore> where = provinces.tag(article);
        List<TopicScore> what = topics.score(article);
        double howHostile = tone.score(article);
        return new ArticleAnalysis(language, where, what, howHostile, SimHash.fingerprint(article),
                risk.score(what, where, howHostile, source, 0));
    }

    public ArticleAnalysis analyze(String title, String text, String declaredLanguage) {
        return analyze(title, text, declaredLanguage, null);
    }

    public ArticleAnalysis analyze(Article article, Source source) {
        String declared = Article.UNDETERMINED_LANGUAGE.equals(article.language()) ? null : article.language();
        return analyze(article.title(), article.text(), declared, source);
    }

    public ArticleAnalysis analyze(Article article) {
        return analyze(article, null);
    }
}
