package org.presswatch.api.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.presswatch.api.http.ApiServer;
import org.presswatch.core.config.PresswatchConfig;
import org.presswatch.core.model.Source;
import org.presswatch.ingest.fetch.CrawlPolicy;
import org.presswatch.ingest.fetch.HttpFetcher;
import org.presswatch.pipeline.EmbeddedPipeline;

/**
 * presswatch running in one process: the configured index (embedded under the data directory, or
 * in an Elasticsearch cluster), the HTTP API reading it, and the Flink job on an embedded
 * MiniCluster feeding it. Closing stops the job first (its
 * sink commits), then the API, then commits and closes the index, so a stop loses nothing.
 */
public final class PresswatchRuntime implements AutoCloseable {
    private final ConfiguredIndex index;
    private final ApiServer api;
    private final EmbeddedPipeline pipeline;

    private PresswatchRuntime(ConfiguredIndex index, ApiServer api, EmbeddedPipeline pipeline) {
        this.index = index;
        this.api = api;
        this.pipeline = pipeline;
    }

    /**
     * @param fetch how the crawler fetches (normally {@code HttpFetcher.Settings.from(config.crawler())})
     * @param policy its politeness and safety rules (normally {@code CrawlPolicy.from(config.crawler())})
     * @throws IOException when the data directory or the index cannot be opened
     */
    public static PresswatchRuntime start(PresswatchConfig config, List<Source> sources, HttpFetcher.Settings fetch,
                                          CrawlPolicy policy) throws Exception {
        Path dataDir = config.data().dir();
        Files.createDirectories(dataDir);
        ConfiguredIndex index = ConfiguredIndex.open(config);
        ApiServer api = null;
        try {
            api = ApiServer.start(config.api().host(), config.api().port(), index.index(), index.alerts(), sources);
            EmbeddedPipeline pipeline = EmbeddedPipeline.start(config, fetch, policy, sources, index.forSinks(), index.alertsForSinks());
            return new PresswatchRuntime(index, api, pipeline);
        } catch (Exception e) {
            if (api != null) {
                api.close();
            }
            index.close();
            throw e;
        }
    }

    public int apiPort() {
        return api.port();
    }

    public long indexedArticles() throws IOException {
        return index.index().count();
    }

    @Override
    public void close() throws Exception {
        try {
            pipeline.close();
        } finally {
            try {
                api.close();
            } finally {
                index.close();
            }
        }
    }
}
