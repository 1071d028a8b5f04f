package org.presswatch.api.cli;

import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.presswatch.analysis.ArticleAnalyzer;
import org.presswatch.analysis.OfficeFiles;
import org.presswatch.analysis.evaluation.VntcSample;
import org.presswatch.api.bench.AnalysisBenchmark;
import org.presswatch.core.config.ConfigException;
import org.presswatch.core.config.PresswatchConfig;
import org.presswatch.ingest.extract.bench.ExtractionBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure presswatch's stages on real data, beside the bare libraries in the same run.",
                "Đo hiệu năng và chất lượng các khâu xử lý trên dữ liệu thật."},
        subcommands = {BenchCommand.Extract.class, BenchCommand.Analyze.class})
final class BenchCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a benchmark is required: extract or analyze");
    }

    @Command(name = "extract", mixinStandardHelpOptions = true,
            description = {"Article extraction on the WCXB article pages: word-level F1, precision and recall against the "
                    + "benchmark's main content, and pages per second beside a bare jsoup parse of the same pages.",
                    "Đánh giá trích xuất bài viết trên bộ WCXB: F1, độ chính xác, độ phủ và tốc độ."})
    static final class Extract implements Callable<Integer> {
        @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "../shared/corpora/wcxb-dev-articles",
                description = "The WCXB folder (html/ and ground-truth/); default: ${DEFAULT-VALUE}")
        Path corpus;

        @Override
        public Integer call() throws Exception {
            if (!Files.isDirectory(corpus.resolve("html")) || !Files.isDirectory(corpus.resolve("ground-truth"))) {
                throw new ConfigException("no WCXB corpus at " + corpus + " (it needs html/ and ground-truth/); pass --corpus DIR");
            }
            System.out.println("bench extract: scoring and timing every page of " + corpus + " (about a minute)...");
            ExtractionBenchmark.Result result = new ExtractionBenchmark().run(corpus);
            ExtractionBenchmark.Quality q = result.quality();
            ExtractionBenchmark.Speed s = result.speed();
            System.out.printf("pages        %d scored (%d without expected content skipped)%n", q.pages(), q.skipped());
            System.out.printf("F1           %.4f%nprecision    %.4f%nrecall       %.4f%n", q.f1(), q.precision(), q.recall());
            System.out.printf("speed        %.0f pages/s extracted, %.0f pages/s bare jsoup parse (%d rounds)%n",
                    s.extractPagesPerSecond(), s.parsePagesPerSecond(), s.rounds());
            System.out.printf("cost         extraction = %.2fx a bare parse of the same pages%n", s.costRatio());
            return 0;
        }
    }

    @Command(name = "analyze", mixinStandardHelpOptions = true,
            description = {"Articles analyzed per second on one core (language, provinces, topics, tone, fingerprint, risk) "
                    + "on the VNTC sample, beside a bare Lucene ICU tokenization of the same texts in the same run.",
                    "Đo tốc độ phân tích bài viết trên một lõi, so với tách từ ICU của Lucene trên cùng dữ liệu."})
    static final class Analyze implements Callable<Integer> {
        @Mixin
        ConfigOptions options;

        @Option(names = "--corpus", paramLabel = "FILE", defaultValue = "../shared/corpora/vntc-sample.jsonl",
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
                throw new ConfigException("no VNTC sample at " + corpus + "; pass --corpus FILE");
            }
            PresswatchConfig config = options.load();
            List<VntcSample.Article> articles = VntcSample.read(corpus);
            ArticleAnalyzer analyzer = ArticleAnalyzer.withDefaults(config.analysis().risk(), OfficeFiles.read(config.data().dir()));
            System.out.printf("bench analyze: %d articles of %s, one thread, %d warm-up and %d measured rounds (a few seconds)...%n",
                    articles.size(), corpus, AnalysisBenchmark.DEFAULT_WARMUP_ROUNDS, rounds);
            AnalysisBenchmark.Speed s = new AnalysisBenchmark(analyzer, AnalysisBenchmark.DEFAULT_WARMUP_ROUNDS, rounds).run(articles);
            System.out.printf(Locale.ROOT, "analysis     %.0f articles/s on one core%n", s.analyzedPerSecond());
            System.out.printf(Locale.ROOT, "ICU          %.0f articles/s tokenized by a bare Lucene ICUTokenizer%n", s.tokenizedPerSecond());
            System.out.printf(Locale.ROOT, "ratio        analysis runs at %.2f of the speed of bare ICU tokenization%n", s.ratio());
            return 0;
        }
    }
}
