package org.presswatch.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.presswatch.analysis.evaluation.Counts;
import org.presswatch.analysis.evaluation.Evaluation;
import org.presswatch.core.model.Topics;

/** Prints an evaluation report as the table that {@code train} and {@code eval} show. */
final class EvaluationTable {
    private EvaluationTable() {}

    static void print(PrintStream out, Evaluation.Report report) {
        out.printf(Locale.ROOT, "  %-13s %9s %9s %9s   %4s %4s %4s%n", "topic", "precision", "recall", "F1", "tp", "fp", "fn");
        report.topics().forEach((topic, c) -> out.printf(Locale.ROOT, "  %-13s %9.3f %9.3f %9.3f   %4d %4d %4d%s%n", topic,
                c.precision(), c.recall(), c.f1(), c.truePositives(), c.falsePositives(), c.falseNegatives(),
                Topics.require(topic).mission() ? "" : "   (not a mission topic)"));
        out.printf(Locale.ROOT, "  macro-F1 over the four mission topics: %.3f%n", report.macroF1());
        if (report.provinceArticles() > 0) {
            Counts mentions = report.provinceMentions();
            out.printf(Locale.ROOT, "  province accuracy: %.3f (%d of %d articles with exactly their provinces listed); "
                            + "province precision %.3f, recall %.3f%n", report.provinceAccuracy(), report.provincesExact(),
                    report.provinceArticles(), mentions.precision(), mentions.recall());
        }
    }
}
