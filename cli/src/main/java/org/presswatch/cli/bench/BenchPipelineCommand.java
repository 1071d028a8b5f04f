package org.presswatch.cli.bench;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.presswatch.analysis.OfficeFiles;
import org.presswatch.bench.pipeline.NewsroomPages;
import org.presswatch.bench.pipeline.PipelineBenchmark;
import org.presswatch.bench.pipeline.PipelineReport;
import org.presswatch.cli.ConfigOptions;
import org.presswatch.core.config.ConfigException;
import org.presswatch.core.config.PresswatchConfig;
import org.presswatch.core.util.Directories;
import org.presswatch.demo.corpus.Corpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "pipeline", mixinStandardHelpOptions = true,
        description = {"Articles per second through the whole Flink job from article pages fetched beforehand (the demo corpus as "
                + "the newsroom serves it, each page made unique; no network), beside the same stages in a plain Java loop (on one "
                + "thread and at the job's parallelism) and beside bare Lucene indexing the same articles (writing the index the job "
                + "writes, and title and text alone), in one run; prints the ratios.",
                "Đo tốc độ toàn bộ luồng xử lý Flink, so với vòng lặp Java thuần và với Lucene thuần trên cùng dữ liệu."})
final class BenchPipelineCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "20000", description = "Pages pushed through each side (default: ${DEFAULT-VALUE}).")
    int articles;

    // 2,000 left the JIT compiling during the job, measured first: 9-12% of the CPU, and the job at 0.6 of the loop instead of 0.85
    @Option(names = "--warmup", paramLabel = "N", defaultValue = "10000",
            description = "Pages of each side's untimed warm-up run, 0 for none (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--dir", paramLabel = "DIR", description = "Where the indexes are built (deleted afterwards); default: a temporary folder.")
    Path dir;

    @Override
    public Integer call() throws Exception {
        if (articles < 1 || warmup < 0) {
            throw new ConfigException("--articles must be at least 1 and --warmup at least 0");
        }
        PresswatchConfig config = options.load();
        NewsroomPages.Pages pages = NewsroomPages.render(Corpus.load(), articles);
        PipelineBenchmark.Settings settings = PipelineBenchmark.Settings.of(config, pages.sources(), OfficeFiles.read(config.layout()));
        System.out.printf("bench pipeline: %,d pages fetched beforehand, rendered from the %d demo articles as the newsroom serves them "
                + "(each with its own URL and a numbered update line)%n", pages.pages().size(), pages.articles());
        Path work = BenchCommand.workFolder(dir, "presswatch-bench-pipeline");
        try {
            PipelineBenchmark.Result r = PipelineBenchmark.run(pages.pages(), warmup, work, settings, m -> System.out.println("bench pipeline: " + m));
            System.out.printf("pages    %,d, of which %,d distinct by content: every index must hold %,d articles%n", r.pages(), r.distinct(),
                    r.distinct());
            PipelineReport.lines(r).forEach(System.out::println);
            r.requireSameArticles();
        } finally {
            Directories.deleteTree(work);
        }
        return 0;
    }
}
