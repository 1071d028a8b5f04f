package org.presswatch.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.CoreOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.presswatch.core.config.PresswatchConfig;
import org.presswatch.core.model.Source;
import org.presswatch.core.util.Directories;
import org.presswatch.ingest.fetch.CrawlPolicy;
import org.presswatch.ingest.fetch.HttpFetcher;
import org.presswatch.pipeline.sink.AlertStoreProvider;
import org.presswatch.pipeline.sink.IndexProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The job running on a Flink MiniCluster inside this process, as {@code presswatch serve} and
 * {@code presswatch demo} run it. Starting returns once the job is submitted; closing cancels
 * it and waits for its tasks to finish, so the index sink has released the index.
 *
 * <p>Checkpoints go to {@code data/checkpoints} (or {@code pipeline.checkpoint-dir}) and are
 * kept when the job is cancelled; a job started again resumes from the newest one (see
 * {@link JobLaunch#checkpointInto}). Remove that folder to start afresh (the crawl state saved
 * beside it still spares unchanged feeds).
 * Flink's temporary files go to {@code data/flink-tmp}, emptied on each start.
 */
public final class EmbeddedPipeline implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPipeline.class);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final JobClient job;

    private EmbeddedPipeline(JobClient job) {
        this.job = job;
    }

    /**
     * @param fetch how feeds and pages are fetched (the demo routes them through its newsroom)
     * @param policy politeness, robots.txt, retries and the public-address rule
     */
    public static EmbeddedPipeline start(PresswatchConfig config, HttpFetcher.Settings fetch, CrawlPolicy policy,
                                         List<Source> sources, IndexProvider index, AlertStoreProvider alerts) throws Exception {
        return start(config, fetch, policy, sources, index, alerts, new Configuration());
    }

    /**
     * @param flink Flink settings of the caller's for the MiniCluster, added to the job's own: the
     *     metric reporter through which the API shows the job's metrics
     *     ({@link org.presswatch.pipeline.metrics.PipelineMetrics})
     */
    public static EmbeddedPipeline start(PresswatchConfig config, HttpFetcher.Settings fetch, CrawlPolicy policy,
                                         List<Source> sources, IndexProvider index, AlertStoreProvider alerts, Configuration flink)
            throws Exception {
        Configuration conf = JobLaunch.flinkConfiguration();
        conf.addAll(flink);
        conf.set(CoreOptions.TMP_DIRS, emptyTemporaryDirectory(config).toString());
        JobLaunch.checkpointInto(conf, config.layout().checkpoints().toAbsolutePath());
        int parallelism = config.pipeline().parallelism();
        return new EmbeddedPipeline(JobLaunch.submit(config, c -> StreamExecutionEnvironment.createLocalEnvironment(parallelism, c), conf,
                fetch, policy, sources, index, alerts));
    }

    /**
     * Where Flink keeps its temporary files (blobs, spilled data, local state): under the data
     * folder, not the system's, and emptied on each start, since a killed process leaves its own
     * behind and a new job never reads them.
     */
    static Path emptyTemporaryDirectory(PresswatchConfig config) throws IOException {
        Path tmp = config.layout().flinkTemporary().toAbsolutePath();
        Directories.deleteTree(tmp);
        Files.createDirectories(tmp);
        return tmp;
    }

    @Override
    public void close() throws Exception {
        try {
            job.cancel().get(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            job.getJobExecutionResult().handle((r, e) -> null).get(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            LOG.debug("job ended while cancelling", e);
        }
    }
}
