package org.presswatch.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.presswatch.analysis.ArticleAnalyzer;
import org.presswatch.analysis.OfficeFiles;
import org.presswatch.analysis.evaluation.Evaluation;
import org.presswatch.analysis.evaluation.OffMissionCheck;
import org.presswatch.analysis.evaluation.VntcSample;
import org.presswatch.analysis.labelled.LabelledArticle;
import org.presswatch.analysis.labelled.LabelledArticles;
import org.presswatch.core.config.PresswatchConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code presswatch eval}: measures the analysis, as {@code analyze} runs it, on a labelled set
 * never used in training (the built-in held-out set unless {@code --set} names another), and the
 * false-positive rate on the VNTC sample's sports, IT and health news when that file is there.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Measure the analysis on the held-out evaluation set (per-topic precision, recall and F1, "
                + "macro-F1, province accuracy) and its false-positive rate on VNTC sports, IT and health news.",
                "Đánh giá phân tích trên bộ kiểm tra chưa dùng để huấn luyện và đo tỷ lệ gắn nhầm chủ đề trên tin thể thao, "
                        + "công nghệ, sức khỏe."})
final class EvalCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Option(names = "--set", paramLabel = "FILE", description = "A labelled set (JSON Lines, as train reads) instead of the built-in held-out set.")
    Path set;

    @Option(names = "--vntc", paramLabel = "FILE", defaultValue = "${env:PRESSWATCH_CORPORA:-corpora}/vntc-sample.jsonl",
            description = "The VNTC sample for the false-positive check; skipped when absent (default: ${DEFAULT-VALUE}).")
    Path vntc;

    @Option(names = "--misses", description = "List every article the analysis got wrong.")
    boolean misses;

    @Override
    public Integer call() throws IOException {
        PresswatchConfig config = options.load();
        OfficeFiles office = OfficeFiles.read(config.layout());
        ArticleAnalyzer analyzer = ArticleAnalyzer.withDefaults(config.analysis().risk(), office);
        List<LabelledArticle> articles = set == null ? LabelledArticles.heldOut() : LabelledArticles.read(set);
        System.out.printf("eval: %d articles of %s, analyzed with %s%n", articles.size(),
                set == null ? "the built-in held-out set" : set, office.describe());
        Evaluation.Report report = Evaluation.of(analyzer, articles);
        EvaluationTable.print(System.out, report);
        if (misses) {
            report.misses().forEach(m -> System.out.printf("  miss %-10s %-9s expected %s, listed %s  %s%n", m.articleId(), m.what(),
                    m.expected(), m.found(), m.title()));
        }
        if (!Files.isRegularFile(vntc)) {
            System.out.printf("eval: no VNTC sample at %s; the false-positive check is skipped (pass --vntc FILE; see Data sets in the README)%n",
                    vntc);
            return 0;
        }
        OffMissionCheck.Result check = OffMissionCheck.run(analyzer, VntcSample.read(vntc));
        System.out.printf(Locale.ROOT, "eval: false positives on %s: %d of %d sports, IT and health articles given a mission topic (%.2f%%)%n",
                vntc, check.flagged().size(), check.offMissionArticles(), 100 * check.falsePositiveRate());
        check.perCategory().forEach((category, t) -> System.out.printf("  %-18s %4d of %4d flagged%s%n", category, t.flagged(), t.articles(),
                OffMissionCheck.OFF_MISSION.contains(category) ? "" : "   (may rightly touch a mission topic)"));
        check.flagged().forEach(f -> System.out.printf("  flagged %-9s %s %s%n", f.category(), f.topics(), f.title()));
        return 0;
    }
}
