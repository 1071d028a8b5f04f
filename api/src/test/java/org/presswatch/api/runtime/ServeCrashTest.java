package org.presswatch.api.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presswatch.core.index.ArticleQuery;
import org.presswatch.core.index.SearchHit;
import org.presswatch.demo.Newsroom;
import org.presswatch.demo.corpus.Corpus;
import org.presswatch.index.lucene.LuceneArticleIndex;

/**
 * {@code presswatch serve} as its own process, killed with SIGKILL at random moments while the
 * demo newsroom keeps publishing, ten times, then left to catch up: the index holds every
 * published article exactly once. What survives is only what the process had made durable:
 * the index's commits and Flink's checkpoints.
 */
class ServeCrashTest {
    private static final int KILLS = 10;
    private static final Duration CATCH_UP = Duration.ofSeconds(120);

    @TempDir
    Path dir;

    @Test
    void killedTenTimesTheIndexHoldsEveryPublishedArticleOnce() throws Exception {
        ServeRestartTest.MutableClock clock = new ServeRestartTest.MutableClock(Instant.now());
        Random random = new Random(20261126L);
        try (Newsroom newsroom = Newsroom.start(Corpus.load(), 0, clock.instant(), 0.3, Duration.ofMinutes(1), clock)) {
            Path config = ServeRestartTest.configFor(dir, newsroom, "  refresh-interval: 100ms\n");
            Path index = dir.resolve("data").resolve("index");
            List<Long> killedAfterMs = new ArrayList<>();
            List<String> committedAtKills = new ArrayList<>();
            boolean killedMidWork = false;
            for (int kill = 0; kill < KILLS; kill++) {
                Process serve = serve(config, kill);
                long started = System.nanoTime();
                // most kills come while the job crawls and indexes, a few while the process is still starting
                if (random.nextInt(5) > 0) {
                    awaitServing(serve, kill);
                }
                Thread.sleep(200 + random.nextInt(4_000));
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
            System.out.println("ServeCrashTest: killed after " + killedAfterMs + " ms; committed/published at each kill " + committedAtKills);
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
            assertEquals(ServeRestartTest.urlsOf(newsroom), indexedOnce(index),
                    "every published article once, after kills at " + killedAfterMs + " ms (committed/published " + committedAtKills + ")");
        }
    }

    private Process serve(Path config, int run) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.presswatch.api.cli.PresswatchCli", "serve",
                "--config", config.toString())
                .redirectErrorStream(true)
                .redirectOutput(log(run).toFile())
                .start();
    }

    /** Waits until the process says it serves: the API is up and the job submitted. */
    private void awaitServing(Process serve, int run) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!Files.readString(log(run)).contains("presswatch serving")) {
            assertTrue(serve.isAlive() && System.nanoTime() < deadline, "serve run " + run + " did not start (log " + log(run) + ")");
            Thread.sleep(50);
        }
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
