package org.presswatch.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ExternalizedCheckpointRetention;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.configuration.StateRecoveryOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.core.execution.RecoveryClaimMode;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.presswatch.analysis.OfficeFiles;
import org.presswatch.core.config.PresswatchConfig;
import org.presswatch.core.model.Source;
import org.presswatch.ingest.fetch.CrawlPolicy;
import org.presswatch.ingest.fetch.HttpFetcher;
import org.presswatch.pipeline.claims.MatchClaims;
import org.presswatch.pipeline.sink.AlertSink;
import org.presswatch.pipeline.sink.AlertStoreProvider;
import org.presswatch.pipeline.sink.ArticleIndexSink;
import org.presswatch.pipeline.sink.IndexProvider;
import org.presswatch.pipeline.source.FeedSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What starting the job takes wherever it runs: its Flink configuration (no generic types,
 * checkpoints kept in the configured folder and resumed from the newest one), its operators with
 * the configured source and sinks, and the submission.
 */
public final class JobLaunch {
    static final String JOB_NAME = "presswatch";
    private static final Logger LOG = LoggerFactory.getLogger(JobLaunch.class);

    private JobLaunch() {}

    /** The configuration every presswatch job runs with, wherever it runs. */
    public static Configuration flinkConfiguration() {
        Configuration conf = new Configuration();
        conf.set(PipelineOptions.GENERIC_TYPES, false);
        conf.setString("security.delegation.tokens.enabled", "false");
        return conf;
    }

    /**
     * Checkpoints go to the folder and are kept when the job is cancelled; a job started again
     * resumes from the newest one, with its crawl state, its deduplication and alert state, and
     * the pages it was fetching, so a stop (or a crash) loses nothing that had been polled.
     */
    static void checkpointInto(Configuration conf, Path checkpoints) throws IOException {
        conf.set(CheckpointingOptions.CHECKPOINT_STORAGE, "filesystem");
        conf.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, checkpoints.toUri().toString());
        conf.set(CheckpointingOptions.EXTERNALIZED_CHECKPOINT_RETENTION, ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION);
        conf.set(CheckpointingOptions.MAX_RETAINED_CHECKPOINTS, 1);
        Optional<Path> resume = Checkpoints.latest(checkpoints);
        Checkpoints.removeAllBut(checkpoints, resume.orElse(null));
        resume.ifPresent(checkpoint -> {
            conf.set(StateRecoveryOptions.SAVEPOINT_PATH, checkpoint.toUri().toString());
            // the new job owns the old checkpoint and deletes it once its own first one completes
            conf.set(StateRecoveryOptions.RESTORE_MODE, RecoveryClaimMode.CLAIM);
            LOG.info("resuming from checkpoint {}", checkpoint);
        });
    }

    /** Adds the job to the environment the configuration makes, and submits it. */
    static JobClient submit(PresswatchConfig config, Function<Configuration, StreamExecutionEnvironment> environment, Configuration conf,
                            HttpFetcher.Settings fetch, CrawlPolicy policy, List<Source> sources, IndexProvider index,
                            AlertStoreProvider alerts) throws Exception {
        StreamExecutionEnvironment env = environment.apply(conf);
        env.setParallelism(config.pipeline().parallelism());
        env.enableCheckpointing(config.pipeline().checkpointInterval().toMillis());
        OfficeFiles office = OfficeFiles.read(config.layout());
        LOG.info("analysis with {}", office.describe());
        PresswatchJob.attach(env, new FeedSource(sources, fetch, policy, config.layout().crawlState()),
                new ArticleIndexSink(index), new AlertSink(alerts), new PresswatchJob.Settings(fetch, policy,
                        config.crawler().maxInFlight(), sources, config.analysis().risk(), office, MatchClaims.Settings.from(config), config.alerts()));
        JobClient job = env.executeAsync(JOB_NAME);
        LOG.info("Flink job {} submitted: {} sources, parallelism {}", job.getJobID(), sources.size(), config.pipeline().parallelism());
        return job;
    }
}
