package org.presswatch.pipeline.sink;

import java.io.IOException;
import java.net.URI;
import org.presswatch.core.alert.AlertStore;
import org.presswatch.index.elasticsearch.ElasticsearchAlertStore;

/** An Elasticsearch alert index: each committer opens its own client, wherever Flink runs it. */
public final class ElasticsearchAlertStoreProvider implements AlertStoreProvider {
    private final String url;
    private final String indexName;

    public ElasticsearchAlertStoreProvider(URI url, String indexName) {
        this.url = url.toString();
        this.indexName = indexName;
    }

    @Override
    public AlertStore acquire() throws IOException {
        return new ElasticsearchAlertStore(URI.create(url), indexName);
    }

    @Override
    public void release(AlertStore store) throws IOException {
        store.close();
    }
}
