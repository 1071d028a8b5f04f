package org.presswatch.index.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import org.presswatch.core.json.Json;
import org.presswatch.core.util.Validate;

/**
 * One cluster reached with the official client, JSON read and written by presswatch's own mapper:
 * what the Elasticsearch stores of this package share. Thread-safe; closing it releases the
 * connection pool.
 */
final class ClusterConnection implements Closeable {
    private final URI url;
    private final Rest5Client http;
    private final ElasticsearchClient client;

    /** @param url the cluster's HTTP address, e.g. {@code http://127.0.0.1:9200} */
    ClusterConnection(URI url) {
        this.url = Validate.notNull(url, "url");
        this.http = Rest5Client.builder(url).build();
        this.client = new ElasticsearchClient(new Rest5ClientTransport(http, new JacksonJsonpMapper(Json.mapper())));
    }

    /** The index name, checked: lowercase, as Elasticsearch requires. */
    static String indexName(String index) {
        Validate.isTrue(index != null && index.matches("[a-z0-9][a-z0-9._-]*"),
                "index must be a lowercase Elasticsearch index name, was '%s'", index);
        return index;
    }

    URI url() {
        return url;
    }

    ElasticsearchClient client() {
        return client;
    }

    interface Call<T> {
        T run() throws IOException;
    }

    /**
     * Runs a request on the index; the server's refusal, or a failure to reach it, becomes an
     * IOException naming the index and the cluster. An interrupted wait stays what it is.
     */
    <T> T call(String index, Call<T> request) throws IOException {
        try {
            return request.run();
        } catch (InterruptedIOException e) {
            throw e;
        } catch (ElasticsearchException | IOException e) {
            throw failure(index, e);
        }
    }

    IOException failure(String index, Exception cause) {
        return new IOException("Elasticsearch index " + index + " at " + url + ": " + cause.getMessage(), cause);
    }

    @Override
    public void close() throws IOException {
        http.close();
    }
}
