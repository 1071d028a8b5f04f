package org.presswatch.api.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.store.LockObtainFailedException;
import org.presswatch.api.http.ApiServer;
import org.presswatch.core.config.PresswatchConfig;
import org.presswatch.core.model.Source;
import org.presswatch.index.lucene.LuceneArticleIndex;
import org.presswatch.index.lucene.SharedLuceneIndexes;
import org.presswatch.ingest.fetch.CrawlPolicy;
import org.presswatch.ingest.fetch.HttpFetcher;
import org.presswatch.pipeline.EmbeddedPipeline;
import org.presswatch.pipeline.sink.LuceneIndexProvider;

/**
 * presswatch running in one process: the index under the data directory, the HTTP API reading
 * it, and the Flink job on an embedded MiniCluster feeding it. Closing stops the job first (its
 * sink commits), then the API, then commits and closes the index, so a stop loses nothing.
 */
public final class PresswatchRuntime implements AutoCloseable {
    private final LuceneArticleIndex index;
    private final ApiServer api;
    private final EmbeddedPipeline pipeline;

    private PresswatchRuntime(LuceneArticleIndex index, ApiServer api, EmbeddedPipeline pipeline) {
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
        Path indexDir = dataDir.resolve("index");
        LuceneArticleIndex index;
        try {
            index = SharedLuceneIndexes.acquire(indexDir, config.index().refreshInterval());
        } catch (LockObtainFailedException e) {
            throw new IOException("the index in " + indexDir + " is in use by another presswatch process; stop it or use another --data directory", e);
        }
        ApiServer api = null;
        try {
            api = ApiServer.start(config.api().host(), config.api().port(), index, sources);
            EmbeddedPipeline pipeline = EmbeddedPipeline.start(config, fetch, policy, sources,
                    new LuceneIndexProvider(indexDir, config.index().refreshInterval()));
            return new PresswatchRuntime(index, api, pipeline);
        } catch (Exception e) {
            if (api != null) {
                api.close();
            }
            SharedLuceneIndexes.release(index);
            throw e;
        }
    }

    public int apiPort() {
        return api.port();
    }

    public long indexedArticles() throws IOException {
        return index.count();
    }

    @Override
    public void close() throws Exception {
        try {
            pipeline.close();
        } finally {
            try {
                api.close();
            } finally {
                SharedLuceneIndexes.release(index);
            }
        }
    }
}
