package org.presswatch.api.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presswatch.core.config.ConfigLoader;
import org.presswatch.core.config.PresswatchConfig;
import org.presswatch.core.config.SourceRegistry;
import org.presswatch.core.index.ArticleIndex;
import org.presswatch.core.index.ArticleQuery;
import org.presswatch.core.index.SearchHit;
import org.presswatch.core.model.Source;
import org.presswatch.demo.Newsroom;
import org.presswatch.demo.corpus.Corpus;
import org.presswatch.index.lucene.LuceneArticleIndex;
import org.presswatch.ingest.fetch.CrawlPolicy;
import org.presswatch.ingest.fetch.HttpFetcher;

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
        MutableClock clock = new MutableClock(Instant.now());
        try (Newsroom newsroom = Newsroom.start(Corpus.load(), 0, clock.instant(), 0.3, Duration.ofMinutes(1), clock)) {
            Path config = configFor(newsroom);

            Set<String> firstRun = runUntilIndexed(config, newsroom.published().size());
            assertEquals(urlsOf(newsroom), firstRun, "the first run indexes every published article");

            clock.advance(Duration.ofMinutes(10));
            int published = newsroom.published().size();
            assertTrue(published > firstRun.size(), "more articles were published while presswatch was stopped");

            Set<String> secondRun = runUntilIndexed(config, published);
            assertTrue(secondRun.containsAll(firstRun), "nothing indexed before the restart is lost");
            assertEquals(urlsOf(newsroom), secondRun, "and what was published meanwhile is added, once");
        }
    }

    @Test
    void stoppingInTheMiddleOfTheWorkLosesNothing() throws Exception {
        MutableClock clock = new MutableClock(Instant.now());
        try (Newsroom newsroom = Newsroom.start(Corpus.load(), 0, clock.instant(), 0.5, Duration.ofMinutes(1), clock)) {
            Path config = configFor(newsroom);
            PresswatchConfig settings = new ConfigLoader().file(config).load();
            List<Source> sources = SourceRegistry.read(settings.sources().file(), settings.sources().defaultPollInterval());
            int published = newsroom.published().size();
            long atStop;
            try (PresswatchRuntime runtime = PresswatchRuntime.start(settings, sources, HttpFetcher.Settings.from(settings.crawler()),
                    CrawlPolicy.from(settings.crawler()))) {
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (runtime.indexedArticles() < 5 && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                atStop = runtime.indexedArticles();
            }
            assertTrue(atStop < published, "stopped part-way: " + atStop + " of " + published);
            assertEquals(urlsOf(newsroom), runUntilIndexed(config, published), "after the restart every article is there, once");
        }
    }

    @Test
    void flinksTemporaryFilesLiveUnderTheDataFolderAndAreClearedOnStart() throws Exception {
        MutableClock clock = new MutableClock(Instant.now());
        try (Newsroom newsroom = Newsroom.start(Corpus.load(), 0, clock.instant(), 0.1, Duration.ofMinutes(1), clock)) {
            PresswatchConfig settings = new ConfigLoader().file(configFor(newsroom)).load();
            Path tmp = settings.data().dir().resolve("flink-tmp");
            Path leftover = Files.createDirectories(tmp.resolve("blobStore-left-by-a-killed-process")).resolve("blob");
            Files.writeString(leftover, "stale");
            List<Source> sources = SourceRegistry.read(settings.sources().file(), settings.sources().defaultPollInterval());
            try (PresswatchRuntime runtime = PresswatchRuntime.start(settings, sources, HttpFetcher.Settings.from(settings.crawler()),
                    CrawlPolicy.from(settings.crawler()))) {
                assertTrue(Files.notExists(leftover), "the files of an earlier process are gone");
                try (var files = Files.list(tmp)) {
                    assertTrue(files.findAny().isPresent(), "Flink works in " + tmp);
                }
            }
        }
    }

    private Path configFor(Newsroom newsroom) throws IOException {
        return configFor(dir, newsroom, indexSettings());
    }

    /** A configuration for presswatch on the demo newsroom, under {@code dir}, with the given {@code index:} section. */
    static Path configFor(Path dir, Newsroom newsroom, String indexSettings) throws IOException {
        Path registry = dir.resolve("sources.yaml");
        Files.writeString(registry, registryOf(newsroom.sources(Duration.ofSeconds(1))));
        Path config = dir.resolve("presswatch.yaml");
        Files.writeString(config, """
                data:
                  dir: %s
                api:
                  port: 0
                sources:
                  file: %s
                crawler:
                  proxy: 127.0.0.1:%d
                  allowed-hosts: ["*.example"]
                  min-host-delay: 20ms
                pipeline:
                  checkpoint-interval: 1s
                index:
                %s""".formatted(dir.resolve("data"), registry, newsroom.address().getPort(), indexSettings));
        return config;
    }

    /** Starts presswatch as {@code serve} does, waits for the expected count, stops it; returns the indexed URLs. */
    private Set<String> runUntilIndexed(Path config, int expected) throws Exception {
        PresswatchConfig settings = new ConfigLoader().file(config).load();
        List<Source> sources = SourceRegistry.read(settings.sources().file(), settings.sources().defaultPollInterval());
        try (PresswatchRuntime runtime = PresswatchRuntime.start(settings, sources, HttpFetcher.Settings.from(settings.crawler()),
                CrawlPolicy.from(settings.crawler()))) {
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

    static Set<String> urlsOf(Newsroom newsroom) {
        return newsroom.published().stream().map(r -> r.article().url()).collect(Collectors.toSet());
    }

    private static String registryOf(List<Source> sources) {
        StringBuilder yaml = new StringBuilder("sources:\n");
        for (Source s : sources) {
            yaml.append("  - id: ").append(s.id()).append('\n')
                    .append("    name: \"").append(s.name().replace("\"", "\\\"")).append("\"\n")
                    .append("    homepage: ").append(s.homepage()).append('\n')
                    .append("    feeds: [").append(s.feeds().get(0)).append("]\n")
                    .append("    country: ").append(s.country()).append('\n')
                    .append("    languages: [").append(String.join(", ", s.languages())).append("]\n")
                    .append("    poll-interval: 1s\n");
        }
        return yaml.toString();
    }

    /** A clock the test moves forward, standing in for time passing while presswatch is stopped. */
    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
