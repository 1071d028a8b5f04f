package org.presswatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presswatch.api.runtime.MachineCredential;
import org.presswatch.api.runtime.NewsroomSettings;
import org.presswatch.core.config.DataLayout;
import org.presswatch.core.index.ArticleQuery;
import org.presswatch.core.index.SearchHit;
import org.presswatch.core.testing.ManualClock;
import org.presswatch.demo.Newsroom;
import org.presswatch.demo.corpus.Corpus;
import org.presswatch.index.lucene.LuceneArticleIndex;

/**
 * {@code presswatch serve} as its own process, killed with SIGKILL at random moments while the
 * demo newsroom keeps publishing, ten times. After a restart it catches up and its index holds
 * every article published so far exactly once, checked through its API before the next kill;
 * and once more at the end. What survives a kill is only what the process had made durable: the
 * index's commits and Flink's checkpoints.
 */
class ServeCrashTest {
    private static final int KILLS = 10;
    private static final Duration CATCH_UP = Duration.ofSeconds(120);
    private static final Pattern API = Pattern.compile("api +http://[0-9.]+:(\\d+)/");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    @Test
    void killedTenTimesTheIndexHoldsEveryPublishedArticleOnce() throws Exception {
        ManualClock clock = new ManualClock(Instant.now());
        Random random = new Random(20261126L);
        try (Newsroom newsroom = Newsroom.start(Corpus.load(), 0, clock.instant(), 0.3, Duration.ofMinutes(1), clock)) {
            Path config = NewsroomSettings.write(dir, newsroom, "  refresh-interval: 100ms\n");
            Path index = dir.resolve("data").resolve("index");
            List<Long> killedAfterMs = new ArrayList<>();
            List<String> committedAtKills = new ArrayList<>();
            boolean killedMidWork = false;
            int caughtUp = 0;
            for (int kill = 0; kill < KILLS; kill++) {
                Process serve = serve(config, kill);
                long started = System.nanoTime();
                // one run in five is killed while the process is still starting; the others once it has
                // caught up with everything published (which it must hold exactly once) and crawls what
                // the newsroom publishes next
                if (random.nextInt(5) > 0) {
                    int port = awaitServing(serve, kill);
                    assertEquals(NewsroomSettings.urlsOf(newsroom), awaitCaughtUp(port, newsroom.published().size(), serve, kill),
                            "after restart " + kill + ", every article published so far, once");
                    caughtUp++;
                    clock.advance(Duration.ofMinutes(1 + random.nextInt(3)));
                }
                Thread.sleep(200 + random.nextInt(3_000));
                long ms = (System.nanoTime() - started) / 1_000_000;
                assertTrue(serve.isAlive(), "serve run " + kill + " is still running when it is killed (log " + log(kill) + ")");
                serve.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                killedAfterMs.add(ms);
                int committed = committed(index);
                int publishedSoFar = newsroom.published().size();
                committedAtKills.add(committed + "/" + publishedSoFar);
                killedMidWork |= committed > 0 && committed < publishedSoFar;
                // the newsroom publishes while presswatch is down
                clock.advance(Duration.ofMinutes(1 + random.nextInt(3)));
            }
            System.out.println("ServeCrashTest: killed after " + killedAfterMs + " ms; committed/published at each kill " + committedAtKills
                    + "; checked exactly-once after " + caughtUp + " restarts");
            assertTrue(caughtUp >= KILLS / 2, "most restarts were checked: " + caughtUp);
            int published = newsroom.published().size();
            Process last = serve(config, KILLS);
            long deadline = System.nanoTime() + CATCH_UP.toNanos();
            while (committed(index) < published && System.nanoTime() < deadline) {
                assertTrue(last.isAlive(), "the last serve run exited (log " + log(KILLS) + ")");
                Thread.sleep(500);
            }
            last.destroy();
            assertTrue(last.waitFor(60, TimeUnit.SECONDS), "serve stops on SIGTERM");
            assertTrue(killedMidWork, "at least one kill came while articles were being indexed: committed/published " + committedAtKills);
            assertEquals(NewsroomSettings.urlsOf(newsroom), indexedOnce(index),
                    "every published article once, after kills at " + killedAfterMs + " ms (committed/published " + committedAtKills + ")");
        }
    }

    private Process serve(Path config, int run) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.presswatch.cli.PresswatchCli", "serve",
                "--config", config.toString())
                .redirectErrorStream(true)
                .redirectOutput(log(run).toFile())
                .start();
    }

    /** Waits until the process says it serves (the API is up and the job submitted); returns the API's port. */
    private int awaitServing(Process serve, int run) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            Matcher api = API.matcher(Files.readString(log(run)));
            if (api.find()) {
                return Integer.parseInt(api.group(1));
            }
            assertTrue(serve.isAlive() && System.nanoTime() < deadline, "serve run " + run + " did not start (log " + log(run) + ")");
            Thread.sleep(50);
        }
    }

    /**
     * Waits until the API counts the expected articles, then lists their URLs through it, each
     * once: a duplicate fails the test.
     */
    private Set<String> awaitCaughtUp(int port, int expected, Process serve, int run) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + CATCH_UP.toNanos();
        while (page(port, 0).path("total").asInt() < expected) {
            assertTrue(serve.isAlive() && System.nanoTime() < deadline, "serve run " + run + " did not catch up with " + expected
                    + " articles (log " + log(run) + ")");
            Thread.sleep(200);
        }
        Set<String> urls = new HashSet<>();
        int total = page(port, 0).path("total").asInt();
        for (int offset = 0; offset < total; offset += ArticleQuery.MAX_LIMIT) {
            for (JsonNode article : page(port, offset).path("articles")) {
                assertTrue(urls.add(article.path("canonical_url").asText()), "indexed twice after restart " + run + ": " + article.path("url"));
            }
        }
        assertEquals(total, urls.size());
        return urls;
    }

    /** A page of the articles, asked as this machine: with the credential the running server wrote in its data folder. */
    private JsonNode page(int port, int offset) throws IOException, InterruptedException {
        String credential = MachineCredential.read(DataLayout.under(dir.resolve("data"))).orElseThrow();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/api/v1/articles?limit=" + ArticleQuery.MAX_LIMIT + "&offset=" + offset)).header("Authorization", "Bearer " + credential)
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    private Path log(int run) {
        return dir.resolve("serve-" + run + ".log");
    }

    /** Articles in the index's last commit; read without its lock, which the running process holds. */
    private static int committed(Path index) throws IOException {
        try (FSDirectory fs = FSDirectory.open(index)) {
            if (!DirectoryReader.indexExists(fs)) {
                return 0;
            }
            try (DirectoryReader reader = DirectoryReader.open(fs)) {
                return reader.numDocs();
            }
        }
    }

    private static Set<String> indexedOnce(Path index) throws IOException {
        try (LuceneArticleIndex articles = new LuceneArticleIndex(index, Duration.ofSeconds(1))) {
            Set<String> urls = new HashSet<>();
            long total = articles.count();
            for (int offset = 0; offset < total; offset += ArticleQuery.MAX_LIMIT) {
                for (SearchHit hit : articles.search(ArticleQuery.of("").withPage(offset, ArticleQuery.MAX_LIMIT)).hits()) {
                    assertTrue(urls.add(hit.article().article().canonicalUrl().toString()), "indexed twice: " + hit.article().article().url());
                }
            }
            assertEquals(total, urls.size());
            return urls;
        }
    }
}
