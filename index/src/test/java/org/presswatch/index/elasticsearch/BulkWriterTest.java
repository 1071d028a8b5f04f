package org.presswatch.index.elasticsearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The bulk writer against an in-process server that plays a misbehaving Elasticsearch: whole
 * requests refused for load, single articles refused for load or for themselves, a server that
 * never recovers.
 */
class BulkWriterTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final BulkWriter.Retry QUICK = new BulkWriter.Retry(4, 1, 5);
    private static final byte[] DOC = "{\"title\":\"x\"}".getBytes(StandardCharsets.UTF_8);

    /** The ids of each bulk request the server received, in order. */
    private final List<List<String>> requests = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private Rest5Client http;

    /**
     * Starts a server answering each bulk request with an HTTP status and, when 200, a status per
     * article; the answer is chosen from the request's number (from 1) and its article ids.
     */
    private BulkWriter writerAgainst(BiFunction<Integer, List<String>, Answer> answers, int maxOperations) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/_bulk", exchange -> {
            List<String> ids = ids(exchange);
            requests.add(ids);
            Answer answer = answers.apply(requests.size(), ids);
            respond(exchange, answer.status(), answer.status() == 200 ? items(ids, answer.perArticle()) : error(answer.status()));
        });
        server.start();
        http = Rest5Client.builder(URI.create("http://127.0.0.1:" + server.getAddress().getPort())).build();
        ElasticsearchClient client = new ElasticsearchClient(new Rest5ClientTransport(http, new JacksonJsonpMapper()));
        return new BulkWriter(client, "articles", maxOperations, 1L << 20, QUICK);
    }

    private record Answer(int status, Map<String, Integer> perArticle) {
        static Answer ok() {
            return new Answer(200, Map.of());
        }
    }

    @AfterEach
    void stop() throws IOException {
        if (http != null) {
            http.close();
        }
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void writesWaitForTheFlushAndGoInOrderInOneRequest() throws IOException {
        BulkWriter writer = writerAgainst((n, ids) -> Answer.ok(), 100);
        writer.index("a", DOC);
        writer.delete("b");
        writer.index("c", DOC);
        assertEquals(List.of(), requests, "nothing is sent before the buffer fills or is flushed");
        writer.flush();
        assertEquals(List.of(List.of("a", "b", "c")), requests);
        writer.flush();
        assertEquals(1, requests.size(), "an empty buffer sends nothing");
    }

    @Test
    void theWriteThatFillsTheBufferSendsIt() throws IOException {
        BulkWriter writer = writerAgainst((n, ids) -> Answer.ok(), 2);
        writer.index("a", DOC);
        writer.index("b", DOC);
        assertEquals(List.of(List.of("a", "b")), requests, "sent by the second write, before it returned");
    }

    @Test
    void onlyTheLastWriteToAnArticleIsSent() throws IOException {
        BulkWriter writer = writerAgainst((n, ids) -> Answer.ok(), 100);
        writer.index("a", DOC);
        writer.index("b", DOC);
        writer.delete("a");
        writer.flush();
        assertEquals(List.of(List.of("b", "a")), requests, "a's delete replaced its upsert and comes after b");
    }

    @Test
    void aRequestRefusedForLoadIsSentAgain() throws IOException {
        BulkWriter writer = writerAgainst((n, ids) -> n <= 2 ? new Answer(429, Map.of()) : Answer.ok(), 100);
        writer.index("a", DOC);
        writer.index("b", DOC);
        writer.flush();
        assertEquals(List.of(List.of("a", "b"), List.of("a", "b"), List.of("a", "b")), requests);
    }

    @Test
    void onlyTheArticlesRefusedForLoadAreSentAgain() throws IOException {
        BulkWriter writer = writerAgainst((n, ids) -> n == 1 ? new Answer(200, Map.of("b", 429)) : Answer.ok(), 100);
        writer.index("a", DOC);
        writer.index("b", DOC);
        writer.index("c", DOC);
        writer.flush();
        assertEquals(List.of(List.of("a", "b", "c"), List.of("b")), requests);
    }

    @Test
    void anArticleRejectedForItselfIsDroppedAndTheOthersKept() throws IOException {
        BulkWriter writer = writerAgainst((n, ids) -> new Answer(200, Map.of("bad", 400)), 100);
        writer.index("a", DOC);
        writer.index("bad", DOC);
        writer.flush();
        writer.flush();
        assertEquals(List.of(List.of("a", "bad")), requests, "not retried, and not kept for the next flush");
    }

    @Test
    void aServerThatNeverRecoversFailsTheFlushAndKeepsTheWrites() throws IOException {
        List<Integer> down = new ArrayList<>(List.of(1, 2, 3, 4));
        BulkWriter writer = writerAgainst((n, ids) -> down.contains(n) ? new Answer(503, Map.of()) : Answer.ok(), 100);
        writer.index("a", DOC);
        IOException e = assertThrows(IOException.class, writer::flush);
        assertTrue(e.getMessage().contains("after 4 attempts"), e.getMessage());
        assertEquals(4, requests.size());
        writer.flush();
        assertEquals(List.of("a"), requests.get(4), "the write was kept and goes with the next flush");
    }

    private static List<String> ids(HttpExchange exchange) throws IOException {
        List<String> ids = new ArrayList<>();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        for (String line : body.split("\n")) {
            JsonNode node = JSON.readTree(line);
            for (String action : List.of("index", "delete")) {
                if (node.has(action)) {
                    ids.add(node.get(action).get("_id").asText());
                }
            }
        }
        return ids;
    }

    private static String items(List<String> ids, Map<String, Integer> statuses) {
        ObjectNode response = JSON.createObjectNode().put("took", 1).put("errors", !statuses.isEmpty());
        ArrayNode items = response.putArray("items");
        for (String id : ids) {
            int status = statuses.getOrDefault(id, 200);
            ObjectNode item = items.addObject().putObject("index").put("_index", "articles").put("_id", id).put("status", status);
            if (status != 200) {
                item.putObject("error").put("type", status == 429 ? "es_rejected_execution_exception" : "document_parsing_exception")
                        .put("reason", "refused by the test server");
            }
        }
        return response.toString();
    }

    private static String error(int status) {
        return "{\"error\":{\"type\":\"test\",\"reason\":\"status " + status + " from the test server\"},\"status\":" + status + "}";
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        // the client refuses an answer that does not say it comes from Elasticsearch
        exchange.getResponseHeaders().add("X-Elastic-Product", "Elasticsearch");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
