package org.presswatch.api.cli;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.presswatch.analysis.ArticleAnalyzer;
import org.presswatch.analysis.OfficeFiles;
import org.presswatch.analysis.evaluation.VntcSample;
import org.presswatch.api.bench.AnalysisBenchmark;
import org.presswatch.core.config.ConfigException;
import org.presswatch.core.config.PresswatchConfig;
import org.presswatch.core.model.AnalyzedArticle;
import org.presswatch.core.model.Article;
import org.presswatch.core.util.Directories;
import org.presswatch.demo.corpus.Corpus;
import org.presswatch.demo.corpus.CorpusArticle;
import org.presswatch.index.claims.LuceneClaimIndex;
import org.presswatch.index.claims.bench.ClaimMatchingBenchmark;
import org.presswatch.index.claims.bench.ClaimRetrievalFiles;
import org.presswatch.index.library.JdbcRebuttalLibrary;
import org.presswatch.index.lucene.bench.IndexBenchmark;
import org.presswatch.ingest.extract.bench.ExtractionBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure presswatch's stages on real data, beside the bare libraries in the same run.",
                "Đo hiệu năng và chất lượng các khâu xử lý trên dữ liệu thật."},
        subcommands = {BenchCommand.Extract.class, BenchCommand.Analyze.class, BenchCommand.Match.class, BenchCommand.Index.class})
final class BenchCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a benchmark is required: extract, analyze, match or index");
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

    @Command(name = "match", mixinStandardHelpOptions = true,
            description = {"Claim matching on CLEF 2020 CheckThat! Task 2: the verified claims imported into a fresh library, "
                    + "the tweets of a split matched, MAP@5 beside plain BM25 on the same data in the same run.",
                    "Đánh giá đối chiếu luận điểm trên bộ CLEF 2020 CheckThat! (MAP@5), so với BM25 thuần."})
    static final class Match implements Callable<Integer> {
        @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "../shared/corpora/clef2020-checkthat-task2/v3.0",
                description = "The task's v3.0 folder; default: ${DEFAULT-VALUE}")
        Path corpus;

        @Option(names = "--split", paramLabel = "NAME", defaultValue = "dev", description = "The tweets matched: dev or train (default: ${DEFAULT-VALUE}).")
        String split;

        @Override
        public Integer call() throws Exception {
            if (!Files.isRegularFile(corpus.resolve("verified_claims.docs.tsv")) || !Files.isDirectory(corpus.resolve(split))) {
                throw new ConfigException("no CheckThat! Task 2 corpus with a " + split + " split at " + corpus + "; pass --corpus DIR");
            }
            List<ClaimRetrievalFiles.Claim> claims = ClaimRetrievalFiles.claims(corpus);
            List<ClaimRetrievalFiles.Tweet> tweets = ClaimRetrievalFiles.tweets(corpus, split);
            Path work = Files.createTempDirectory("presswatch-bench-match");
            try (JdbcRebuttalLibrary library = JdbcRebuttalLibrary.open(work.resolve("library"));
                 LuceneClaimIndex index = LuceneClaimIndex.open(work.resolve("library-index"))) {
                ClaimMatchingBenchmark.Result r = ClaimMatchingBenchmark.run(claims, tweets, library, index,
                        step -> System.out.println("bench match: " + step + "..."));
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

    @Command(name = "index", mixinStandardHelpOptions = true,
            description = {"The embedded index at scale: N articles (the demo corpus and the VNTC sample, analyzed, repeated with their "
                    + "own URLs and dates) indexed, then a query mix; docs/s and p50/p99 latency beside a bare Lucene IndexWriter "
                    + "and IndexSearcher in the same run.",
                    "Đo chỉ mục ở quy mô lớn: tốc độ lập chỉ mục và độ trễ truy vấn, so với Lucene thuần."})
    static final class Index implements Callable<Integer> {
        @Option(names = "--articles", paramLabel = "N", defaultValue = "1000000", description = "Articles indexed (default: ${DEFAULT-VALUE}).")
        int articles;

        @Option(names = "--queries", paramLabel = "N", defaultValue = "200", description = "Queries of each kind timed (default: ${DEFAULT-VALUE}).")
        int queries;

        @Option(names = "--vntc", paramLabel = "FILE", defaultValue = "../shared/corpora/vntc-sample.jsonl",
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
            ArticleAnalyzer analyzer = ArticleAnalyzer.withDefaults();
            List<AnalyzedArticle> templates = new java.util.ArrayList<>();
            Instant when = Instant.parse("2026-01-01T00:00:00Z");
            for (CorpusArticle c : Corpus.load().articles()) {
                Article a = Article.of(c.outlet().id(), URI.create("https://bench.example/demo/" + c.slug()), null, c.title(), c.text(), "und", when, when);
                templates.add(new AnalyzedArticle(a, analyzer.analyze(a)));
            }
            if (Files.isRegularFile(vntc)) {
                for (VntcSample.Article v : VntcSample.read(vntc)) {
                    Article a = Article.of("vntc", URI.create("https://bench.example/vntc/" + templates.size()), null,
                            v.title().isBlank() ? v.category() : v.title(), v.text(), "vi", when, when);
                    templates.add(new AnalyzedArticle(a, analyzer.analyze(a)));
                }
            }
            System.out.printf("bench index: %,d articles from %d analyzed templates (%s)%n", articles, templates.size(),
                    Files.isRegularFile(vntc) ? "demo corpus and VNTC sample" : "demo corpus; no VNTC sample at " + vntc);
            Path work = dir != null ? Files.createDirectories(dir).resolve("presswatch-bench-index") : Files.createTempDirectory("presswatch-bench-index");
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
}
