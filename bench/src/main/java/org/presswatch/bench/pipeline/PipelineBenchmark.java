package org.presswatch.bench.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.flink.api.common.functions.DefaultOpenContext;
import org.apache.flink.api.common.functions.util.ListCollector;
import org.presswatch.analysis.OfficeFiles;
import org.presswatch.core.config.Durations;
import org.presswatch.core.config.PresswatchConfig.RiskWeights;
import org.presswatch.core.config.PresswatchConfig;
import org.presswatch.core.model.AnalyzedArticle;
import org.presswatch.core.model.Article;
import org.presswatch.core.model.Source;
import org.presswatch.core.util.Directories;
import org.presswatch.core.util.Validate;
import org.presswatch.pipeline.PresswatchJob;
import org.presswatch.pipeline.claims.MatchClaims;
import org.presswatch.pipeline.operators.ContentKeys;
import org.presswatch.pipeline.operators.ExtractArticle;
import org.presswatch.pipeline.operators.FetchedPage;

/**
 * Articles per second through the whole job from pages fetched beforehand (no network), beside
 * the same stages in a plain Java loop (on one thread, and on as many threads as the job's
 * parallelism) and beside bare Lucene indexing of the same articles, in one run: bare Lucene
 * writing the index the job writes, and, for reference, a minimal index of title and text
 * ({@link BareLuceneRun}).
 *
 * <p>Each side writes its own fresh index in a folder of the work folder and is timed from its
 * first page to everything committed. Before the measured runs, each side runs once on the first
 * pages (the warm-up), so that the JIT has compiled every side's code; the pages are extracted
 * and analyzed once beforehand, untimed, to count the distinct articles and to give the bare
 * sides their input.
 * Prints nothing; progress goes to the given consumer.
 */
public final class PipelineBenchmark {
    /**
     * How the job runs and analyzes, as configured for production.
     *
     * @param sources the sources the pages come from, for the risk score
     */
    public record Settings(int parallelism, Duration checkpointInterval, Duration refreshInterval, List<Source> sources,
                           RiskWeights riskWeights, OfficeFiles office, MatchClaims.Settings claims, PresswatchConfig.Alerts alerts) {
        public Settings {
            Validate.inRange(parallelism, 1, 256, "parallelism");
            sources = Validate.copyOf(sources, "sources");
        }

        /** The configuration's pipeline, index refresh, risk weights, claim matching and alerts. */
        public static Settings of(PresswatchConfig config, List<Source> sources, OfficeFiles office) {
            return new Settings(config.pipeline().parallelism(), config.pipeline().checkpointInterval(), config.index().refreshInterval(),
                    sources, config.analysis().risk(), office, MatchClaims.Settings.from(config), config.alerts());
        }

        /** The job's settings; the pages are fetched already, so there is nothing to fetch with. */
        PresswatchJob.Settings job() {
            return new PresswatchJob.Settings(null, null, 1, sources, riskWeights, office, claims, alerts);
        }
    }

    /**
     * @param pages the pages given
     * @param distinct the articles extracted from them that are distinct by content, which every
     *     index must hold
     * @param loops the plain loop on one thread, then on the job's parallelism (once when it is 1)
     * @param bare bare Lucene writing the job's index
     * @param bareTitleAndText bare Lucene writing title and text alone
     * @param stages where the one-thread loop's time went
     */
    public record Result(int pages, int distinct, int warmupPages, Side job, List<Side> loops, Side bare, Side bareTitleAndText,
                         JobTimes jobTimes, StageTimes stages, Duration checkpointInterval) {
        public List<Side> sides() {
            List<Side> all = new ArrayList<>();
            all.add(job);
            all.addAll(loops);
            all.add(bare);
            all.add(bareTitleAndText);
            return all;
        }

        /** Whether every index holds every distinct article. */
        public boolean sameArticles() {
            return sides().stream().allMatch(s -> s.indexed() == distinct);
        }

        /**
         * @throws IllegalStateException naming what each index holds, when one of them does not hold
         *     every distinct article
         */
        public void requireSameArticles() {
            if (!sameArticles()) {
                StringBuilder held = new StringBuilder();
                sides().forEach(s -> held.append(held.isEmpty() ? "" : ", ").append(s.name()).append(' ').append(s.indexed()));
                throw new IllegalStateException("the indexes do not all hold the " + distinct + " distinct articles: " + held
                        + "; the ratios compare different work");
            }
        }
    }

