package org.presswatch.api.runtime;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.store.LockObtainFailedException;
import org.presswatch.core.config.PresswatchConfig;
import org.presswatch.core.index.ArticleIndex;
import org.presswatch.index.elasticsearch.ElasticsearchArticleIndex;
import org.presswatch.index.lucene.LuceneArticleIndex;
import org.presswatch.index.lucene.SharedLuceneIndexes;
import org.presswatch.pipeline.sink.ElasticsearchIndexProvider;
import org.presswatch.pipeline.sink.IndexProvider;
import org.presswatch.pipeline.sink.LuceneIndexProvider;

/**
 * The index the configuration names ({@code index.backend}), opened for the API, and how the
 * job's sink tasks reach the same index. Closing releases the API's hold on it.
 */
final class ConfiguredIndex implements Closeable {
    private final ArticleIndex index;
    private final IndexProvider forSinks;
    private final Closeable release;

    private ConfiguredIndex(ArticleIndex index, IndexProvider forSinks, Closeable release) {
        this.index = index;
        this.forSinks = forSinks;
        this.release = release;
    }

    static ConfiguredIndex open(PresswatchConfig config) throws IOException {
        PresswatchConfig.Index settings = config.index();
        return switch (settings.backend()) {
            case LUCENE -> {
                Path dir = config.data().dir().resolve("index");
                LuceneArticleIndex index;
                try {
                    index = SharedLuceneIndexes.acquire(dir, settings.refreshInterval());
                } catch (LockObtainFailedException e) {
                    throw new IOException("the index in " + dir + " is in use by another presswatch process; stop it or use another --data directory", e);
                }
                yield new ConfiguredIndex(index, new LuceneIndexProvider(dir, settings.refreshInterval()), () -> SharedLuceneIndexes.release(index));
            }
            case ELASTICSEARCH -> {
                PresswatchConfig.Elasticsearch cluster = settings.elasticsearch();
                ElasticsearchArticleIndex index = new ElasticsearchArticleIndex(cluster.url(), cluster.indexName(), settings.refreshInterval());
                yield new ConfiguredIndex(index,
                        new ElasticsearchIndexProvider(cluster.url(), cluster.indexName(), settings.refreshInterval()), index);
            }
        };
    }

    ArticleIndex index() {
        return index;
    }

    IndexProvider forSinks() {
        return forSinks;
    }

    @Override
    public void close() throws IOException {
        release.close();
    }
}
