package org.presswatch.ingest.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presswatch.core.model.Source;
import org.presswatch.demo.Newsroom;
import org.presswatch.demo.Traffic;
import org.presswatch.demo.corpus.Corpus;
import org.presswatch.ingest.TestPolicies;
import org.presswatch.ingest.feed.FeedPoller;
import org.presswatch.ingest.fetch.HttpFetcher;

/**
 * A crawler stopped and started again on the same state directory downloads nothing that did not
 * change: its feeds answer 304 to the saved validators, and the items it had taken are not taken
 * again; what was published meanwhile is.
 */
class CrawlRestartTest {
    private static final Instant EPOCH = Instant.parse("2026-11-20T00:00:00Z");

    @TempDir
    Path dir;

    @Test
    void aRestartedCrawlerReDownloadsNothingUnchanged() throws Exception {
        Clock clock = Clock.fixed(EPOCH, ZoneOffset.UTC);
        try (Newsroom newsroom = Newsroom.start(Corpus.load(), 0, EPOCH, 0.5, Duration.ofMinutes(10), clock)) {
            List<Source> sources = newsroom.sources(Duration.ofMinutes(5));
            FeedStateStore store = new FeedStateStore(dir.resolve("crawl-state"));

            int firstItems = crawlOnce(newsroom, sources, store);
            assertEquals(newsroom.published().size(), firstItems, "the first run takes every published item");
            long feedsDownloaded = newsroom.traffic().downloads(Traffic.Kind.FEED);
            assertEquals(sources.size(), feedsDownloaded);

            int secondItems = crawlOnce(newsroom, sources, store);
            assertEquals(0, secondItems, "after a restart, nothing is taken twice");
            assertEquals(feedsDownloaded, newsroom.traffic().downloads(Traffic.Kind.FEED), "no feed was downloaded again");
            assertEquals(sources.size(), newsroom.traffic().notModified(Traffic.Kind.FEED), "every feed answered 304 Not Modified");
            for (Source s : sources) {
                FeedState state = store.load(s.id()).orElseThrow();
                assertTrue(state.lastError() == null && state.consecutiveFailures() == 0, s.id() + " is healthy: " + state.lastError());
                assertTrue(state.nextPoll().isAfter(state.lastPoll()), s.id() + " has its next poll scheduled");
            }
        }
    }

    /** A fresh fetcher and poller (a new process), with the state of the last run. */
    private static int crawlOnce(Newsroom newsroom, List<Source> sources, FeedStateStore store) throws Exception {
        FeedPoller poller = new FeedPoller(new HttpFetcher(new HttpFetcher.Settings("presswatch-test/1.0", Duration.ofSeconds(2),
                Duration.ofSeconds(5), 2 * 1024 * 1024, newsroom.address()), TestPolicies.direct()));
        int items = 0;
        for (Source source : sources) {
            FeedState state = store.load(source.id()).orElse(FeedState.initial(source, Instant.now()));
            FeedPoller.Result result = poller.poll(source, state, Instant.now());
            assertEquals(List.of(), result.errors(), source.id());
            store.save(result.state());
            items += result.items().size();
        }
        return items;
    }
}