    private PipelineBenchmark() {}

    /**
     * @param warmupPages pages of each side's untimed warm-up run (0 for none), at most all of them
     * @param work where the indexes are built; deleted once every side has been measured
     */
    public static Result run(List<FetchedPage> pages, int warmupPages, Path work, Settings settings, Consumer<String> progress)
            throws Exception {
        Validate.isTrue(!pages.isEmpty(), "no pages to time");
        Validate.isTrue(warmupPages >= 0, "warmupPages must not be negative, was %s", warmupPages);
        progress.accept("extracting and analyzing the " + pages.size() + " pages once beforehand (untimed), for the distinct "
                + "articles and the bare sides");
        List<Article> distinct = distinctArticles(pages);
        List<AnalyzedArticle> analyzed = analyzed(distinct, settings);
        int warmup = Math.min(warmupPages, pages.size());
        if (warmup > 0) {
            List<FetchedPage> slice = pages.subList(0, warmup);
            progress.accept("warm-up: each side once on " + slice.size() + " pages (untimed)");
            List<Article> sliceDistinct = distinctArticles(slice);
            measure(slice, sliceDistinct, analyzed.subList(0, sliceDistinct.size()), 0, work.resolve("warm-up"), settings, s -> {});
        }
        return measure(pages, distinct, analyzed, warmup, work.resolve("measured"), settings, progress);
    }

    private static Result measure(List<FetchedPage> pages, List<Article> distinct, List<AnalyzedArticle> analyzed, int warmupPages,
                                  Path work, Settings settings, Consumer<String> progress) throws Exception {
        int parallelism = settings.parallelism();
        progress.accept("the job at parallelism " + parallelism + ", a checkpoint every " + Durations.format(settings.checkpointInterval()));
        JobRun.Outcome job = JobRun.run(pages, fresh(work.resolve("job")), settings);
        List<Side> loops = new ArrayList<>();
        StageTimes stages = null;
        for (int threads : parallelism == 1 ? List.of(1) : List.of(1, parallelism)) {
            progress.accept("the plain loop on " + threads + (threads == 1 ? " thread" : " threads"));
            LoopRun.Outcome loop = LoopRun.run(pages, threads, fresh(work.resolve("loop-" + threads)), settings);
            loops.add(loop.side());
            stages = stages == null ? loop.stages() : stages;
        }
        progress.accept("bare Lucene writing the job's index of the " + distinct.size() + " articles on " + parallelism + " threads");
        Side bare = BareLuceneRun.sameIndex(analyzed, parallelism, fresh(work.resolve("bare")));
        progress.accept("bare Lucene indexing title and text of the " + distinct.size() + " articles on " + parallelism + " threads");
        Side bareTitleAndText = BareLuceneRun.titleAndText(distinct, parallelism, fresh(work.resolve("bare-title-text")));
        Directories.deleteTree(work);
        return new Result(pages.size(), distinct.size(), warmupPages, job.side(), loops, bare, bareTitleAndText, job.times(), stages,
                settings.checkpointInterval());
    }

    /** An empty folder, after the previous side's garbage is collected so that it does not burden the next. */
    private static Path fresh(Path folder) throws Exception {
        Directories.deleteTree(folder);
        System.gc();
        return Files.createDirectories(folder);
    }

    /** The articles as the job's analysis and claim matching leave them, in their order. */
    private static List<AnalyzedArticle> analyzed(List<Article> articles, Settings settings) throws Exception {
        try (AnalysisStages analysis = new AnalysisStages(settings)) {
            List<AnalyzedArticle> analyzed = new ArrayList<>(articles.size());
            for (Article article : articles) {
                analyzed.add(analysis.apply(article));
            }
            return analyzed;
        }
    }

    /** The articles extracted from the pages, the first of each content key, as the job's deduplication keeps them. */
    static List<Article> distinctArticles(List<FetchedPage> pages) {
        ExtractArticle extract = new ExtractArticle();
        extract.open(DefaultOpenContext.INSTANCE);
        List<Article> extracted = new ArrayList<>();
        for (FetchedPage page : pages) {
            extract.flatMap(page, new ListCollector<>(extracted));
        }
        Set<String> keys = new HashSet<>();
        return extracted.stream().filter(a -> keys.add(ContentKeys.of(a))).toList();
    }
}
