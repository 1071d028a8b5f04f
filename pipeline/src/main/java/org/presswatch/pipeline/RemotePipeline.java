package org.presswatch.pipeline;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.flink.api.common.JobID;
import org.apache.flink.client.deployment.StandaloneClusterId;
import org.apache.flink.client.program.rest.RestClusterClient;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.client.JobStatusMessage;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.presswatch.core.config.PresswatchConfig;
import org.presswatch.core.model.Source;
import org.presswatch.ingest.fetch.CrawlPolicy;
import org.presswatch.ingest.fetch.HttpFetcher;
import org.presswatch.pipeline.sink.AlertStoreProvider;
import org.presswatch.pipeline.sink.IndexProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The job submitted to a Flink cluster ({@code pipeline.flink}), as {@code presswatch serve
 * --flink} and {@code presswatch submit} run it. The cluster's classpath holds presswatch's own
 * jars, so nothing is shipped with the job but its graph. The cluster restarts the job from its
 * latest checkpoint when a TaskManager fails; a job submitted again resumes from the newest
 * checkpoint in {@code pipeline.checkpoint-dir}, which the cluster's machines must share.
 *
 * <p>One presswatch job per cluster: a submission is refused while another one runs there,
 * since both would poll the same feeds and write the same index. Closing cancels the job;
 * {@link #jobId()} names it for the cluster's own tools when it is left running.
 */
public final class RemotePipeline implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RemotePipeline.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final String cluster;
    private final JobClient job;

    private RemotePipeline(String cluster, JobClient job) {
        this.cluster = cluster;
        this.job = job;
    }

    /**
     * @throws IllegalStateException when a presswatch job already runs on the cluster
     * @throws IOException when the cluster cannot be reached
     */
    public static RemotePipeline submit(PresswatchConfig config, HttpFetcher.Settings fetch, CrawlPolicy policy, List<Source> sources,
                                        IndexProvider index, AlertStoreProvider alerts) throws Exception {
        String flink = config.pipeline().flink();
        int colon = flink.lastIndexOf(':');
        String host = flink.substring(0, colon);
        int port = Integer.parseInt(flink.substring(colon + 1));
        Configuration conf = JobLaunch.flinkConfiguration();
        conf.set(RestOptions.ADDRESS, host);
        conf.set(RestOptions.PORT, port);
        refuseSecondJob(conf, flink);
        JobLaunch.checkpointInto(conf, config.layout().checkpoints().toAbsolutePath());
        JobClient job = JobLaunch.submit(config, c -> StreamExecutionEnvironment.createRemoteEnvironment(host, port, c), conf, fetch, policy,
                sources, index, alerts);
        return new RemotePipeline(flink, job);
    }

    private static void refuseSecondJob(Configuration conf, String flink) throws Exception {
        try (RestClusterClient<StandaloneClusterId> client = new RestClusterClient<>(conf, StandaloneClusterId.getInstance())) {
            for (JobStatusMessage running : client.listJobs().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                if (running.getJobName().equals(JobLaunch.JOB_NAME) && !running.getJobState().isGloballyTerminalState()) {
                    throw new IllegalStateException("a presswatch job (" + running.getJobId() + ", " + running.getJobState()
                            + ") already runs on the Flink cluster at " + flink + "; cancel it first (Flink's web UI at http://"
                            + flink + " or its REST API: PATCH /jobs/" + running.getJobId() + "?mode=cancel)");
                }
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("cannot reach the Flink cluster's REST endpoint at " + flink + ": " + e.getMessage(), e);
        }
    }

    public JobID jobId() {
        return job.getJobID();
    }

    public String cluster() {
        return cluster;
    }

    @Override
    public void close() throws Exception {
        try {
            job.cancel().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            LOG.debug("job {} ended before it was cancelled", job.getJobID(), e);
        }
    }
}
