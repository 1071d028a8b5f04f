package org.presswatch.cli.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.presswatch.bench.index.IndexBenchmark;
import org.presswatch.core.config.ConfigException;
import org.presswatch.core.model.AnalyzedArticle;
import org.presswatch.core.util.Directories;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "index", mixinStandardHelpOptions = true,
        description = {"The embedded index at scale: N articles (the demo corpus and the VNTC sample, analyzed, repeated with their "
                + "own URLs and dates) indexed, then a query mix; docs/s and p50/p99 latency beside a bare Lucene IndexWriter "
                + "and IndexSearcher in the same run.",
                "Đo chỉ mục ở quy mô lớn: tốc độ lập chỉ mục và độ trễ truy vấn, so với Lucene thuần."})
final class BenchIndexCommand implements Callable<Integer> {
    @Option(names = "--articles", paramLabel = "N", defaultValue = "1000000", description = "Articles indexed (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--queries", paramLabel = "N", defaultValue = "200", description = "Queries of each kind timed (default: ${DEFAULT-VALUE}).")
    int queries;

    @Option(names = "--vntc", paramLabel = "FILE", defaultValue = "${env:PRESSWATCH_CORPORA:-corpora}/vntc-sample.jsonl",
            description = "More template articles when present; default: ${DEFAULT-VALUE}")
    Path vntc;

    @Option(names = "--dir", paramLabel = "DIR", description = "Where the two indexes are built (deleted afterwards unless --reuse); default: a temporary folder.")
    Path dir;

    @Option(names = "--reuse", description = "Keep the indexes in --dir after the run, and when --dir already holds them from an earlier "
            + "run with the same --articles, only run the queries on them (no indexing, no indexing figures).")
    boolean reuse;

    @Override
    public Integer call() throws Exception {
        if (articles < 1 || queries < 1) {
            throw new ConfigException("--articles and --queries must be at least 1");
        }
        if (reuse && dir == null) {
            throw new ConfigException("--reuse needs --dir: the folder whose indexes are kept for the next run");
        }
        List<AnalyzedArticle> templates = IndexBenchmark.templates(vntc);
        System.out.printf("bench index: %,d articles from %d analyzed templates (%s)%n", articles, templates.size(),
                Files.isRegularFile(vntc) ? "demo corpus and VNTC sample" : "demo corpus; no VNTC sample at " + vntc);
        Path work = BenchCommand.workFolder(dir, "presswatch-bench-index");
        try {
            IndexBenchmark.Result r = IndexBenchmark.run(templates, articles, queries, work, reuse, m -> System.out.println("bench index: " + m));
            if (r.indexed()) {
                System.out.printf(Locale.ROOT, "indexing     %,.0f articles/s presswatch, %,.0f/s bare IndexWriter (ratio %.2f)%n",
                        r.oursDocsPerSecond(), r.bareDocsPerSecond(), r.oursDocsPerSecond() / r.bareDocsPerSecond());
            } else {
                System.out.printf("indexing     SKIPPED: --reuse queried the indexes of an earlier run in %s%n", work);
            }
            System.out.printf(Locale.ROOT, "size         %,.0f MB presswatch, %,.0f MB bare%n", r.oursBytes() / 1e6, r.bareBytes() / 1e6);
            System.out.printf(Locale.ROOT, "queries      %d of 5 kinds each side (words, phrase, words and filters, topic newest, last month)%n",
                    r.queries());
            System.out.printf(Locale.ROOT, "latency      presswatch p50 %.1f ms, p99 %.1f ms, max %.1f ms (with facets and highlighted snippets)%n",
                    r.ours().p50(), r.ours().p99(), r.ours().max());
            r.oursByKind().forEach((kind, l) -> System.out.printf(Locale.ROOT, "  %-18s presswatch p50 %.1f ms, p99 %.1f ms%n", kind,
                    l.p50(), l.p99()));
            System.out.printf(Locale.ROOT, "latency      bare       p50 %.1f ms, p99 %.1f ms, max %.1f ms (top 20 and their text)%n",
                    r.bare().p50(), r.bare().p99(), r.bare().max());
            System.out.printf(Locale.ROOT, "ratio        presswatch p50 = %.2fx bare, p99 = %.2fx bare%n", r.ours().p50() / r.bare().p50(),
                    r.ours().p99() / r.bare().p99());
        } finally {
            if (!reuse) {
                Directories.deleteTree(work);
            }
        }
        return 0;
    }
}
