package org.presswatch.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.presswatch.ingest.TestServer;

/**
 * The crawler's manners and safety against a real loopback server: the public-address rule
 * (SSRF), robots.txt, per-site politeness, retries and Retry-After, redirects, conditional GET.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class PoliteFetchingTest {
    private static final HttpFetcher.Settings SETTINGS = new HttpFetcher.Settings("presswatch-test/1.0", Duration.ofSeconds(2),
            Duration.ofSeconds(2), 1024 * 1024, null);
    private TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static CrawlPolicy policy(boolean robots, int retries, Duration maxRetryAfter, List<String> allowed) {
        return new CrawlPolicy("presswatch", 1, Duration.ZERO, Duration.ofSeconds(5), 16, robots, retries, Duration.ofMillis(20),
                maxRetryAfter, 5, allowed);
    }

    private HttpFetcher fetcher(boolean robots, int retries) {
        return new HttpFetcher(SETTINGS, policy(robots, retries, Duration.ofSeconds(5), List.of(server.host())));
    }

    // ---- the public-address rule ----

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1/", "http://localhost/feed", "http://10.1.2.3/", "http://172.16.0.9/", "http://192.168.1.1/",
            "http://169.254.169.254/latest/meta-data/", "http://100.64.0.1/", "http://0.0.0.0/", "http://[::1]/", "http://[fd12:3456::1]/",
            "http://[fe80::1]/", "http://[::ffff:10.0.0.1]/", "http://224.0.0.1/"})
    void nonPublicAddressesAreRefusedWithAClearError(String url) {
        HttpFetcher strict = new HttpFetcher(SETTINGS, policy(false, 0, Duration.ZERO, List.of()));
        FetchException e = assertThrows(FetchException.class, () -> strict.fetchNow(URI.create(url)));
        assertTrue(e.getMessage().contains("refused") && e.getMessage().contains("crawler.allowed-hosts"), e.getMessage());
        assertEquals(0, server.requests().size(), "nothing was sent");
    }

    @Test
    void aRedirectToAPrivateAddressIsRefusedToo() {
        server.route("/hop", TestServer.redirect(302, "http://169.254.169.254/latest/meta-data/iam"));
        FetchException e = assertThrows(FetchException.class, () -> fetcher(false, 0).fetchNow(server.uri("/hop")));
        assertTrue(e.getMessage().startsWith("http://169.254.169.254/latest/meta-data/iam: refused"), e.getMessage());
        server.route("/hop-home", TestServer.redirect(302, "http://localhost:" + server.port() + "/secret"));
        e = assertThrows(FetchException.class, () -> fetcher(false, 0).fetchNow(server.uri("/hop-home")));
        assertTrue(e.getMessage().contains("loopback"), "an allowed address does not make another name for it allowed: " + e.getMessage());
        assertEquals(0, server.hits("/secret"));
    }

    @Test
    void allowedHostsMayBeNamesOrDomainPatterns() throws Exception {
        server.route("/ok", TestServer.ok("text/plain", "fine"));
        HttpFetcher byPattern = new HttpFetcher(SETTINGS, policy(false, 0, Duration.ZERO, List.of("*.localhost", "localhost")));
        assertEquals("fine", new String(byPattern.fetchNow(URI.create("http://localhost:" + server.port() + "/ok")).body(),
                StandardCharsets.UTF_8));
    }

    @Test
    void publicAddressesPass() throws Exception {
        assertNull(AddressPolicy.nonPublic(InetAddress.getByName("8.8.8.8")));
        assertNull(AddressPolicy.nonPublic(InetAddress.getByName("203.162.4.190")));
        assertNull(AddressPolicy.nonPublic(InetAddress.getByName("2001:4860:4860::8888")));
        assertEquals("carrier-grade NAT", AddressPolicy.nonPublic(InetAddress.getByName("100.127.255.254")));
        assertEquals("private", AddressPolicy.nonPublic(InetAddress.getByName("::ffff:192.168.0.1")));
        assertEquals("private", AddressPolicy.nonPublic(InetAddress.getByName("64:ff9b::a00:1")), "NAT64 of 10.0.0.1");
    }

    // ---- robots.txt ----

    @Test
    void robotsTxtIsObeyedAndFetchedOncePerSite() throws Exception {
        server.route("/robots.txt", TestServer.ok("text/plain", "User-agent: *\nDisallow: /private\n\nUser-agent: presswatch\nDisallow: /no-bots\n"));
        server.route("/public", TestServer.ok("text/plain", "yes"));
        server.route("/private", TestServer.ok("text/plain", "no"));
        server.route("/no-bots", TestServer.ok("text/plain", "no"));
        HttpFetcher polite = fetcher(true, 0);
        assertEquals("yes", new String(polite.fetchNow(server.uri("/public")).body(), StandardCharsets.UTF_8));
        FetchException e = assertThrows(FetchException.class, () -> polite.fetchNow(server.uri("/no-bots")));
        assertTrue(e.getMessage().contains("disallowed by the site's robots.txt"), e.getMessage());
        assertThrows(FetchException.class, () -> polite.fetchNow(server.uri("/no-bots?page=2")));
        polite.fetchNow(server.uri("/public"));
        assertEquals(0, server.hits("/no-bots"), "nothing disallowed was requested");
        assertEquals(1, server.hits("/robots.txt"), "robots.txt is cached");
    }

    @Test
    void missingRobotsAllowsAndUnreachableRobotsDisallows() throws Exception {
        server.route("/page", TestServer.ok("text/plain", "page"));
        assertEquals(200, fetcher(true, 0).fetchNow(server.uri("/page")).status(), "no robots.txt (404): everything allowed");
        server.route("/robots.txt", TestServer.status(503));
        FetchException e = assertThrows(FetchException.class, () -> fetcher(true, 0).fetchNow(server.uri("/page")));
        assertTrue(e.getMessage().contains("robots.txt"), "a site whose robots.txt fails is left alone for now: " + e.getMessage());
    }

    @Test
    void crawlDelaySpacesTheRequestsToASite() throws Exception {
        List<Long> starts = new CopyOnWriteArrayList<>();
        server.route("/robots.txt", TestServer.ok("text/plain", "User-agent: *\nCrawl-delay: 1\n"));
        server.route("/a", exchange -> {
            starts.add(System.nanoTime());
            TestServer.send(exchange, 200, "text/plain", "a");
        });
        HttpFetcher polite = fetcher(true, 0);
        polite.fetchNow(server.uri("/a"));
        polite.fetchNow(server.uri("/a"));
        long gapMs = (starts.get(1) - starts.get(0)) / 1_000_000;
        assertTrue(gapMs >= 900, "Crawl-delay: 1 keeps requests a second apart, was " + gapMs + " ms");
    }

    // ---- politeness ----

    @Test
    void atMostTheAllowedNumberOfRequestsRunAtOnceOnOneSite() throws Exception {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        server.route("/slow", exchange -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            Thread.sleep(150);
            running.decrementAndGet();
            TestServer.send(exchange, 200, "text/plain", "done");
        });
        HttpFetcher polite = fetcher(false, 0);
        List<CompletableFuture<FetchedResource>> all = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            all.add(polite.fetch(server.uri("/slow")));
        }
        CompletableFuture.allOf(all.toArray(new CompletableFuture[0])).get(20, TimeUnit.SECONDS);
        assertEquals(4, server.hits("/slow"));
        assertEquals(1, most.get(), "max-per-host 1: the site never saw two requests at once");
    }

    // ---- retries ----

    @Test
    void serverErrorsAreRetriedAndASuccessAfterThemCounts() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        server.route("/flaky", exchange -> TestServer.send(exchange, calls.incrementAndGet() <= 2 ? 503 : 200, "text/plain", "ok"));
        assertEquals(200, fetcher(false, 3).fetchNow(server.uri("/flaky")).status());
        assertEquals(3, server.hits("/flaky"));
    }

    @Test
    void retriesAreBoundedAndTheLastStatusIsReported() {
        server.route("/down", TestServer.status(502));
        FetchException e = assertThrows(FetchException.class, () -> fetcher(false, 2).fetchNow(server.uri("/down")));
        assertEquals(502, e.status());
        assertEquals(3, server.hits("/down"), "one try and two retries");
        server.route("/missing", TestServer.status(404));
        assertThrows(FetchException.class, () -> fetcher(false, 2).fetchNow(server.uri("/missing")));
        assertEquals(1, server.hits("/missing"), "a 404 is not retried");
    }

    @Test
    void retryAfterIsHonouredAndAnExcessiveOneGivesUp() throws Exception {
        List<Long> starts = new CopyOnWriteArrayList<>();
        server.route("/busy", exchange -> {
            starts.add(System.nanoTime());
            if (starts.size() == 1) {
                exchange.getResponseHeaders().set("Retry-After", "1");
                TestServer.send(exchange, 429, "text/plain", "slow down");
            } else {
                TestServer.send(exchange, 200, "text/plain", "ok");
            }
        });
        assertEquals(200, fetcher(false, 2).fetchNow(server.uri("/busy")).status());
        assertTrue((starts.get(1) - starts.get(0)) / 1_000_000 >= 900, "waited as the server asked");

        server.route("/maintenance", exchange -> {
            exchange.getResponseHeaders().set("Retry-After", "3600");
            TestServer.send(exchange, 503, "text/plain", "back in an hour");
        });
        FetchException e = assertThrows(FetchException.class, () -> fetcher(false, 2).fetchNow(server.uri("/maintenance")));
        assertEquals(1, server.hits("/maintenance"), "a Retry-After past max-retry-after is not waited for");
        assertTrue(e.getMessage().contains("asks to wait 3600 s"), e.getMessage());
    }

    @Test
    void timeoutsAreRetried() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        server.route("/stall-once", exchange -> {
            if (calls.incrementAndGet() == 1) {
                Thread.sleep(3000);
            }
            TestServer.send(exchange, 200, "text/plain", "ok");
        });
        assertEquals(200, fetcher(false, 1).fetchNow(server.uri("/stall-once")).status());
        assertEquals(2, calls.get());
    }

    // ---- redirects ----

    @Test
    void redirectsAreFollowedUpToTheLimit() throws Exception {
        for (int i = 0; i < 7; i++) {
            server.route("/r" + i, TestServer.redirect(301, "/r" + (i + 1)));
        }
        server.route("/r7", TestServer.ok("text/plain", "end"));
        server.route("/start", TestServer.redirect(302, "r3"));
        FetchedResource five = fetcher(false, 0).fetchNow(server.uri("/r2"));
        assertEquals(server.uri("/r7"), five.url(), "five redirects are followed");
        assertEquals(server.uri("/r2"), five.requested());
        assertEquals(server.uri("/r7"), fetcher(false, 0).fetchNow(server.uri("/start")).url(), "relative Location resolved");
        FetchException e = assertThrows(FetchException.class, () -> fetcher(false, 0).fetchNow(server.uri("/r0")));
        assertTrue(e.getMessage().contains("more than 5 redirects"), e.getMessage());
    }

    @Test
    void aLoopThroughSeveralUrlsIsDetected() {
        server.route("/ping", TestServer.redirect(302, "/pong"));
        server.route("/pong", TestServer.redirect(302, "/ping"));
        FetchException e = assertThrows(FetchException.class, () -> fetcher(false, 0).fetchNow(server.uri("/ping")));
        assertTrue(e.getMessage().contains("redirect loop"), e.getMessage());
        assertEquals(1, server.hits("/ping"));
    }

    // ---- conditional GET ----

    @Test
    void anUnchangedResourceIsNotDownloadedAgain() throws Exception {
        byte[] feed = "<rss/>".getBytes(StandardCharsets.UTF_8);
        server.route("/feed", exchange -> {
            exchange.getResponseHeaders().set("ETag", "\"v1\"");
            exchange.getResponseHeaders().set("Last-Modified", "Wed, 25 Nov 2026 07:00:00 GMT");
            if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
            } else {
                TestServer.send(exchange, 200, "application/rss+xml", feed);
            }
        });
        HttpFetcher fetcher = fetcher(false, 0);
        FetchedResource first = fetcher.fetchNow(server.uri("/feed"));
        assertArrayEquals(feed, first.body());
        assertEquals(new Validators("\"v1\"", "Wed, 25 Nov 2026 07:00:00 GMT"), first.validators());
        FetchedResource again = fetcher.fetchNow(server.uri("/feed"), first.validators());
        assertTrue(again.notModified());
        assertEquals(0, again.body().length);
        assertEquals(first.validators(), again.validators(), "the validators stay usable");
        assertEquals("Wed, 25 Nov 2026 07:00:00 GMT", server.lastRequest("/feed").header("If-Modified-Since"));
        assertFalse(first.notModified());
    }
}
