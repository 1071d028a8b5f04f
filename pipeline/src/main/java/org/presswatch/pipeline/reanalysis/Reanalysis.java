package org.presswatch.pipeline.reanalysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.CoreOptions;
import org.apache.flink.configuration.ExecutionOptions;
import org.apache.flink.configuration.HeartbeatManagerOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.presswatch.analysis.OfficeFiles;
import org.presswatch.core.config.PresswatchConfig.RiskWeights;
import org.presswatch.core.config.PresswatchConfig;
import org.presswatch.core.model.AnalyzedArticle;
import org.presswatch.core.model.Article;
import org.presswatch.core.model.Source;
import org.presswatch.pipeline.JobLaunch;
import org.presswatch.pipeline.claims.MatchClaims;
import org.presswatch.pipeline.operators.AnalyzeArticle;
import org.presswatch.pipeline.serialization.JsonTypeInfo;
import org.presswatch.pipeline.sink.ArticleIndexSink;
import org.presswatch.pipeline.sink.IndexProvider;

/**
 * Every stored article analysed again, after the office changed its topic model, gazetteer,
 * risk weights or library: a Flink batch job on a MiniCluster in this process reads the index in
 * sixteen slices of ids, runs the analysis and the claim matching the live job runs, and upserts
 * each article by its id into the same index. The live job keeps running beside it; an article
 * it indexes meanwhile is analysed with the rules it started with.
 *
 * <p>One instance follows one run. {@link #done} may be called from any thread while it runs.
 */
public final class Reanalysis {
    /** How often the running tasks report their count to the client: the progress shown moves at this pace. */
    private static final Duration REPORT_EVERY = Duration.ofSeconds(1);
    private final JobClient job;
    private final CompletableFuture<Long> finished;

    private Reanalysis(JobClient job) {
        this.job = job;
        this.finished = job.getJobExecutionResult().thenApply(Reanalysis::count);
    }

    /**
     * @param sources the sources monitored, for the risk score's foreign and reach factors
     * @param index where the articles are read from and written back to
     */
    public static Reanalysis start(PresswatchConfig config, List<Source> sources, IndexProvider index) throws Exception {
        Configuration conf = JobLaunch.flinkConfiguration();
        conf.set(ExecutionOptions.RUNTIME_MODE, RuntimeExecutionMode.BATCH);
        conf.set(HeartbeatManagerOptions.HEARTBEAT_INTERVAL, REPORT_EVERY);
        Path temporary = config.layout().reanalysisTemporary().toAbsolutePath();
        Files.createDirectories(temporary);
        conf.set(CoreOptions.TMP_DIRS, temporary.toString());
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(config.pipeline().parallelism(), conf);
        attach(env, index, config.analysis().risk(), OfficeFiles.read(config.layout()), sources, MatchClaims.Settings.from(config));
        return new Reanalysis(env.executeAsync("presswatch-reanalysis"));
    }

    /** Adds the batch job's operators to the environment. */
    static void attach(StreamExecutionEnvironment env, IndexProvider index, RiskWeights weights, OfficeFiles office, List<Source> sources,
                       MatchClaims.Settings claims) {
        env.fromSequence(0, ReadStoredArticles.SLICES - 1).name("slices")
                .flatMap(new ReadStoredArticles(index), JsonTypeInfo.of(Article.class)).name("read-stored")
                .rebalance()
                .map(new AnalyzeArticle(sources, weights, office), JsonTypeInfo.of(AnalyzedArticle.class)).name("analyze")
                .map(new MatchClaims(claims), JsonTypeInfo.of(AnalyzedArticle.class)).name("match-claims")
                .map(new CountReanalyzed(), JsonTypeInfo.of(AnalyzedArticle.class)).name("count")
                .sinkTo(new ArticleIndexSink(index)).name("index");
    }

    /** Articles analysed again so far: as of the tasks' last report while it runs, exact once it has finished. */
    public long done() throws IOException {
        if (finished.isDone() && !finished.isCompletedExceptionally()) {
            return finished.join();
        }
        try {
            Object count = job.getAccumulators().get().get(CountReanalyzed.ACCUMULATOR);
            return count instanceof Number n ? n.longValue() : 0;
        } catch (Exception e) {
            // between the job's end and its result, the accumulators may be gone already
            return finished.isDone() && !finished.isCompletedExceptionally() ? finished.join() : 0;
        }
    }

    /** Completes with the number of articles analysed again, or with the job's failure. */
    public CompletableFuture<Long> finished() {
        return finished;
    }

    public void cancel() {
        job.cancel();
    }

    private static long count(JobExecutionResult result) {
        Long count = result.getAccumulatorResult(CountReanalyzed.ACCUMULATOR);
        return count == null ? 0 : count;
    }
}
