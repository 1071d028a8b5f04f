package org.presswatch.analysis.evaluation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.presswatch.analysis.ArticleAnalyzer;
import org.presswatch.analysis.labelled.LabelledArticles;

/**
 * The analysis with its built-in model on the held-out set, which neither the classifier nor the
 * rules were tuned on: the figures {@code presswatch eval} prints, held to the product's bar.
 */
class HeldOutEvaluationTest {
    private static final double MACRO_F1_BAR = 0.85;
    private static final double PROVINCE_ACCURACY_BAR = 0.95;

    @Test
    void theHeldOutSetMeetsTheBar() throws IOException {
        Evaluation.Report r = Evaluation.of(ArticleAnalyzer.withDefaults(), LabelledArticles.heldOut());
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT, "held-out set, %d articles: macro-F1 %.3f, province accuracy %.3f%n",
                r.articles(), r.macroF1(), r.provinceAccuracy()));
        r.topics().forEach((t, c) -> report.append(String.format(Locale.ROOT, "  %-13s P=%.3f R=%.3f F1=%.3f%n", t, c.precision(), c.recall(), c.f1())));
        r.misses().forEach(m -> report.append(String.format("  miss %s %s expected %s listed %s  %s%n", m.articleId(), m.what(), m.expected(),
                m.found(), m.title())));
        System.out.print(report);
        assertTrue(r.macroF1() >= MACRO_F1_BAR, report.toString());
        assertTrue(r.provinceAccuracy() >= PROVINCE_ACCURACY_BAR, report.toString());
    }
}
