package org.presswatch.api.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.flink.api.common.JobID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presswatch.core.config.ConfigLoader;
import org.presswatch.core.config.PresswatchConfig;
import org.presswatch.core.config.SourceRegistry;
import org.presswatch.core.index.ArticleQuery;
import org.presswatch.core.index.SearchHit;
import org.presswatch.core.json.Json;
import org.presswatch.core.model.Source;
import org.presswatch.core.testing.ManualClock;
import org.presswatch.demo.Newsroom;
import org.presswatch.demo.corpus.Corpus;
import org.presswatch.index.elasticsearch.ElasticsearchArticleIndex;

/**
 * The job on a real Flink cluster (a JobManager and two TaskManagers, separate JVMs on loopback,
 * started by {@code .ci/flink-cluster} from {@code .ci/run}) indexing into the real Elasticsearch
 * node: submitted as {@code presswatch submit} does, it indexes the demo newsroom; one
 * TaskManager is killed with SIGKILL and replaced while the newsroom keeps publishing; the
 * cluster restores the job from its checkpoint, and the index again holds every published
 * article exactly once. Skipped without the cluster ({@code presswatch.flink.dir}) or the node
 * ({@code presswatch.es.url}).
 */
class ClusterFailoverIT {
    private static final Duration CATCH_UP = Duration.ofSeconds(120);

    @TempDir
    Path dir;

    private Path cluster;
    private Path script;
    private URI elasticsearch;
    private URI rest;
    private final String indexName = "presswatch-cluster-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private JobID job;

    @BeforeEach
    void servers() throws IOException {
        String clusterDir = System.getProperty("presswatch.flink.dir");
        String es = System.getProperty("presswatch.es.url");
        Assumptions.assumeTrue(clusterDir != null && !clusterDir.isBlank() && es != null && !es.isBlank(),
                "no Flink cluster or Elasticsearch node: .ci/run starts both and passes -Dpresswatch.flink.dir and -Dpresswatch.es.url");
        cluster = Path.of(clusterDir);
        script = Path.of(System.getProperty("presswatch.flink.script", ".ci/flink-cluster")).toAbsolutePath();
        elasticsearch = URI.create(es.strip());
        rest = URI.create(Files.readString(cluster.resolve("rest")).strip());
    }

    @AfterEach
    void cleanUp() throws Exception {
        if (job != null) {
            send(HttpRequest.newBuilder(rest.resolve("/jobs/" + job + "?mode=cancel")).method("PATCH", HttpRequest.BodyPublishers.noBody()));
        }
        if (elasticsearch != null) {
            for (String path : new String[] {"/" + indexName, "/_index_template/" + indexName, "/" + indexName + "-alerts"}) {
                send(HttpRequest.newBuilder(elasticsearch.resolve(path)).DELETE());
            }
        }
    }

    @Test
    void aKilledTaskManagerIsReplacedAndTheIndexHoldsEveryArticleOnce() throws Exception {
        ManualClock clock = new ManualClock(Instant.now());
        try (Newsroom newsroom = Newsroom.start(Corpus.load(), 0, clock.instant(), 0.4, Duration.ofMinutes(1), clock)) {
            Path config = NewsroomSettings.write(dir, newsroom, """
                      backend: elasticsearch
                      refresh-interval: 100ms
                      elasticsearch:
                        url: %s
                        index-name: %s
                    """.formatted(elasticsearch, indexName));
            PresswatchConfig settings = new ConfigLoader().file(config)
                    .override("pipeline.flink", rest.getHost() + ":" + rest.getPort()).load();
            List<Source> sources = SourceRegistry.read(settings.sources().file(), settings.sources().defaultPollInterval());
            job = PresswatchRuntime.submit(settings, sources);
            IllegalStateException second = assertThrows(IllegalStateException.class, () -> PresswatchRuntime.submit(settings, sources));
            assertTrue(second.getMessage().contains(job.toString()), "a second job is refused, naming the first: " + second.getMessage());

            try (ElasticsearchArticleIndex index = new ElasticsearchArticleIndex(elasticsearch, indexName, Duration.ofMillis(100))) {
                assertIndexedOnce(index, newsroom, "before the failure");

                clock.advance(Duration.ofMinutes(10));
                run("kill-tm", "1");
                clock.advance(Duration.ofMinutes(10));
                run("start-tm", "1");
                awaitRunning();
                clock.advance(Duration.ofMinutes(10));
                assertIndexedOnce(index, newsroom, "after a TaskManager was killed and replaced");
                assertRestoredAfterLosingTaskManager();
            }
        }
    }

