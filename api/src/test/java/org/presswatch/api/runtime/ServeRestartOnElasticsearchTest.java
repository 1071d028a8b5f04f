package org.presswatch.api.runtime;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.presswatch.core.config.PresswatchConfig;
import org.presswatch.core.index.ArticleIndex;
import org.presswatch.index.elasticsearch.ElasticsearchArticleIndex;

/**
 * The same stops and restarts with {@code index.backend: elasticsearch}, on the real node that
 * {@code .ci/run} starts (system property {@code presswatch.es.url}; skipped without it): the
 * job's sinks and the API reach one index in the cluster, and a restart neither loses nor
 * duplicates an article there.
 */
class ServeRestartOnElasticsearchTest extends ServeRestartTest {
    private URI url;
    private final String indexName = "presswatch-serve-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);

    @BeforeEach
    void node() {
        String property = System.getProperty("presswatch.es.url");
        Assumptions.assumeTrue(property != null && !property.isBlank(), "no Elasticsearch node: .ci/run starts one and passes -Dpresswatch.es.url");
        url = URI.create(property.strip());
    }

    @AfterEach
    void deleteIndex() throws IOException {
        if (url == null) {
            return;
        }
        HttpClient http = HttpClient.newHttpClient();
        for (String path : new String[] {"/" + indexName, "/_index_template/" + indexName, "/" + indexName + "-alerts"}) {
            try {
                http.send(HttpRequest.newBuilder(url.resolve(path)).DELETE().build(), HttpResponse.BodyHandlers.discarding());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while deleting " + indexName);
            }
        }
    }

    @Override
    String indexSettings() {
        return """
                  backend: elasticsearch
                  refresh-interval: 100ms
                  elasticsearch:
                    url: %s
                    index-name: %s
                """.formatted(url, indexName);
    }

    @Override
    ArticleIndex reopen(PresswatchConfig settings) throws IOException {
        return new ElasticsearchArticleIndex(url, indexName, Duration.ofMillis(100));
    }
}
