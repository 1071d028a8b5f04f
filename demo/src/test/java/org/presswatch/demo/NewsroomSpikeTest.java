package org.presswatch.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.presswatch.demo.NewsroomTest.EPOCH;
import static org.presswatch.demo.NewsroomTest.INTERVAL;
import static org.presswatch.demo.NewsroomTest.SHARE;

import java.io.IOException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.presswatch.core.testing.ManualClock;
import org.presswatch.demo.corpus.Corpus;
import org.presswatch.demo.corpus.CorpusArticle;
import org.presswatch.demo.corpus.ReleaseSchedule;

/**
 * The newsroom of {@link NewsroomTest} started with a spike: the spike pack comes out at its
 * time, through the feeds and pages.
 */
@Timeout(60)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NewsroomSpikeTest {
    private static final Duration SPIKE_AFTER = Duration.ofMinutes(95);
    private static final Instant SPIKE = EPOCH.plus(SPIKE_AFTER);
    private static final Instant SPIKE_END = SPIKE.plus(ReleaseSchedule.SPIKE_INTERVAL.multipliedBy(7));

    private Corpus corpus;
    private ManualClock clock;
    private Newsroom newsroom;
    private HttpClient client;

    @BeforeAll
    void start() throws IOException {
        corpus = Corpus.load();
        clock = new ManualClock(EPOCH);
        newsroom = Newsroom.start(corpus, 0, EPOCH, SHARE, INTERVAL, SPIKE_AFTER, clock);
        client = HttpClient.newBuilder().proxy(ProxySelector.of(newsroom.address())).version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    @AfterAll
    void stop() {
        if (newsroom != null) {
            newsroom.close();
        }
    }

    private HttpResponse<String> get(String url) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return fail("GET " + url + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted", e);
        }
    }

    @Test
    void aNewsroomWithoutASpikeHasTheScheduleOfBefore() throws IOException {
        List<ReleaseSchedule.Release> before = new ReleaseSchedule(corpus.articles(), EPOCH, SHARE, INTERVAL).all();
        Clock fixed = Clock.fixed(EPOCH, ZoneOffset.UTC);
        try (Newsroom plain = Newsroom.start(corpus, 0, EPOCH, SHARE, INTERVAL, fixed);
             Newsroom none = Newsroom.start(corpus, 0, EPOCH, SHARE, INTERVAL, null, fixed)) {
            assertEquals(before, plain.schedule().all(), "a newsroom started as before publishes as before");
            assertEquals(before, none.schedule().all(), "a newsroom without a spike time publishes no spike");
        }
    }

    @Test
    void theSpikeIsPartOfTheSchedule() {
        List<CorpusArticle> released = newsroom.schedule().all().stream().filter(r -> !r.at().isBefore(SPIKE) && !r.at().isAfter(SPIKE_END))
                .map(ReleaseSchedule.Release::article).toList();
        assertEquals(corpus.spike(), released, "the spike's two minutes should hold the spike pack, in order, and nothing else");
        clock.set(SPIKE_END);
        assertEquals(newsroom.schedule().publishedAt(SPIKE_END), newsroom.published(), "published() follows the clock");
        List<CorpusArticle> newestFirst = new ArrayList<>(corpus.spike());
        Collections.reverse(newestFirst);
        assertEquals(newestFirst, newsroom.published().subList(0, newestFirst.size()).stream().map(ReleaseSchedule.Release::article).toList(),
                "once out, the spike articles are the newest");
    }

    @Test
    void theSpikeArticlesAreServedOnlyOnceReleased() {
        clock.set(SPIKE.minusSeconds(1));
        for (CorpusArticle a : corpus.spike()) {
            assertEquals(404, get(a.url()).statusCode(), a.url() + " must not be served before the spike");
            assertFalse(get(a.outlet().feedUrl()).body().contains(a.url()), a.url() + " must not be in the feed before the spike");
            assertFalse(get(a.outlet().homepage()).body().contains(a.path()), a.url() + " must not be on the home page before the spike");
        }
        clock.set(SPIKE_END);
        for (CorpusArticle a : corpus.spike()) {
            HttpResponse<String> page = get(a.url());
            assertEquals(200, page.statusCode(), "GET " + a.url() + " once the spike is out");
            PageAssertions.assertArticlePage(page.body(), a);
            assertTrue(get(a.outlet().feedUrl()).body().contains(a.url()), a.url() + " should be in its outlet's feed");
            assertTrue(get(a.outlet().homepage()).body().contains("href=\"" + a.path() + "\""), a.url() + " should be on the home page");
            assertTrue(get("http://" + a.outlet().domain() + "/" + a.section() + "/").body().contains(a.path()),
                    a.url() + " should be on its section page");
        }
    }

    @Test
    void theSpikeComesOutOneArticleEveryFifteenSeconds() {
        for (int i = 0; i < corpus.spike().size(); i++) {
            CorpusArticle a = corpus.spike().get(i);
            Instant at = SPIKE.plus(ReleaseSchedule.SPIKE_INTERVAL.multipliedBy(i));
            clock.set(at.minusMillis(1));
            assertEquals(404, get(a.url()).statusCode(), a.url() + " a millisecond before its release");
            clock.set(at);
            assertEquals(200, get(a.url()).statusCode(), a.url() + " at its release");
        }
    }
}
