package org.presswatch.analysis.evaluation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.presswatch.analysis.ArticleAnalyzer;
import org.presswatch.analysis.gazetteer.ProvinceTagger;
import org.presswatch.analysis.labelled.LabelledArticle;
import org.presswatch.analysis.topic.TopicScorer;
import org.presswatch.core.model.ArticleAnalysis;
import org.presswatch.core.model.ProvinceScore;
import org.presswatch.core.model.Topic;
import org.presswatch.core.model.TopicScore;
import org.presswatch.core.model.Topics;

/**
 * Compares what the analysis lists for labelled articles with their labels: precision, recall
 * and F1 per topic (a topic is found when listed, score at least
 * {@value TopicScorer#LISTING_THRESHOLD}), the macro-F1 over the four mission topics, and province
 * accuracy: the share of articles whose listed provinces (score at least
 * {@value ProvinceTagger#LISTING_THRESHOLD}) are exactly the labelled ones, none missing and none
 * extra. Not thread-safe: one evaluation collects one run.
 */
public final class Evaluation {
    /** An article the analysis got wrong on topics or provinces. */
    public record Miss(String articleId, String title, String what, Set<String> expected, Set<String> found) {}

    /**
     * @param articles articles evaluated
     * @param topics per topic, in the taxonomy's order
     * @param provinceArticles articles whose provinces were evaluated (0 when not measured)
     * @param provincesExact of those, articles whose listed provinces are exactly the labelled ones
     * @param provinceMentions each listed or labelled (article, province) pair, as a decision
     * @param misses every wrong article, in input order
     */
    public record Report(int articles, Map<String, Counts> topics, int provinceArticles, int provincesExact, Counts provinceMentions,
                         List<Miss> misses) {
        public Report {
            topics = Collections.unmodifiableMap(new LinkedHashMap<>(topics));
            misses = List.copyOf(misses);
        }

        /** The mean F1 of the four mission topics. */
        public double macroF1() {
            return Topics.all().stream().filter(Topic::mission).mapToDouble(t -> topics.get(t.id()).f1()).average().orElse(0);
        }

        public double provinceAccuracy() {
            return provinceArticles == 0 ? 0 : provincesExact / (double) provinceArticles;
        }
    }

    private final Map<String, Counts> topics = new LinkedHashMap<>();
    private int articles;
    private int provinceArticles;
    private int provincesExact;
    private Counts provinceMentions = Counts.NONE;
    private final List<Miss> misses = new ArrayList<>();

    public Evaluation() {
        Topics.all().forEach(t -> topics.put(t.id(), Counts.NONE));
    }

    /** Evaluates the analyzer on the articles. */
    public static Report of(ArticleAnalyzer analyzer, List<LabelledArticle> articles) {
        Evaluation evaluation = new Evaluation();
        for (LabelledArticle a : articles) {
            ArticleAnalysis analysis = analyzer.analyze(a.title(), a.text(), null);
            evaluation.addTopics(a, listedTopics(analysis.topics()));
            evaluation.addProvinces(a, listedProvinces(analysis.provinces()));
        }
        return evaluation.report();
    }

    /** The ids of the topics the analysis listed. */
    public static Set<String> listedTopics(List<TopicScore> scores) {
        return scores.stream().filter(TopicScore::listed).map(TopicScore::topic).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The codes of the provinces the analysis listed. */
    public static Set<String> listedProvinces(List<ProvinceScore> scores) {
        return scores.stream().filter(ProvinceScore::listed).map(ProvinceScore::code).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Counts one article's listed topics against its labels. */
    public void addTopics(LabelledArticle article, Set<String> found) {
        articles++;
        topics.replaceAll((topic, counts) -> counts.plus(article.topics().contains(topic), found.contains(topic)));
        if (!article.topics().equals(found)) {
            misses.add(new Miss(article.id(), article.title(), "topics", new TreeSet<>(article.topics()), found));
        }
    }

    /** Counts one article's listed provinces against its labels. */
    public void addProvinces(LabelledArticle article, Set<String> found) {
        provinceArticles++;
        Set<String> all = new TreeSet<>(found);
        all.addAll(article.provinces());
        for (String code : all) {
            provinceMentions = provinceMentions.plus(article.provinces().contains(code), found.contains(code));
        }
        if (article.provinces().equals(found)) {
            provincesExact++;
        } else {
            misses.add(new Miss(article.id(), article.title(), "provinces", new TreeSet<>(article.provinces()), found));
        }
    }

    public Report report() {
        return new Report(articles, topics, provinceArticles, provincesExact, provinceMentions, misses);
    }
}
