package org.presswatch.api.runtime;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.store.LockObtainFailedException;
import org.presswatch.core.alert.AlertStore;
import org.presswatch.core.config.PresswatchConfig;
import org.presswatch.core.index.ArticleIndex;
import org.presswatch.core.util.Errors;
import org.presswatch.index.elasticsearch.ElasticsearchAlertStore;
import org.presswatch.index.elasticsearch.ElasticsearchArticleIndex;
import org.presswatch.index.lucene.LuceneAlertStore;
import org.presswatch.index.lucene.LuceneArticleIndex;
import org.presswatch.index.lucene.SharedLuceneIndexes;
import org.presswatch.pipeline.sink.AlertStoreProvider;
import org.presswatch.pipeline.sink.ElasticsearchAlertStoreProvider;
import org.presswatch.pipeline.sink.ElasticsearchIndexProvider;
import org.presswatch.pipeline.sink.IndexProvider;
import org.presswatch.pipeline.sink.LuceneAlertStoreProvider;
import org.presswatch.pipeline.sink.LuceneIndexProvider;

/**
 * The index the configuration names ({@code index.backend}) and the alert store beside it, opened
 * for the API, and how the job's sinks reach the same ones. Closing releases the API's hold.
 */
final class ConfiguredIndex implements Closeable {
    /** The Elasticsearch index of alerts is named after the articles' index, with this suffix. */
    static final String ALERTS_SUFFIX = "-alerts";

    private final ArticleIndex index;
    private final IndexProvider forSinks;
    private final AlertStore alerts;
    private final AlertStoreProvider alertsForSinks;
    private final Closeable release;

    private ConfiguredIndex(ArticleIndex index, IndexProvider forSinks, AlertStore alerts, AlertStoreProvider alertsForSinks,
                            Closeable release) {
        this.index = index;
        this.forSinks = forSinks;
        this.alerts = alerts;
        this.alertsForSinks = alertsForSinks;
        this.release = release;
    }

    static ConfiguredIndex open(PresswatchConfig config) throws IOException {
        PresswatchConfig.Index settings = config.index();
        return switch (settings.backend()) {
            case LUCENE -> {
                Path dir = config.layout().articleIndex();
                LuceneArticleIndex index;
                try {
                    index = SharedLuceneIndexes.acquire(dir, settings.refreshInterval());
                } catch (IOException e) {
                    if (!Errors.causedBy(e, LockObtainFailedException.class)) {
                        throw e;
                    }
                    throw new IndexInUseException("the index in " + dir + " is in use by another presswatch process; stop it or use another --data directory", e);
                }
                Path alertsDir = config.layout().alertStore();
                LuceneAlertStore alerts;
                try {
                    alerts = SharedLuceneIndexes.acquireAlerts(alertsDir);
                } catch (IOException e) {
                    SharedLuceneIndexes.release(index);
                    throw e;
                }
                yield new ConfiguredIndex(index, new LuceneIndexProvider(dir, settings.refreshInterval()), alerts,
                        new LuceneAlertStoreProvider(alertsDir), () -> {
                            try {
                                SharedLuceneIndexes.releaseAlerts(alerts);
                            } finally {
                                SharedLuceneIndexes.release(index);
                            }
                        });
            }
            case ELASTICSEARCH -> {
                PresswatchConfig.Elasticsearch cluster = settings.elasticsearch();
                ElasticsearchArticleIndex index = new ElasticsearchArticleIndex(cluster.url(), cluster.indexName(), settings.refreshInterval());
                String alertsName = cluster.indexName() + ALERTS_SUFFIX;
                ElasticsearchAlertStore alerts;
                try {
                    alerts = new ElasticsearchAlertStore(cluster.url(), alertsName);
                } catch (IOException e) {
                    index.close();
                    throw e;
                }
                yield new ConfiguredIndex(index, new ElasticsearchIndexProvider(cluster.url(), cluster.indexName(), settings.refreshInterval()),
                        alerts, new ElasticsearchAlertStoreProvider(cluster.url(), alertsName), () -> {
                            try (index) {
                                alerts.close();
                            }
                        });
            }
        };
    }

    ArticleIndex index() {
        return index;
    }

    IndexProvider forSinks() {
        return forSinks;
    }

    AlertStore alerts() {
        return alerts;
    }

    AlertStoreProvider alertsForSinks() {
        return alertsForSinks;
    }

    @Override
    public void close() throws IOException {
        release.close();
    }
}
