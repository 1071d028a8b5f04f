package org.presswatch.cli.bench;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.presswatch.bench.match.ClaimMatchingBenchmark;
import org.presswatch.core.config.ConfigException;
import org.presswatch.core.util.Directories;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "match", mixinStandardHelpOptions = true,
        description = {"Claim matching on CLEF 2020 CheckThat! Task 2: the verified claims imported into a fresh library, "
                + "the tweets of a split matched, MAP@5 beside plain BM25 on the same data in the same run.",
                "Đánh giá đối chiếu luận điểm trên bộ CLEF 2020 CheckThat! (MAP@5), so với BM25 thuần."})
final class BenchMatchCommand implements Callable<Integer> {
    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "${env:PRESSWATCH_CORPORA:-corpora}/clef2020-checkthat-task2/v3.0",
            description = "The task's v3.0 folder; default: ${DEFAULT-VALUE}")
    Path corpus;

    @Option(names = "--split", paramLabel = "NAME", defaultValue = "dev", description = "The tweets matched: dev or train (default: ${DEFAULT-VALUE}).")
    String split;

    @Override
    public Integer call() throws Exception {
        Path work = BenchCommand.workFolder(null, "presswatch-bench-match");
        try {
            ClaimMatchingBenchmark.Result r;
            try {
                r = ClaimMatchingBenchmark.run(corpus, split, work, step -> System.out.println("bench match: " + step + "..."));
            } catch (IllegalArgumentException e) {
                throw new ConfigException(e.getMessage());
            }
            System.out.printf(Locale.ROOT, "claims       %d imported in %.1f s (saved with their versions, indexed, encoded)%n", r.claims(),
                    r.importSeconds());
            System.out.printf(Locale.ROOT, "tweets       %d of the %s split, %.0f matched per second%n", r.tweets(), split, r.matchesPerSecond());
            System.out.printf(Locale.ROOT, "MAP@5        %.4f presswatch (words and sentence meaning)%n", r.map5());
            System.out.printf(Locale.ROOT, "MAP@5        %.4f plain BM25 (Lucene defaults, same claims and tweets)%n", r.bm25Map5());
        } finally {
            Directories.deleteTree(work);
        }
        return 0;
    }
}
