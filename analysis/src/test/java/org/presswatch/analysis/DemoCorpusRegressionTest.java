package org.presswatch.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.presswatch.analysis.evaluation.Counts;
import org.presswatch.analysis.evaluation.Evaluation;
import org.presswatch.analysis.topic.TopicScorer;
import org.presswatch.core.model.ArticleAnalysis;
import org.presswatch.core.model.ProvinceScore;
import org.presswatch.demo.corpus.Corpus;
import org.presswatch.demo.corpus.CorpusArticle;

/**
 * Runs the whole analysis over the demo newsroom's labelled corpus and checks the figures against
 * floors: per-topic precision, recall and F1 for the four mission topics (a topic counts as found
 * when listed, score &gt;= {@link TopicScorer#LISTING_THRESHOLD}), the share of ordinary articles
 * (no mission label) wrongly given a mission topic, and the province and language figures.
 *
 * <p><b>This is a regression guard, not an evaluation.</b> The topic rules and the gazetteer were
 * tuned on this very corpus, so the figures say nothing about accuracy on unseen news; they are
 * near-perfect by construction. The floors sit a little below what the current rules achieve
 * (about one article's worth of slack per figure), so that a change to the rules, the matcher or
 * the data that loses ground fails here. When a deliberate change moves the figures, update the
 * floors and say why. The figures are printed on every run (see the surefire output file).
 */
class DemoCorpusRegressionTest {
    private static final List<String> MISSION_TOPICS = List.of("sovereignty", "ethnicity", "religion", "human_rights");

    /** F1 floors per mission topic; current figures in the comments. */
    private static final Map<String, Double> F1_FLOORS = Map.of(
            "sovereignty", 0.97,  // 1.000
            "ethnicity", 0.89,    // 0.923
            "religion", 0.96,     // 1.000
            // The classifier, trained on another corpus, doubts three English religious-freedom
            // stories here (0.920 with the rules alone) and in exchange removes the false
            // border and image topics (their F1 rose from 0.61 and 0.70 to 0.95 and 0.80).
            "human_rights", 0.85); // 0.875
    private static final double MACRO_F1_FLOOR = 0.93;            // 0.950
    private static final double ORDINARY_FLAGGED_CEILING = 0.02;  // 0 of 121
    private static final double PROVINCE_RECALL_FLOOR = 0.97;     // 242 of 244
    private static final double LANGUAGE_ACCURACY_FLOOR = 0.98;   // 228 of 228

    private static List<CorpusArticle> articles;
    private static List<ArticleAnalysis> analyses;

    @BeforeAll
    static void analyzeTheCorpus() {
        articles = Corpus.load().articles();
        ArticleAnalyzer analyzer = ArticleAnalyzer.withDefaults();
        analyses = new ArrayList<>();
        for (CorpusArticle a : articles) {
            analyses.add(analyzer.analyze(a.title(), a.text(), null));
        }
    }

    private static Set<String> listed(ArticleAnalysis analysis) {
        return Evaluation.listedTopics(analysis.topics());
    }

    /** One topic's counts over the corpus, with the articles it got wrong. */
    private record Tally(Counts counts, List<String> errors) {}

