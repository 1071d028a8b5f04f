package org.presswatch.cli.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.presswatch.bench.extract.ExtractionBenchmark;
import org.presswatch.core.config.ConfigException;
import org.presswatch.core.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Article extraction on the WCXB article pages: word-level F1, precision and recall against the "
                + "benchmark's main content, and pages per second beside a bare jsoup parse of the same pages.",
                "Đánh giá trích xuất bài viết trên bộ WCXB: F1, độ chính xác, độ phủ và tốc độ."})
final class BenchExtractCommand implements Callable<Integer> {
    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "${env:PRESSWATCH_CORPORA:-corpora}/wcxb-dev-articles",
            description = "The WCXB folder (html/ and ground-truth/); default: ${DEFAULT-VALUE}")
    Path corpus;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(corpus.resolve("html")) || !Files.isDirectory(corpus.resolve("ground-truth"))) {
            throw new ConfigException("no WCXB corpus at " + corpus + " (it needs html/ and ground-truth/); pass --corpus DIR (the article "
                    + "pages of https://github.com/Murrough-Foley/web-content-extraction-benchmark: see Data sets in the README)");
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
