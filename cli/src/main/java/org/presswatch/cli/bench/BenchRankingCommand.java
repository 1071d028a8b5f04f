package org.presswatch.cli.bench;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.presswatch.bench.ranking.RankingBenchmark;
import org.presswatch.core.util.Directories;
import picocli.CommandLine.Command;

@Command(name = "ranking", mixinStandardHelpOptions = true,
        description = {"Search ranking on the demo newsroom: its articles indexed, the judged queries searched, nDCG@10 per query "
                + "and their mean, beside plain Lucene (StandardAnalyzer, BM25) on the same articles in the same run.",
                "Đánh giá thứ hạng kết quả tìm kiếm (nDCG@10) trên bộ bài mẫu, so với Lucene thuần."})
final class BenchRankingCommand implements Callable<Integer> {
    @Override
    public Integer call() throws Exception {
        Path work = BenchCommand.workFolder(null, "presswatch-bench-ranking");
        try {
            RankingBenchmark.Result r = RankingBenchmark.run(work, step -> System.out.println("bench ranking: " + step + "..."));
            System.out.printf(Locale.ROOT, "%-34s %10s %10s%n", "query (nDCG@" + RankingBenchmark.CUTOFF + ")", "presswatch", "bare");
            for (RankingBenchmark.Score s : r.scores()) {
                System.out.printf(Locale.ROOT, "%-34s %10.3f %10.3f%n", s.query(), s.ours(), s.bare());
            }
            System.out.printf(Locale.ROOT, "%-34s %10.3f %10.3f  (ratio %.2f)%n", "mean of " + r.scores().size() + " queries", r.oursMean(),
                    r.bareMean(), r.oursMean() / r.bareMean());
        } finally {
            Directories.deleteTree(work);
        }
        return 0;
    }
}
