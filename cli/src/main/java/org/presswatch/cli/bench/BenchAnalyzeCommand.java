package org.presswatch.cli.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.presswatch.analysis.ArticleAnalyzer;
import org.presswatch.analysis.OfficeFiles;
import org.presswatch.analysis.evaluation.VntcSample;
import org.presswatch.bench.analyze.AnalysisBenchmark;
import org.presswatch.cli.ConfigOptions;
import org.presswatch.core.config.ConfigException;
import org.presswatch.core.config.PresswatchConfig;
import org.presswatch.core.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Articles analyzed per second on one core (language, provinces, topics, tone, fingerprint, risk) "
                + "on the VNTC sample, beside a bare Lucene ICU tokenization of the same texts in the same run.",
                "Đo tốc độ phân tích bài viết trên một lõi, so với tách từ ICU của Lucene trên cùng dữ liệu."})
final class BenchAnalyzeCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Option(names = "--corpus", paramLabel = "FILE", defaultValue = "${env:PRESSWATCH_CORPORA:-corpora}/vntc-sample.jsonl",
            description = "The VNTC sample (JSON Lines id, topic, text); default: ${DEFAULT-VALUE}")
    Path corpus;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "5", description = "Measured rounds after the warm-up (default: ${DEFAULT-VALUE}).")
    int rounds;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (rounds < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--rounds must be at least 1, was " + rounds);
        }
        if (!Files.isRegularFile(corpus)) {
            throw new ConfigException("no VNTC sample at " + corpus + "; pass --corpus FILE (made from the VNTC corpus, "
                    + "https://github.com/duyvuleo/VNTC: see Data sets in the README)");
        }
        PresswatchConfig config = options.load();
        List<VntcSample.Article> articles = VntcSample.read(corpus);
        ArticleAnalyzer analyzer = ArticleAnalyzer.withDefaults(config.analysis().risk(), OfficeFiles.read(config.layout()));
        System.out.printf("bench analyze: %d articles of %s, one thread, %d warm-up and %d measured rounds (a few seconds)...%n",
                articles.size(), corpus, AnalysisBenchmark.DEFAULT_WARMUP_ROUNDS, rounds);
        AnalysisBenchmark.Speed s = new AnalysisBenchmark(analyzer, AnalysisBenchmark.DEFAULT_WARMUP_ROUNDS, rounds).run(articles);
        System.out.printf(Locale.ROOT, "analysis     %.0f articles/s on one core%n", s.analyzedPerSecond());
        System.out.printf(Locale.ROOT, "ICU          %.0f articles/s tokenized by a bare Lucene ICUTokenizer%n", s.tokenizedPerSecond());
        System.out.printf(Locale.ROOT, "ratio        analysis runs at %.2f of the speed of bare ICU tokenization%n", s.ratio());
        return 0;
    }
}
