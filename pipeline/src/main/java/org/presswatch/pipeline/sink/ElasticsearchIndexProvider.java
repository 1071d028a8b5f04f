package org.presswatch.pipeline.sink;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import org.presswatch.core.index.ArticleIndex;
import org.presswatch.index.elasticsearch.ElasticsearchArticleIndex;

/**
 * An Elasticsearch index: each sink task opens its own client, wherever Flink runs it, and
 * closes it (sending its last writes) when the task ends.
 */
public final class ElasticsearchIndexProvider implements IndexProvider {
    private final String url;
    private final String indexName;
    private final Duration flushInterval;

    public ElasticsearchIndexProvider(URI url, String indexName, Duration flushInterval) {
        this.url = url.toString();
        this.indexName = indexName;
        this.flushInterval = flushInterval;
    }

    @Override
    public ArticleIndex acquire() throws IOException {
        return new ElasticsearchArticleIndex(URI.create(url), indexName, flushInterval);
    }

    @Override
    public void release(ArticleIndex index) throws IOException {
        index.close();
    }
}
