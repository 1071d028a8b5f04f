package org.presswatch.api.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import org.presswatch.api.http.ApiServer;
import org.presswatch.api.metrics.FlinkMetricsBridge;
import org.presswatch.api.notify.AlertNotifier;
import org.presswatch.core.alert.AlertStore;
import org.presswatch.core.config.DataLayout;
import org.presswatch.core.config.PresswatchConfig;
import org.presswatch.core.index.ArticleIndex;
import org.presswatch.core.model.Source;
import org.presswatch.ingest.fetch.CrawlPolicy;
import org.presswatch.ingest.fetch.HttpFetcher;
import org.presswatch.office.Office;
import org.presswatch.pipeline.EmbeddedPipeline;
import org.presswatch.pipeline.RemotePipeline;

/**
 * presswatch running in one process: the configured index (embedded under the data directory, or
 * in an Elasticsearch cluster), the office (its accounts, audit log and library, in the office
 * database), the HTTP API reading both, and the Flink job feeding the index, on an embedded
 * MiniCluster or submitted to the Flink cluster of {@code pipeline.flink}; a re-analysis of the
 * stored articles runs here too when the API is asked for one. Closing stops the job first (its
 * sink commits), then the API, then commits and closes the index, and the office last, so a
 * stop loses nothing.
 *
 * <p>The API's {@code /metrics} shows the webhook deliveries and, when the job runs here on the
 * MiniCluster, the job's own metrics ({@link FlinkMetricsBridge}); a job on a cluster is reported
 * by the cluster's metric reporters.
 */
public final class PresswatchRuntime implements AutoCloseable {
    private final ConfiguredIndex index;
    private final Office office;
    private final ReanalysisService reanalysis;
    private final ApiServer api;
    private final AutoCloseable pipeline;
    private final AlertNotifier notifier;

    private PresswatchRuntime(ConfiguredIndex index, Office office, ReanalysisService reanalysis, ApiServer api, AutoCloseable pipeline,
                              AlertNotifier notifier) {
        this.index = index;
        this.office = office;
        this.reanalysis = reanalysis;
        this.api = api;
        this.pipeline = pipeline;
        this.notifier = notifier;
    }

    /** Starts presswatch crawling the sources as the configuration's crawler settings say. */
    public static PresswatchRuntime start(PresswatchConfig config, List<Source> sources) throws Exception {
        return start(config, sources, HttpFetcher.Settings.from(config.crawler()), CrawlPolicy.from(config.crawler()));
    }

    /**
     * @param fetch how the crawler fetches (normally {@code HttpFetcher.Settings.from(config.crawler())})
     * @param policy its politeness and safety rules (normally {@code CrawlPolicy.from(config.crawler())})
     * @throws IOException when the data directory or the index cannot be opened
     */
    public static PresswatchRuntime start(PresswatchConfig config, List<Source> sources, HttpFetcher.Settings fetch,
                                          CrawlPolicy policy) throws Exception {
        DataLayout layout = config.layout();
        Files.createDirectories(layout.dir());
        Office office = Office.open(config, Clock.systemUTC());
        ConfiguredIndex index;
        try {
            index = ConfiguredIndex.open(config);
        } catch (Exception e) {
            try (office) {
                throw e;
            }
        }
        ReanalysisService reanalysis = new ReanalysisService(config, sources, index.index(), index.forSinks(), Clock.systemUTC());
        ApiServer api = null;
        AutoCloseable pipeline = null;
        try {
            api = ApiServer.start(config.api(), new ApiServer.Served(index.index(), index.alerts(), sources, office, reanalysis,
                    MachineCredential.renew(layout), Clock.systemUTC()));
            pipeline = config.pipeline().remote()
                    ? RemotePipeline.submit(config, fetch, policy, sources, index.forSinks(), index.alertsForSinks())
                    : EmbeddedPipeline.start(config, fetch, policy, sources, index.forSinks(), index.alertsForSinks(),
                            FlinkMetricsBridge.configuration(api.metrics()));
            AlertNotifier notifier = AlertNotifier.start(config.alerts().notifications(), index.alerts(), layout.notifications(),
                    ApiAddress.forOthers(config.api().host(), api.port()), Clock.systemUTC(), api.metrics());
            return new PresswatchRuntime(index, office, reanalysis, api, pipeline, notifier);
        } catch (Exception e) {
            try (office; ConfiguredIndex closingIndex = index) {
                if (pipeline != null) {
                    pipeline.close();
                }
                if (api != null) {
                    api.close();
                }
            }
            throw e;
        }
    }

    /**
     * Submits the job to the Flink cluster of {@code pipeline.flink} and leaves it running there,
     * after checking that the configured index and alert store can be opened; the crawler as the
     * configuration's settings say.
     *
     * @return the job's id on the cluster
     */
    public static org.apache.flink.api.common.JobID submit(PresswatchConfig config, List<Source> sources) throws Exception {
        HttpFetcher.Settings fetch = HttpFetcher.Settings.from(config.crawler());
        CrawlPolicy policy = CrawlPolicy.from(config.crawler());
        if (!config.pipeline().remote()) {
            throw new IllegalArgumentException("submit sends the job to a Flink cluster: give its REST endpoint with --flink HOST:PORT "
                    + "or pipeline.flink");
        }
        try (ConfiguredIndex index = ConfiguredIndex.open(config)) {
            return RemotePipeline.submit(config, fetch, policy, sources, index.forSinks(), index.alertsForSinks()).jobId();
        }
    }

    public int apiPort() {
        return api.port();
    }

    /** The index the job writes and the API reads; closed with this runtime. */
    public ArticleIndex index() {
        return index.index();
    }

    /** The alert store the job writes and the API reads; closed with this runtime. */
    public AlertStore alerts() {
        return index.alerts();
    }

    /** The office the API serves; closed with this runtime. */
    public Office office() {
        return office;
    }

    public long indexedArticles() throws IOException {
        return index.index().count();
    }

    @Override
    public void close() throws Exception {
        try {
            notifier.close();
            reanalysis.close();
            pipeline.close();
        } finally {
            try (office; ConfiguredIndex closingIndex = index) {
                api.close();
            }
        }
    }
}
