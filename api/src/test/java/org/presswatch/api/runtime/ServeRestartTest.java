package org.presswatch.api.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presswatch.core.config.ConfigLoader;
import org.presswatch.core.config.PresswatchConfig;
import org.presswatch.core.config.SourceRegistry;
import org.presswatch.core.index.ArticleIndex;
import org.presswatch.core.index.ArticleQuery;
import org.presswatch.core.index.SearchHit;
import org.presswatch.core.model.Source;
import org.presswatch.core.testing.ManualClock;
import org.presswatch.demo.Newsroom;
import org.presswatch.demo.corpus.Corpus;
import org.presswatch.index.lucene.LuceneArticleIndex;

/**
 * {@code presswatch serve} stopped and started again on the same data directory keeps its index:
 * every article indexed before the stop is still there, nothing is indexed twice, and what was
 * published meanwhile is added. The sources come from a registry file and the crawler reaches
 * the demo newsroom through its proxy setting, as a user's configuration would.
 */
class ServeRestartTest {
    @TempDir
    Path dir;

    /** The {@code index:} section of the configuration, indented under it. */
    String indexSettings() {
        return "  refresh-interval: 100ms\n";
    }

    /** The index the runs wrote, opened again after presswatch stopped. */
    ArticleIndex reopen(PresswatchConfig settings) throws IOException {
        return new LuceneArticleIndex(settings.data().dir().resolve("index"), Duration.ofSeconds(1));
    }

    @Test
    void restartKeepsEveryArticleOnceAndAddsNewOnes() throws Exception {
        ManualClock clock = new ManualClock(Instant.now());
        try (Newsroom newsroom = Newsroom.start(Corpus.load(), 0, clock.instant(), 0.3, Duration.ofMinutes(1), clock)) {
            Path config = configFor(newsroom);

            Set<String> firstRun = runUntilIndexed(config, newsroom.published().size());
            assertEquals(NewsroomSettings.urlsOf(newsroom), firstRun, "the first run indexes every published article");

            clock.advance(Duration.ofMinutes(10));
            int published = newsroom.published().size();
            assertTrue(published > firstRun.size(), "more articles were published while presswatch was stopped");

            Set<String> secondRun = runUntilIndexed(config, published);
            assertTrue(secondRun.containsAll(firstRun), "nothing indexed before the restart is lost");
            assertEquals(NewsroomSettings.urlsOf(newsroom), secondRun, "and what was published meanwhile is added, once");
        }
    }

    @Test
    void stoppingInTheMiddleOfTheWorkLosesNothing() throws Exception {
        ManualClock clock = new ManualClock(Instant.now());
        try (Newsroom newsroom = Newsroom.start(Corpus.load(), 0, clock.instant(), 0.5, Duration.ofMinutes(1), clock)) {
            Path config = configFor(newsroom);
            PresswatchConfig settings = new ConfigLoader().file(config).load();
            List<Source> sources = SourceRegistry.read(settings.sources().file(), settings.sources().defaultPollInterval());
            int published = newsroom.published().size();
            long atStop;
            try (PresswatchRuntime runtime = PresswatchRuntime.start(settings, sources)) {
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (runtime.indexedArticles() < 5 && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                atStop = runtime.indexedArticles();
            }
            assertTrue(atStop < published, "stopped part-way: " + atStop + " of " + published);
            assertEquals(NewsroomSettings.urlsOf(newsroom), runUntilIndexed(config, published), "after the restart every article is there, once");
        }
    }

    @Test
    void flinksTemporaryFilesLiveUnderTheDataFolderAndAreClearedOnStart() throws Exception {
        ManualClock clock = new ManualClock(Instant.now());
        try (Newsroom newsroom = Newsroom.start(Corpus.load(), 0, clock.instant(), 0.1, Duration.ofMinutes(1), clock)) {
            PresswatchConfig settings = new ConfigLoader().file(configFor(newsroom)).load();
            Path tmp = settings.data().dir().resolve("flink-tmp");
            Path leftover = Files.createDirectories(tmp.resolve("blobStore-left-by-a-killed-process")).resolve("blob");
            Files.writeString(leftover, "stale");
            List<Source> sources = SourceRegistry.read(settings.sources().file(), settings.sources().defaultPollInterval());
            try (PresswatchRuntime runtime = PresswatchRuntime.start(settings, sources)) {
                assertTrue(Files.notExists(leftover), "the files of an earlier process are gone");
                try (var files = Files.list(tmp)) {
                    assertTrue(files.findAny().isPresent(), "Flink works in " + tmp);
                }
            }
        }
    }

    private Path configFor(Newsroom newsroom) throws IOException {
        return NewsroomSettings.write(dir, newsroom, indexSettings());
    }

    /** Starts presswatch as {@code serve} does, waits for the expected count, stops it; returns the indexed URLs. */
    private Set<String> runUntilIndexed(Path config, int expected) throws Exception {
        PresswatchConfig settings = new ConfigLoader().file(config).load();
        List<Source> sources = SourceRegistry.read(settings.sources().file(), settings.sources().defaultPollInterval());
        try (PresswatchRuntime runtime = PresswatchRuntime.start(settings, sources)) {
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (runtime.indexedArticles() < expected && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertEquals(expected, runtime.indexedArticles(), "articles indexed");
        }
        try (ArticleIndex index = reopen(settings)) {
            Set<String> urls = new HashSet<>();
            long total = index.count();
            for (int offset = 0; offset < total; offset += ArticleQuery.MAX_LIMIT) {
                for (SearchHit hit : index.search(ArticleQuery.of("").withPage(offset, ArticleQuery.MAX_LIMIT)).hits()) {
                    assertTrue(urls.add(hit.article().article().canonicalUrl().toString()), "indexed twice: " + hit.article().article().url());
                }
            }
            assertEquals(index.count(), urls.size());
            return urls;
        }
    }
}
