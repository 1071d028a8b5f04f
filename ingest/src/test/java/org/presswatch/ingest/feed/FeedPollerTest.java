package org.presswatch.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.presswatch.core.model.Source;
import org.presswatch.ingest.TestServer;
import org.presswatch.ingest.PollSession;
import org.presswatch.ingest.TestPolicies;
import org.presswatch.ingest.fetch.HttpFetcher;

/** FeedPoller against a real loopback server: each test registers the site it needs. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class FeedPollerTest {
    private static final String RSS = "application/rss+xml; charset=utf-8";

    private TestServer server;
    private FeedPoller poller;

    @BeforeEach
    void start() {
        server = TestServer.start();
        poller = new FeedPoller(new HttpFetcher(new HttpFetcher.Settings("presswatch-test/0.1", Duration.ofSeconds(2),
                Duration.ofSeconds(2), 256 * 1024, null), TestPolicies.direct()));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Source source(String... feedPaths) {
        List<URI> feeds = new ArrayList<>();
        for (String p : feedPaths) {
            feeds.add(server.uri(p));
        }
        return new Source("baotest", "Báo Thử", server.uri("/"), feeds, "VN", List.of("vi"), List.of(), 2, Duration.ofMinutes(5));
    }

    /** An RSS 2.0 feed; each item is "slug|title" and links to /tin/slug.html relative to the feed. */
    private static String rss(String... items) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                + "<title>Báo Thử</title><link>/</link><description>d</description>");
        for (String item : items) {
            String[] parts = item.split("\\|");
            out.append("<item><title>").append(parts[1]).append("</title><link>/tin/").append(parts[0]).append(".html</link>")
                    .append("<guid isPermaLink=\"false\">guid-").append(parts[0]).append("</guid>")
                    .append("<description>Tóm tắt ").append(parts[1]).append("</description>")
                    .append("<pubDate>Tue, 25 Nov 2025 07:30:00 GMT</pubDate></item>");
        }
        return out.append("</channel></rss>").toString();
    }

    private static String atom(String... slugs) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
                + "<title>Atom</title><id>urn:baotest</id><updated>2025-11-25T00:00:00Z</updated>");
        for (String slug : slugs) {
            out.append("<entry><title>").append(slug).append("</title><id>urn:baotest:").append(slug).append("</id>")
                    .append("<link rel=\"alternate\" href=\"/tin/").append(slug).append(".html?utm_source=atom\"/>")
                    .append("<updated>2025-11-25T00:00:00Z</updated></entry>");
        }
        return out.append("</feed>").toString();
    }

    private static String urlset(TestServer server, String... slugs) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        for (String slug : slugs) {
            out.append("<url><loc>").append(server.uri("/tin/" + slug + ".html")).append("</loc></url>");
        }
        return out.append("</urlset>").toString();
    }

    private static String sitemapIndex(TestServer server, String... paths) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        for (String p : paths) {
            out.append("<sitemap><loc>").append(server.uri(p)).append("</loc></sitemap>");
        }
        return out.append("</sitemapindex>").toString();
    }

    private List<String> paths(FeedPoller.Result result) {
        return result.items().stream().map(i -> i.url().getPath()).toList();
    }

    // ---- one feed, several polls ----

    @Test
    void twoPollsOfTheSameFeedEmitEachItemOnce() throws Exception {
        AtomicReference<String> feed = new AtomicReference<>(rss("a|Tin A", "b|Tin B", "c|Tin C"));
        server.route("/rss.xml", exchange -> TestServer.send(exchange, 200, RSS, feed.get()));
        Source source = source("/rss.xml");
        PollSession session = new PollSession(poller, source);

        FeedPoller.Result first = session.poll();
        assertEquals(List.of("/tin/a.html", "/tin/b.html", "/tin/c.html"), paths(first), "first poll: every item, in feed order");
        assertEquals(List.of(), first.errors());

        FeedPoller.Result second = session.poll();
        assertEquals(List.of(), second.items(), "second poll of an unchanged feed: nothing new");
        assertEquals(List.of(), second.errors());

        feed.set(rss("d|Tin D", "a|Tin A", "b|Tin B", "c|Tin C"));
        FeedPoller.Result third = session.poll();
        assertEquals(List.of("/tin/d.html"), paths(third), "only the newly published item");
        assertEquals(3, server.hits("/rss.xml"), "one fetch per poll");
    }

    @Test
    void itemsCarryTheSourceTheFeedAndTheEntry() throws Exception {
        server.route("/rss.xml", TestServer.ok(RSS, rss("bao-so-13|Bão số 13 đổ bộ")));
        FeedItem item = PollSession.pollOnce(poller, source("/rss.xml")).items().get(0);
        assertEquals("baotest", item.sourceId());
        assertEquals(server.uri("/rss.xml"), item.feedUrl());
        assertEquals(server.uri("/tin/bao-so-13.html"), item.url(), "relative link resolved against the feed's URL");
        assertEquals("guid-bao-so-13", item.guid());
        assertEquals("Bão số 13 đổ bộ", item.title());
        assertEquals("Tóm tắt Bão số 13 đổ bộ", item.summary());
        assertEquals(Instant.parse("2025-11-25T07:30:00Z"), item.published());
    }

    @Test
    void anArticleListedByTwoFeedsIsEmittedOnce() throws Exception {
        server.route("/rss.xml", TestServer.ok(RSS, rss("a|Tin A", "b|Tin B")))
                .route("/atom.xml", TestServer.ok("application/atom+xml", atom("b", "c")));
        FeedPoller.Result result = PollSession.pollOnce(poller, source("/rss.xml", "/atom.xml"));
        assertEquals(List.of("/tin/a.html", "/tin/b.html", "/tin/c.html"), paths(result),
                "b is in both feeds (with another guid and a tracking parameter in Atom): once");
    }

    @Test
    void freshSeenItemsSeeEverythingAgain() throws Exception {
        server.route("/rss.xml", TestServer.ok(RSS, rss("a|Tin A", "b|Tin B")));
        PollSession.pollOnce(poller, source("/rss.xml"));
        assertEquals(2, PollSession.pollOnce(poller, source("/rss.xml")).items().size(), "state lives in FeedState, not the poller");
    }

    @Test
    void relativeLinksResolveAgainstTheUrlAfterRedirects() throws Exception {
        server.route("/rss", TestServer.redirect(301, "/feeds/v2/rss.xml"))
                .route("/feeds/v2/rss.xml", TestServer.ok(RSS, rss("x|Tin X").replace("<link>/tin/", "<link>tin/")));
        FeedPoller.Result result = PollSession.pollOnce(poller, source("/rss"));
        assertEquals(List.of("/feeds/v2/tin/x.html"), paths(result), "the feed's own location is the base, not the listed URL");
    }

    // ---- discovery ----

    @Test
    void sourceWithoutFeedsDiscoversThemFromTheHomePage() throws Exception {
        server.route("/", TestServer.ok("text/html; charset=utf-8", """
                        <!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Báo Thử</title>
                        <link rel="alternate" type="application/rss+xml" title="Tin mới" href="/feeds/tin-moi.rss">
                        <link rel="alternate" type="application/atom+xml" href="atom.xml">
                        <link rel="alternate" hreflang="en" href="/en/">
                        <link rel="alternate" type="text/html" media="only screen and (max-width: 640px)" href="/m/">
                        <link rel="stylesheet" type="text/css" href="/site.css">
                        </head><body><h1>Trang chủ</h1></body></html>
                        """))
                .route("/feeds/tin-moi.rss", TestServer.ok(RSS, rss("a|Tin A")))
                .route("/atom.xml", TestServer.ok("application/atom+xml", atom("b")));
        FeedPoller.Result result = PollSession.pollOnce(poller, source());
        assertEquals(List.of(), result.errors());
        assertEquals(List.of("/tin/a.html", "/tin/b.html"), paths(result), "items of both advertised feeds");
        assertEquals(server.uri("/feeds/tin-moi.rss"), result.items().get(0).feedUrl(), "the discovered feed is the item's feed");
        assertEquals(0, server.hits("/en/"), "a language alternate is not a feed");
        assertEquals(0, server.hits("/m/"), "a mobile alternate is not a feed");
    }

    @Test
    void homePageWithoutFeedLinksIsAnError() throws Exception {
        server.route("/", TestServer.ok("text/html", "<html><head><title>x</title></head><body>no feeds</body></html>"));
        FeedPoller.Result result = PollSession.pollOnce(poller, source());
        assertEquals(List.of(), result.items());
        assertEquals(1, result.errors().size(), "one error: " + result.errors());
        assertTrue(result.errors().get(0).contains(server.uri("/").toString()), "names the home page: " + result.errors());
    }

    @Test
    void unreachableHomePageIsAnErrorNotAnException() throws Exception {
        server.route("/", TestServer.status(500));
        FeedPoller.Result result = PollSession.pollOnce(poller, source());
        assertEquals(List.of(), result.items());
        assertEquals(1, result.errors().size(), "one error: " + result.errors());
        assertTrue(result.errors().get(0).contains("500"), "says what went wrong: " + result.errors());
    }

    // ---- failures ----

    @Test
    void brokenFeedsAreReportedWhileAnotherFeedStillYields() throws Exception {
        server.route("/gone.rss", TestServer.status(404))
                .route("/html.rss", TestServer.ok("text/html", "<!DOCTYPE html><html><body><p>Không phải RSS</p></body></html>"))
                .route("/good.rss", TestServer.ok(RSS, rss("a|Tin A", "b|Tin B")));
        FeedPoller.Result result = PollSession.pollOnce(poller, source("/gone.rss", "/html.rss", "/good.rss"));
        assertEquals(List.of("/tin/a.html", "/tin/b.html"), paths(result), "the good feed still counts");
        assertEquals(2, result.errors().size(), "one error per broken feed: " + result.errors());
        assertTrue(result.errors().get(0).contains(server.uri("/gone.rss").toString()) && result.errors().get(0).contains("404"),
                "the 404 names its URL and status: " + result.errors().get(0));
        assertTrue(result.errors().get(1).contains(server.uri("/html.rss").toString()), "the HTML page names its URL: " + result.errors().get(1));
    }

    @Test
    void unreachableFeedIsAnErrorNotAnException() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        Source source = new Source("baotest", "Báo Thử", server.uri("/"),
                List.of(URI.create("http://127.0.0.1:" + closedPort + "/rss.xml")), "VN", List.of("vi"), List.of(), 2, Duration.ofMinutes(5));
        FeedPoller.Result result = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> PollSession.pollOnce(poller, source));
        assertEquals(List.of(), result.items());
        assertEquals(1, result.errors().size(), "one error: " + result.errors());
    }

    @Test
    void failedFeedItemsAreNotMarkedSeen() throws Exception {
        AtomicReference<Integer> status = new AtomicReference<>(503);
        server.route("/rss.xml", exchange -> {
            if (status.get() != 200) {
                TestServer.send(exchange, status.get(), "text/plain", "down");
            } else {
                TestServer.send(exchange, 200, RSS, rss("a|Tin A"));
            }
        });
        PollSession session = new PollSession(poller, source("/rss.xml"));
        assertEquals(1, session.poll().errors().size());
        assertEquals(1, session.state().consecutiveFailures());
        status.set(200);
        assertEquals(List.of("/tin/a.html"), paths(session.poll()), "items come once the feed recovers");
        assertEquals(0, session.state().consecutiveFailures());
    }

    // ---- sitemaps ----

    @Test
    void sitemapIndexIsFollowedOneLevel() throws Exception {
        server.route("/sitemap.xml", exchange -> TestServer.send(exchange, 200, "application/xml",
                        sitemapIndex(server, "/sitemaps/news-1.xml", "/sitemaps/news-2.xml", "/sitemaps/nested-index.xml")))
                .route("/sitemaps/news-1.xml", exchange -> TestServer.send(exchange, 200, "application/xml", urlset(server, "a", "b")))
                .route("/sitemaps/news-2.xml", exchange -> TestServer.send(exchange, 200, "application/xml", urlset(server, "c")))
                .route("/sitemaps/nested-index.xml", exchange -> TestServer.send(exchange, 200, "application/xml",
                        sitemapIndex(server, "/sitemaps/grandchild.xml")))
                .route("/sitemaps/grandchild.xml", exchange -> TestServer.send(exchange, 200, "application/xml", urlset(server, "deep")));
        FeedPoller.Result result = PollSession.pollOnce(poller, source("/sitemap.xml"));
        assertEquals(List.of(), result.errors());
        assertEquals(List.of("/tin/a.html", "/tin/b.html", "/tin/c.html"), paths(result), "entries of both child sitemaps, in order");
        assertEquals(server.uri("/sitemap.xml"), result.items().get(0).feedUrl(), "items belong to the source's listed feed");
        assertEquals(1, server.hits("/sitemaps/nested-index.xml"), "a child index is read");
        assertEquals(0, server.hits("/sitemaps/grandchild.xml"), "but not followed: one level only");
    }

    @Test
    void atMostFiveChildSitemapsAreFetched() throws Exception {
        String[] children = new String[7];
        for (int i = 0; i < children.length; i++) {
            String path = "/sitemaps/part-" + i + ".xml";
            children[i] = path;
            String slug = "p" + i;
            server.route(path, exchange -> TestServer.send(exchange, 200, "application/xml", urlset(server, slug)));
        }
        server.route("/sitemap.xml", exchange -> TestServer.send(exchange, 200, "application/xml", sitemapIndex(server, children)));
        FeedPoller.Result result = PollSession.pollOnce(poller, source("/sitemap.xml"));
        assertEquals(List.of("/tin/p0.html", "/tin/p1.html", "/tin/p2.html", "/tin/p3.html", "/tin/p4.html"), paths(result));
        assertEquals(0, server.hits("/sitemaps/part-5.xml") + server.hits("/sitemaps/part-6.xml"), "children past the fifth are not fetched");
    }

    @Test
    void brokenChildSitemapDoesNotLoseTheOthers() throws Exception {
        server.route("/sitemap.xml", exchange -> TestServer.send(exchange, 200, "application/xml",
                        sitemapIndex(server, "/sitemaps/ok.xml", "/sitemaps/missing.xml")))
                .route("/sitemaps/ok.xml", exchange -> TestServer.send(exchange, 200, "application/xml", urlset(server, "a")));
        FeedPoller.Result result = PollSession.pollOnce(poller, source("/sitemap.xml"));
        assertEquals(List.of("/tin/a.html"), paths(result), "the healthy child's entries");
        assertEquals(1, result.errors().size(), "the missing child is reported: " + result.errors());
    }
}
