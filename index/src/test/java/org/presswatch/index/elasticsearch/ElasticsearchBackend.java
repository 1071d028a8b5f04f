package org.presswatch.index.elasticsearch;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Assumptions;
import org.presswatch.core.index.ArticleIndex;
import org.presswatch.index.IndexBackend;

/**
 * The Elasticsearch backend for the tests: each index a new one, named at random, on the node
 * whose URL system property {@code presswatch.es.url} gives ({@code .ci/run} starts one); the
 * test is skipped without it. Discarding an index deletes it from the node.
 */
final class ElasticsearchBackend implements IndexBackend {
    static final ElasticsearchBackend INSTANCE = new ElasticsearchBackend();
    static final String URL_PROPERTY = "presswatch.es.url";
    /** Long enough that only the test's refreshes send the buffered writes. */
    private static final Duration NEVER = Duration.ofHours(1);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<ArticleIndex, String> names = new ConcurrentHashMap<>();

    private ElasticsearchBackend() {}

    /** The node's URL; aborts the calling test when there is none. */
    static URI url() {
        String url = System.getProperty(URL_PROPERTY);
        Assumptions.assumeTrue(url != null && !url.isBlank(), "no Elasticsearch node: .ci/run starts one and passes -D" + URL_PROPERTY);
        return URI.create(url.strip().replaceAll("/+$", ""));
    }

    static String newIndexName() {
        return "presswatch-test-" + UUID.randomUUID().toString().substring(0, 12).toLowerCase(Locale.ROOT);
    }

    @Override
    public ArticleIndex open(Path dir) throws IOException {
        String name = newIndexName();
        ElasticsearchArticleIndex index = new ElasticsearchArticleIndex(url(), name, NEVER);
        names.put(index, name);
        return index;
    }

    @Override
    public void refresh(ArticleIndex index) throws IOException {
        ((ElasticsearchArticleIndex) index).refresh();
    }

    @Override
    public void discard(ArticleIndex index) throws IOException {
        if (index == null) {
            return;
        }
        try {
            index.close();
        } finally {
            String name = names.remove(index);
            if (name != null) {
                delete(name);
            }
        }
    }

    /** Deletes the index and its template. */
    void delete(String name) throws IOException {
        for (String path : new String[] {"/" + name, "/_index_template/" + name}) {
            try {
                http.send(HttpRequest.newBuilder(url().resolve(path)).DELETE().timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.discarding());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while deleting the test index " + name);
            }
        }
    }
}
