package org.presswatch.index.elasticsearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.presswatch.index.TestArticles.article;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.presswatch.core.index.ArticleQuery;
import org.presswatch.core.model.AnalyzedArticle;

/** What the Elasticsearch backend does beyond the contract, on the real node: the index's life and what it stores. */
class ElasticsearchArticleIndexTest {
    private static final Duration NEVER = Duration.ofHours(1);
    private final HttpClient http = HttpClient.newHttpClient();
    private URI url;
    private String name;

    @BeforeEach
    void node() {
        url = ElasticsearchBackend.url();
        name = ElasticsearchBackend.newIndexName();
    }

    @AfterEach
    void deleteIndex() throws IOException {
        if (name != null) {
            ElasticsearchBackend.INSTANCE.delete(name);
        }
    }

    @Test
    void committedArticlesAreThereAfterReopening() throws IOException {
        AnalyzedArticle a = article("a").title("Tàu cá Lý Sơn").build();
        try (ElasticsearchArticleIndex index = new ElasticsearchArticleIndex(url, name, NEVER)) {
            index.upsert(a);
            index.commit();
            assertEquals(a, index.get(a.id()).orElseThrow(), "a committed article is readable at once, before any refresh");
        }
        try (ElasticsearchArticleIndex reopened = new ElasticsearchArticleIndex(url, name, NEVER)) {
            assertEquals(1, reopened.count());
            assertEquals(1, reopened.search(ArticleQuery.of("ly son")).total());
        }
    }

    @Test
    void closingSendsTheBufferedWrites() throws IOException {
        try (ElasticsearchArticleIndex index = new ElasticsearchArticleIndex(url, name, NEVER)) {
            index.upsert(article("a").build());
        }
        try (ElasticsearchArticleIndex reopened = new ElasticsearchArticleIndex(url, name, NEVER)) {
            assertEquals(1, reopened.count());
        }
    }

    @Test
    void theStoredSourceIsTheArticleWithoutThePreAnalysedWords() throws IOException, InterruptedException {
        try (ElasticsearchArticleIndex index = new ElasticsearchArticleIndex(url, name, NEVER)) {
            AnalyzedArticle a = article("a").title("Trường Sa").text("Ngư dân").build();
            index.upsert(a);
            index.commit();
            JsonNode source = get("/" + name + "/_source/" + a.id());
            assertTrue(source.has("article"), source.toString());
            for (String words : new String[] {"title", "text", "all", "exact", "pairs"}) {
                assertFalse(source.has(words), words + " is indexed, not kept: " + source);
            }
        }
    }

    @Test
    void anIndexNotMadeByPresswatchIsRefused() throws IOException, InterruptedException {
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(url.resolve("/" + name))
                .PUT(HttpRequest.BodyPublishers.ofString("{\"settings\":{\"number_of_replicas\":0}}"))
                .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, created.statusCode(), created.body());
        IOException e = assertThrows(IOException.class, () -> new ElasticsearchArticleIndex(url, name, NEVER).close());
        assertTrue(e.getMessage().contains(name) && e.getMessage().contains("layout"), e.getMessage());
    }

    @Test
    void anUnreachableClusterIsAnIOExceptionNamingIt() throws IOException {
        URI nowhere = URI.create("http://127.0.0.1:9");
        IOException e = assertThrows(IOException.class, () -> new ElasticsearchArticleIndex(nowhere, name, NEVER).close());
        assertTrue(e.getMessage().contains("127.0.0.1:9"), e.getMessage());
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(url.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return new ObjectMapper().readTree(response.body());
    }
}