    /** Waits until the index holds exactly the published articles, failing on any held twice. */
    private static void assertIndexedOnce(ElasticsearchArticleIndex index, Newsroom newsroom, String when) throws Exception {
        Set<String> published = NewsroomSettings.urlsOf(newsroom);
        long deadline = System.nanoTime() + CATCH_UP.toNanos();
        Set<String> indexed = indexedOnce(index);
        while (!indexed.equals(published) && System.nanoTime() < deadline) {
            Thread.sleep(500);
            indexed = indexedOnce(index);
        }
        assertEquals(published, indexed, when + ": every published article");
        assertEquals(published.size(), index.count(), when + ": each once");
    }

    /**
     * The canonical URLs in the index, failing on any URL indexed twice. The job keeps writing
     * while the pages are read, so one article may show on two pages: that is the same article
     * (the same id), not a duplicate; a duplicate is one URL under two ids.
     */
    private static Set<String> indexedOnce(ElasticsearchArticleIndex index) throws IOException {
        index.refresh();
        Map<String, String> idByUrl = new HashMap<>();
        long total = index.count();
        for (int offset = 0; offset < total; offset += ArticleQuery.MAX_LIMIT) {
            for (SearchHit hit : index.search(ArticleQuery.of("").withPage(offset, ArticleQuery.MAX_LIMIT)).hits()) {
                String other = idByUrl.putIfAbsent(hit.article().article().canonicalUrl().toString(), hit.article().id());
                assertTrue(other == null || other.equals(hit.article().id()), "indexed twice: " + hit.article().article().url());
            }
        }
        return idByUrl.keySet();
    }

    /** The cluster saw the TaskManager go and restored the job from a checkpoint, not from scratch. */
    private void assertRestoredAfterLosingTaskManager() throws IOException {
        JsonNode exceptions = Json.mapper().readTree(send(HttpRequest.newBuilder(rest.resolve("/jobs/" + job + "/exceptions")).GET()));
        // the loss shows as a missed heartbeat or as an unreachable RPC, whichever comes first
        assertFalse(exceptions.path("exceptionHistory").path("entries").isEmpty(), "the job failed over: " + exceptions);
        JsonNode checkpoints = Json.mapper().readTree(send(HttpRequest.newBuilder(rest.resolve("/jobs/" + job + "/checkpoints")).GET()));
        assertTrue(checkpoints.path("counts").path("restored").asInt() >= 1, "restored from a checkpoint: " + checkpoints.path("counts"));
        assertFalse(checkpoints.path("latest").path("restored").path("is_savepoint").asBoolean(true), checkpoints.path("latest").toString());
    }

    private void run(String command, String taskManager) throws Exception {
        Process process = new ProcessBuilder(script.toString(), command, cluster.toString(), taskManager)
                .redirectErrorStream(true).redirectOutput(dir.resolve(command + ".log").toFile()).start();
        int status = process.waitFor();
        assertEquals(0, status, command + " failed: " + Files.readString(dir.resolve(command + ".log")));
    }

    /** Waits until the cluster runs the job again on the replacement TaskManager. */
    private void awaitRunning() throws Exception {
        long deadline = System.nanoTime() + CATCH_UP.toNanos();
        String body = "";
        while (System.nanoTime() < deadline) {
            body = send(HttpRequest.newBuilder(rest.resolve("/jobs/" + job)).GET());
            if (body.contains("\"state\":\"RUNNING\"")) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the job is not running again: " + body);
    }

    private String send(HttpRequest.Builder request) throws IOException {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted: " + request.build().uri());
        }
    }
}
