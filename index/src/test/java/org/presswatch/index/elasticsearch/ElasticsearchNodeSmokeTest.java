package org.presswatch.index.elasticsearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Proves from the product's test JVM (Java 17) that the Elasticsearch node of {@code .ci/es-node} serves
 * what presswatch will use: an index with keyword and standard-analyzed text fields, bulk indexing with
 * refresh, a match query, a terms aggregation and index deletion, over plain HTTP.
 *
 * <p>The node's URL comes from system property {@code presswatch.es.url}; without it the test is skipped.
 * That node is core-only: no analysis-common (asciifolding, language analyzers), no painless, no
 * delete-by-query, and {@code GET /} answers 405.
 */
class ElasticsearchNodeSmokeTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private HttpClient http;
    private String url;
    private String index;

    @BeforeEach
    void node() {
        String property = System.getProperty("presswatch.es.url");
        Assumptions.assumeTrue(property != null && !property.isBlank(),
                "no Elasticsearch node: .ci/run starts one and passes -Dpresswatch.es.url");
        url = property.strip().replaceAll("/+$", "");
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        index = "presswatch-smoke-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
    }

    @AfterEach
    void deleteIndex() throws IOException, InterruptedException {
        if (http != null) {
            send("DELETE", "/" + index + "?ignore_unavailable=true", null, null);
        }
    }

    @Test
    void indexesSearchesAggregatesAndDeletes() throws IOException, InterruptedException {
        Reply health = send("GET", "/_cluster/health?wait_for_status=yellow&timeout=30s", null, null);
        assertEquals(200, health.status(), health.body());
        String status = health.json().path("status").asText();
        assertTrue(status.equals("green") || status.equals("yellow"), health.body());

        Reply created = send("PUT", "/" + index, """
                {
                  "settings": {"number_of_shards": 1, "number_of_replicas": 0},
                  "mappings": {
                    "dynamic": "strict",
                    "properties": {
                      "source": {"type": "keyword"},
                      "title": {"type": "text", "analyzer": "standard"}
                    }
                  }
                }""", "application/json");
        assertEquals(200, created.status(), created.body());
        assertTrue(created.json().path("acknowledged").asBoolean(), created.body());

        Reply bulk = send("POST", "/" + index + "/_bulk?refresh=true", """
                {"index": {"_id": "vi-1"}}
                {"source": "tuoitre", "title": "Ngư dân Quảng Ngãi vươn khơi bám biển Hoàng Sa"}
                {"index": {"_id": "en-1"}}
                {"source": "manilatide", "title": "Filipino fishermen rescued by Vietnamese crew in the South China Sea"}
                {"index": {"_id": "en-2"}}
                {"source": "manilatide", "title": "Typhoon season closes the sea lanes near the Spratlys"}
                """, "application/x-ndjson");
        assertEquals(200, bulk.status(), bulk.body());
        assertFalse(bulk.json().path("errors").asBoolean(true), bulk.body());
        assertEquals(3, bulk.json().path("items").size(), bulk.body());

        Reply sea = search("""
                {"query": {"match": {"title": "SEA"}}}""");
        assertEquals(2, sea.json().path("hits").path("total").path("value").asInt(), sea.body());
        assertEquals(Set.of("en-1", "en-2"), ids(sea.json()));

        // The standard analyzer splits and lowercases Vietnamese words; folding would need analysis-common.
        Reply bien = search("""
                {"query": {"match": {"title": "Biển"}}}""");
        assertEquals(Set.of("vi-1"), ids(bien.json()), bien.body());

        Reply facets = search("""
                {"size": 0, "aggs": {"sources": {"terms": {"field": "source"}}}}""");
        assertEquals(3, facets.json().path("hits").path("total").path("value").asInt(), facets.body());
        Map<String, Integer> counts = new HashMap<>();
        for (JsonNode bucket : facets.json().path("aggregations").path("sources").path("buckets")) {
            counts.put(bucket.path("key").asText(), bucket.path("doc_count").asInt());
        }
        assertEquals(Map.of("manilatide", 2, "tuoitre", 1), counts, facets.body());

        Reply deleted = send("DELETE", "/" + index, null, null);
        assertEquals(200, deleted.status(), deleted.body());
        assertEquals(404, send("GET", "/" + index, null, null).status());
    }

    private Reply search(String body) throws IOException, InterruptedException {
        Reply reply = send("POST", "/" + index + "/_search", body, "application/json");
        assertEquals(200, reply.status(), reply.body());
        return reply;
    }

    private static Set<String> ids(JsonNode response) {
        Set<String> ids = new HashSet<>();
        response.path("hits").path("hits").forEach(hit -> ids.add(hit.path("_id").asText()));
        return ids;
    }

    private Reply send(String method, String path, String body, String contentType) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + path)).timeout(TIMEOUT)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.body());
    }

    private record Reply(int status, String body) {
        JsonNode json() throws IOException {
            return JSON.readTree(body);
        }
    }
}
