package org.presswatch.ingest;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.presswatch.core.model.Source;
import org.presswatch.demo.Newsroom;
import org.presswatch.demo.corpus.Corpus;
import org.presswatch.demo.corpus.CorpusArticle;
import org.presswatch.demo.corpus.ReleaseSchedule.Release;
import org.presswatch.ingest.extract.ArticleExtractor;
import org.presswatch.ingest.extract.ExtractedArticle;
import org.presswatch.ingest.feed.FeedItem;
import org.presswatch.ingest.feed.FeedPoller;
import org.presswatch.ingest.fetch.FetchException;
import org.presswatch.ingest.fetch.FetchedResource;
import org.presswatch.ingest.fetch.HttpFetcher;

/**
 * The whole of ingest against the demo newsroom, a real HTTP server reached as a proxy with one
 * virtual host per outlet: every outlet's feed (RSS 2.0, Atom or Google News sitemap) is polled,
 * and article pages fetched over HTTP extract to the corpus text.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DemoNewsroomIngestTest {
    private static final Instant EPOCH = Instant.parse("2025-11-25T03:00:00Z");

    private static Newsroom newsroom;
    private static HttpFetcher fetcher;

    /** Every article released after the epoch, one a minute, and the clock past the last one: all are published. */
    @BeforeAll
    static void start() throws Exception {
        newsroom = Newsroom.start(Corpus.load(), 0, EPOCH, 0.0, Duration.ofMinutes(1),
                Clock.fixed(EPOCH.plus(Duration.ofHours(5)), ZoneOffset.UTC));
        fetcher = fetcherFor(newsroom);
    }

    private static HttpFetcher fetcherFor(Newsroom room) {
        return new HttpFetcher(new HttpFetcher.Settings("presswatch-test/0.1", Duration.ofSeconds(2), Duration.ofSeconds(5),
                2 * 1024 * 1024, null).withProxy(room.address()), TestPolicies.direct());
    }

    @AfterAll
    static void stop() {
        if (newsroom != null) {
            newsroom.close();
        }
    }

    @Test
    void everyOutletsFeedListsItsPublishedArticlesOnce() throws Exception {
        assertEquals(newsroom.schedule().all().size(), newsroom.published().size(), "the whole corpus is published");
        pollEveryOutlet(newsroom, fetcher);
    }

    private static void pollEveryOutlet(Newsroom room, HttpFetcher roomFetcher) throws Exception {
        FeedPoller poller = new FeedPoller(roomFetcher);
        Map<String, List<Release>> published = new HashMap<>();
        for (Release r : room.published()) {
            published.computeIfAbsent(r.article().outlet().id(), k -> new ArrayList<>()).add(r);
        }
        List<Source> sources = room.sources(Duration.ofMinutes(5));
        assertEquals(room.outlets().size(), sources.size());
        for (Source source : sources) {
            PollSession session = new PollSession(poller, source);
            FeedPoller.Result result = session.poll();
            List<Release> expected = published.get(source.id()).subList(0, Math.min(40, published.get(source.id()).size()));
            assertEquals(List.of(), result.errors(), source.id() + " polled without errors");
            assertEquals(expected.stream().map(r -> URI.create(r.article().url())).toList(),
                    result.items().stream().map(FeedItem::url).toList(), source.id() + ": the feed's articles, newest first");
            for (int i = 0; i < expected.size(); i++) {
                FeedItem item = result.items().get(i);
                Release release = expected.get(i);
                assertEquals(release.at().truncatedTo(ChronoUnit.SECONDS), item.published().truncatedTo(ChronoUnit.SECONDS),
                        source.id() + " (" + source.feeds() + "): publication time of " + item.url());
                assertEquals(release.article().title(), item.title(), source.id() + ": title of " + item.url());
                assertEquals(source.id(), item.sourceId());
            }
            assertEquals(List.of(), session.poll().items(), source.id() + ": a second poll finds nothing new");
        }
    }

    /** One article per outlet, fetched concurrently; DemoPagesExtractionTest covers every article without HTTP. */
    @Test
    void articlePagesFetchedOverHttpExtractToTheCorpusText() throws Exception {
        ArticleExtractor extractor = new ArticleExtractor();
        Map<String, Release> onePerOutlet = new LinkedHashMap<>();
        for (Release r : newsroom.published()) {
            onePerOutlet.putIfAbsent(r.article().outlet().id(), r);
        }
        Map<Release, CompletableFuture<FetchedResource>> pages = new LinkedHashMap<>();
        onePerOutlet.values().forEach(r -> pages.put(r, fetcher.fetch(URI.create(r.article().url()))));
        for (Map.Entry<Release, CompletableFuture<FetchedResource>> e : pages.entrySet()) {
            Release r = e.getKey();
            CorpusArticle a = r.article();
            FetchedResource page = e.getValue().get(20, TimeUnit.SECONDS);
            ExtractedArticle x = extractor.extract(page.body(), page.contentType(), page.url());
            assertAll(a.outlet().id() + "/" + a.slug() + " (" + a.outlet().template() + ")",
                    () -> assertEquals(Normalizer.normalize(a.title(), Normalizer.Form.NFC), x.title(), "title"),
                    () -> assertEquals(Normalizer.normalize(a.text().replace("\n\n## ", "\n\n"), Normalizer.Form.NFC), x.text(),
                            "text: lead and body, subheadings without their marker"),
                    () -> assertEquals(URI.create(a.url()), x.canonicalUrl(), "canonical URL"),
                    () -> assertEquals(r.at(), x.published(), "published"));
        }
        assertEquals(newsroom.outlets().size(), pages.size(), "one page per outlet");
    }

    @Test
    void unpublishedArticleIsA404() throws Exception {
        Instant now = EPOCH.plusSeconds(90);
        try (Newsroom early = Newsroom.start(Corpus.load(), 0, EPOCH, 0.0, Duration.ofMinutes(1), Clock.fixed(now, ZoneOffset.UTC))) {
            Release future = early.schedule().all().stream().filter(r -> r.at().isAfter(now)).findFirst().orElseThrow();
            URI missing = URI.create(future.article().url());
            FetchException e = assertThrows(FetchException.class, () -> fetcherFor(early).fetchNow(missing));
            assertEquals(404, e.status(), "an article not yet released is not served");
            assertEquals(missing, e.url());
        }
    }
}