    private static Tally count(String topic) {
        Counts counts = Counts.NONE;
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            boolean gold = articles.get(i).topics().contains(topic);
            boolean found = listed(analyses.get(i)).contains(topic);
            counts = counts.plus(gold, found);
            if (gold != found) {
                errors.add((found ? "FP " : "FN ") + articles.get(i).slug());
            }
        }
        return new Tally(counts, errors);
    }

    @Test
    void theCorpusIsThere() {
        assertTrue(articles.size() >= 200, "the demo corpus has only " + articles.size() + " articles");
        for (String topic : MISSION_TOPICS) {
            long labelled = articles.stream().filter(a -> a.topics().contains(topic)).count();
            assertTrue(labelled >= 15, topic + " has only " + labelled + " labelled articles: the figures would mean little");
        }
    }

    @Test
    void missionTopicsKeepTheirPrecisionAndRecall() {
        Map<String, Tally> counts = new LinkedHashMap<>();
        MISSION_TOPICS.forEach(t -> counts.put(t, count(t)));
        double macroF1 = counts.values().stream().mapToDouble(t -> t.counts().f1()).average().orElseThrow();
        StringBuilder report = new StringBuilder("Demo corpus, " + articles.size() + " articles (regression guard: the rules were tuned on it)\n");
        counts.forEach((topic, t) -> report.append(String.format(Locale.ROOT, "  %-13s tp=%3d fp=%2d fn=%2d  P=%.3f R=%.3f F1=%.3f  %s%n",
                topic, t.counts().truePositives(), t.counts().falsePositives(), t.counts().falseNegatives(), t.counts().precision(),
                t.counts().recall(), t.counts().f1(), t.errors())));
        report.append(String.format(Locale.ROOT, "  macro-F1 over the four mission topics: %.3f%n", macroF1));
        System.out.print(report);

        List<String> failures = new ArrayList<>();
        counts.forEach((topic, t) -> {
            if (t.counts().f1() < F1_FLOORS.get(topic)) {
                failures.add(String.format(Locale.ROOT, "%s F1 %.3f < floor %.2f", topic, t.counts().f1(), F1_FLOORS.get(topic)));
            }
        });
        if (macroF1 < MACRO_F1_FLOOR) {
            failures.add(String.format(Locale.ROOT, "macro-F1 %.3f < floor %.2f", macroF1, MACRO_F1_FLOOR));
        }
        assertEquals(List.of(), failures, report.toString());
    }

    @Test
    void ordinaryArticlesAreRarelyFlagged() {
        List<String> flagged = new ArrayList<>();
        int ordinary = 0;
        for (int i = 0; i < articles.size(); i++) {
            if (articles.get(i).topics().stream().noneMatch(MISSION_TOPICS::contains)) {
                ordinary++;
                Set<String> mission = listed(analyses.get(i)).stream().filter(MISSION_TOPICS::contains).collect(Collectors.toSet());
                if (!mission.isEmpty()) {
                    flagged.add(articles.get(i).slug() + " " + mission);
                }
            }
        }
        double share = flagged.size() / (double) ordinary;
        String report = String.format(Locale.ROOT, "Ordinary articles given a mission topic: %d of %d (%.1f%%) %s", flagged.size(), ordinary, 100 * share, flagged);
        System.out.println(report);
        assertTrue(ordinary >= 50, "only " + ordinary + " ordinary articles");
        assertTrue(share <= ORDINARY_FLAGGED_CEILING, report);
    }

    @Test
    void labelledProvincesAreFound() {
        int gold = 0;
        int found = 0;
        int topCorrect = 0;
        int withProvince = 0;
        List<String> missed = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            List<String> tagged = analyses.get(i).provinces().stream().map(ProvinceScore::code).toList();
            for (String code : articles.get(i).provinces()) {
                gold++;
                if (tagged.contains(code)) {
                    found++;
                } else {
                    missed.add(articles.get(i).slug() + " " + code);
                }
            }
            if (!articles.get(i).provinces().isEmpty()) {
                withProvince++;
                if (!tagged.isEmpty() && articles.get(i).provinces().contains(tagged.get(0))) {
                    topCorrect++;
                }
            }
        }
        double recall = found / (double) gold;
        String report = String.format(Locale.ROOT, "Labelled provinces found: %d of %d (%.3f), missed %s; top province labelled in %d of %d articles",
                found, gold, recall, missed, topCorrect, withProvince);
        System.out.println(report);
        assertTrue(recall >= PROVINCE_RECALL_FLOOR, report);
    }

    @Test
    void languagesAreThoseOfTheOutlets() {
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            if (!analyses.get(i).language().equals(articles.get(i).outlet().language())) {
                wrong.add(articles.get(i).slug() + " " + analyses.get(i).language());
            }
        }
        double accuracy = 1 - wrong.size() / (double) articles.size();
        String report = String.format(Locale.ROOT, "Language identified without a declaration: %d of %d (%.3f) %s",
                articles.size() - wrong.size(), articles.size(), accuracy, wrong);
        System.out.println(report);
        assertTrue(accuracy >= LANGUAGE_ACCURACY_FLOOR, report);
    }
}
