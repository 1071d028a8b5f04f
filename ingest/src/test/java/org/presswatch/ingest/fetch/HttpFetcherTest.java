package org.presswatch.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.DeflaterOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.presswatch.core.Version;
import org.presswatch.core.config.ConfigLoader;
import org.presswatch.core.config.PresswatchConfig;
import org.presswatch.ingest.TestPolicies;
import org.presswatch.ingest.TestServer;

/**
 * HttpFetcher against a real loopback server whose routes misbehave in the ways the web does:
 * error statuses, redirects and redirect loops, compressed and over-compressed bodies, endless
 * bodies, slow answers, truncated answers. Limits are small so every case is quick.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class HttpFetcherTest {
    private static final String USER_AGENT = "presswatch-test/0.1 (+http://presswatch.example/bot)";
    private static final int LIMIT = 64 * 1024;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(1);
    private static final String PAGE = "<!DOCTYPE html><html lang=\"vi\"><head><title>Trang thử</title></head>"
            + "<body><p>Xin chào Đà Nẵng</p></body></html>";
    /** The huge route stops by itself after this much, so that a client that never cancels is noticed, not hung. */
    private static final long HUGE_TOTAL = 256L * 1024 * 1024;

    private static TestServer server;
    private static HttpFetcher fetcher;
    /** Released when the tests are over, so that routes that wait never outlive them. */
    private static final CountDownLatch RELEASE = new CountDownLatch(1);
    private static final AtomicLong hugeBytesWritten = new AtomicLong();
    private static volatile CountDownLatch hugeDone = new CountDownLatch(1);

    @BeforeAll
    static void startServer() {
        byte[] zeros = new byte[16 * 1024 * 1024];
        byte[] bomb = TestServer.gzip(zeros);
        byte[] exactlyLimit = filled(LIMIT, 'a');
        byte[] overLimit = filled(LIMIT + 1, 'a');
        server = TestServer.start()
                .route("/ok", TestServer.ok("text/html; charset=utf-8", PAGE))
                .route("/no-content-type", exchange -> {
                    exchange.sendResponseHeaders(200, 2);
                    exchange.getResponseBody().write("hi".getBytes(StandardCharsets.US_ASCII));
                })
                .route("/no-content", exchange -> exchange.sendResponseHeaders(204, -1))
                .route("/wrong-charset", TestServer.ok("text/html; charset=iso-8859-1", PAGE.getBytes(StandardCharsets.UTF_8)))
                .route("/not-found", TestServer.status(404))
                .route("/gone", TestServer.status(410))
                .route("/server-error", exchange -> {
                    exchange.getResponseHeaders().set("Retry-After", "120");
                    TestServer.send(exchange, 503, "text/html", "<h1>Service Unavailable</h1>");
                })
                .route("/not-modified", exchange -> exchange.sendResponseHeaders(304, -1))
                .route("/redirect", TestServer.redirect(302, "/ok"))
                .route("/redirect-chain", TestServer.redirect(301, "/redirect"))
                .route("/redirect-loop", TestServer.redirect(302, "/redirect-loop"))
                .route("/redirect-to-404", TestServer.redirect(301, "/not-found"))
                .route("/gzip", exchange -> {
                    exchange.getResponseHeaders().set("Content-Encoding", "gzip");
                    TestServer.send(exchange, 200, "text/html; charset=utf-8", TestServer.gzip(PAGE.getBytes(StandardCharsets.UTF_8)));
                })
                .route("/deflate", exchange -> {
                    exchange.getResponseHeaders().set("Content-Encoding", "deflate");
                    TestServer.send(exchange, 200, "text/html; charset=utf-8", deflate(PAGE.getBytes(StandardCharsets.UTF_8)));
                })
                .route("/gzip-bomb", exchange -> {
                    exchange.getResponseHeaders().set("Content-Encoding", "gzip");
                    TestServer.send(exchange, 200, "text/html", bomb);
                })
                .route("/gzip-exactly-limit", exchange -> {
                    exchange.getResponseHeaders().set("Content-Encoding", "gzip");
                    TestServer.send(exchange, 200, "text/plain", TestServer.gzip(exactlyLimit));
                })
                .route("/gzip-one-over-limit", exchange -> {
                    exchange.getResponseHeaders().set("Content-Encoding", "gzip");
                    TestServer.send(exchange, 200, "text/plain", TestServer.gzip(overLimit));
                })
                .route("/gzip-corrupt", exchange -> {
                    exchange.getResponseHeaders().set("Content-Encoding", "gzip");
                    TestServer.send(exchange, 200, "text/html", PAGE);
                })
                .route("/brotli", exchange -> {
                    exchange.getResponseHeaders().set("Content-Encoding", "br");
                    TestServer.send(exchange, 200, "text/html", new byte[] {1, 2, 3, 4});
                })
                .route("/exactly-limit", TestServer.ok("text/plain", exactlyLimit))
                .route("/one-over-limit", TestServer.ok("text/plain", overLimit))
                .route("/huge", exchange -> {
                    // chunked, far more than the limit; counts what it managed to send
                    exchange.getResponseHeaders().set("Content-Type", "text/html");
                    exchange.sendResponseHeaders(200, 0);
                    byte[] chunk = filled(16 * 1024, 'x');
                    try (OutputStream out = exchange.getResponseBody()) {
                        while (hugeBytesWritten.get() < HUGE_TOTAL) {
                            out.write(chunk);
                            hugeBytesWritten.addAndGet(chunk.length);
                        }
                    } finally {
                        hugeDone.countDown();
                    }
                })
                .route("/huge-declared", exchange -> {
                    // announces its size honestly: larger than the limit
                    exchange.sendResponseHeaders(200, 8L * LIMIT);
                    OutputStream out = exchange.getResponseBody();
                    for (int i = 0; i < 8; i++) {
                        out.write(filled(LIMIT, 'y'));
                    }
                })
                .route("/slow", exchange -> {
                    RELEASE.await(10, TimeUnit.SECONDS);
                    TestServer.send(exchange, 200, "text/html", PAGE);
                })
                .route("/stalled-body", exchange -> {
                    // headers at once, then part of the body, then nothing
                    exchange.sendResponseHeaders(200, 1000);
                    exchange.getResponseBody().write(filled(10, 'z'));
                    exchange.getResponseBody().flush();
                    RELEASE.await(10, TimeUnit.SECONDS);
                })
                .route("/truncated", exchange -> {
                    exchange.getResponseHeaders().set("Content-Type", "text/html");
                    exchange.sendResponseHeaders(200, 1000);
                    exchange.getResponseBody().write(filled(100, 't'));
                    exchange.getResponseBody().flush();
                    throw new IOException("closing the connection 900 bytes early");
                });
        fetcher = new HttpFetcher(new HttpFetcher.Settings(USER_AGENT, Duration.ofSeconds(2), REQUEST_TIMEOUT, LIMIT, null), TestPolicies.direct());
    }

    @AfterAll
    static void stopServer() {
        RELEASE.countDown();
        server.close();
    }

    // ---- success ----

    @Test
    void okReturnsBodyStatusContentTypeAndUrls() throws Exception {
        Instant before = Instant.now();
        FetchedResource r = fetcher.fetchNow(server.uri("/ok"));
        assertEquals(200, r.status(), "status");
        assertEquals(PAGE, new String(r.body(), StandardCharsets.UTF_8), "body bytes must arrive unchanged");
        assertEquals("text/html; charset=utf-8", r.contentType(), "Content-Type header as sent");
        assertEquals(StandardCharsets.UTF_8, r.declaredCharset().orElseThrow(), "charset declared by the header");
        assertEquals(server.uri("/ok"), r.requested(), "requested URL");
        assertEquals(server.uri("/ok"), r.url(), "final URL without redirects is the requested one");
        assertFalse(r.fetchedAt().isBefore(before), "fetchedAt is the time of this fetch, was " + r.fetchedAt());
    }

    @Test
    void sendsUserAgentAcceptAndAcceptEncoding() throws Exception {
        fetcher.fetchNow(server.uri("/ok"));
        TestServer.Request request = server.lastRequest("/ok");
        assertEquals("GET", request.method(), "method");
        assertEquals(USER_AGENT, request.header("User-Agent"), "the configured User-Agent must reach the server verbatim");
        assertTrue(request.header("Accept-Encoding").contains("gzip"), "gzip is offered: " + request.header("Accept-Encoding"));
        assertTrue(request.header("Accept").contains("application/rss+xml"), "feeds are accepted: " + request.header("Accept"));
    }

    @Test
    void missingContentTypeIsNull() throws Exception {
        FetchedResource r = fetcher.fetchNow(server.uri("/no-content-type"));
        assertNull(r.contentType(), "no Content-Type header means null, not a guess");
        assertTrue(r.declaredCharset().isEmpty(), "no declared charset");
        assertEquals("hi", new String(r.body(), StandardCharsets.US_ASCII));
    }

    @Test
    void bodyBytesAreNeverTranscoded() throws Exception {
        FetchedResource r = fetcher.fetchNow(server.uri("/wrong-charset"));
        assertArrayEquals(PAGE.getBytes(StandardCharsets.UTF_8), r.body(), "the bytes as sent; decoding is the parsers' business");
        assertEquals(StandardCharsets.ISO_8859_1, r.declaredCharset().orElseThrow(), "what the server claimed, even when wrong");
    }

    @Test
    void noContentIsAnEmptyBody() throws Exception {
        FetchedResource r = fetcher.fetchNow(server.uri("/no-content"));
        assertEquals(204, r.status(), "204 is a success");
        assertEquals(0, r.body().length, "empty body");
    }

    @Test
    void asyncFetchCompletesWithTheResource() throws Exception {
        CompletableFuture<FetchedResource> future = fetcher.fetch(server.uri("/ok"));
        FetchedResource r = future.get(10, TimeUnit.SECONDS);
        assertEquals(PAGE, new String(r.body(), StandardCharsets.UTF_8));
    }

    @Test
    void manyConcurrentFetchesShareOneFetcher() throws Exception {
        List<CompletableFuture<FetchedResource>> futures = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            futures.add(fetcher.fetch(server.uri(i % 2 == 0 ? "/ok" : "/gzip")));
        }
        for (CompletableFuture<FetchedResource> f : futures) {
            assertEquals(PAGE, new String(f.get(10, TimeUnit.SECONDS).body(), StandardCharsets.UTF_8), "every concurrent fetch gets the page");
        }
    }

    // ---- error statuses ----

    @Test
    void notFoundIsFetchExceptionWithStatus404() {
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetchNow(server.uri("/not-found")));
        assertEquals(404, e.status(), "status carried by the exception");
        assertEquals(server.uri("/not-found"), e.url(), "URL carried by the exception");
        assertTrue(e.getMessage().contains(server.uri("/not-found").toString()), "message names the URL: " + e.getMessage());
        assertTrue(e.getMessage().contains("404"), "message names the status: " + e.getMessage());
    }

    @Test
    void serverErrorIsFetchExceptionWithStatus503() {
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetchNow(server.uri("/server-error")));
        assertEquals(503, e.status());
    }

    @Test
    void goneAndNotModifiedAreNotSuccesses() {
        assertEquals(410, assertThrows(FetchException.class, () -> fetcher.fetchNow(server.uri("/gone"))).status());
        assertEquals(304, assertThrows(FetchException.class, () -> fetcher.fetchNow(server.uri("/not-modified"))).status(),
                "a 304 to an unconditional GET is not a body to parse");
    }

    @Test
    void asyncFailureIsFetchExceptionInsideExecutionException() {
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> fetcher.fetch(server.uri("/not-found")).get(10, TimeUnit.SECONDS));
        FetchException cause = assertInstanceOf(FetchException.class, e.getCause(), "the future fails with a FetchException");
        assertEquals(404, cause.status());
    }

    // ---- redirects ----

    @Test
    void redirectIsFollowedAndFinalUrlReported() throws Exception {
        FetchedResource r = fetcher.fetchNow(server.uri("/redirect"));
        assertEquals(server.uri("/redirect"), r.requested(), "requested URL is kept");
        assertEquals(server.uri("/ok"), r.url(), "final URL after the redirect");
        assertEquals(PAGE, new String(r.body(), StandardCharsets.UTF_8));
    }

    @Test
    void redirectChainIsFollowed() throws Exception {
        FetchedResource r = fetcher.fetchNow(server.uri("/redirect-chain"));
        assertEquals(server.uri("/ok"), r.url(), "301 then 302 end at /ok");
    }

    @Test
    void redirectLoopFailsInsteadOfSpinning() {
        int before = server.hits("/redirect-loop");
        FetchException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(FetchException.class, () -> fetcher.fetchNow(server.uri("/redirect-loop"))));
        assertEquals(server.uri("/redirect-loop"), e.url());
        int requests = server.hits("/redirect-loop") - before;
        assertTrue(requests >= 1 && requests <= 10, "a loop is given up at the first URL seen twice, took " + requests);
    }

    @Test
    void redirectToAMissingPageReportsTheStatus() {
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetchNow(server.uri("/redirect-to-404")));
        assertEquals(404, e.status());
    }

    // ---- content encodings and size limits ----

    @Test
    void gzipBodyIsDecoded() throws Exception {
        FetchedResource r = fetcher.fetchNow(server.uri("/gzip"));
        assertEquals(PAGE, new String(r.body(), StandardCharsets.UTF_8), "gzip must be decoded transparently");
    }

    @Test
    void deflateBodyIsDecoded() throws Exception {
        FetchedResource r = fetcher.fetchNow(server.uri("/deflate"));
        assertEquals(PAGE, new String(r.body(), StandardCharsets.UTF_8), "zlib deflate must be decoded transparently");
    }

    @Test
    void gzipBombIsRefusedAtTheLimit() {
        FetchException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(FetchException.class, () -> fetcher.fetchNow(server.uri("/gzip-bomb"))));
        assertTrue(e.getMessage().contains(String.valueOf(LIMIT)), "message names the limit: " + e.getMessage());
        assertTrue(e.getMessage().contains("decompression"), "message says the decompressed body was too large: " + e.getMessage());
    }

    @Test
    void decompressedBodyOfExactlyTheLimitIsAccepted() throws Exception {
        assertEquals(LIMIT, fetcher.fetchNow(server.uri("/gzip-exactly-limit")).body().length);
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetchNow(server.uri("/gzip-one-over-limit")));
        assertTrue(e.getMessage().contains(String.valueOf(LIMIT)), e.getMessage());
    }

    @Test
    void bodyOfExactlyTheLimitIsAcceptedAndOneMoreByteIsNot() throws Exception {
        assertEquals(LIMIT, fetcher.fetchNow(server.uri("/exactly-limit")).body().length, "a body of exactly the limit is read");
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetchNow(server.uri("/one-over-limit")));
        assertTrue(e.getMessage().contains("larger than " + LIMIT), "message names the limit: " + e.getMessage());
    }

    @Test
    void corruptGzipIsAFetchException() {
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetchNow(server.uri("/gzip-corrupt")));
        assertEquals(server.uri("/gzip-corrupt"), e.url());
    }

    @Test
    void unsupportedContentEncodingIsNamed() {
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetchNow(server.uri("/brotli")));
        assertTrue(e.getMessage().contains("'br'"), "message names the encoding: " + e.getMessage());
    }

    @Test
    void endlessBodyIsCutOffAtTheLimitWithoutReadingIt() throws Exception {
        hugeBytesWritten.set(0);
        hugeDone = new CountDownLatch(1);
        long start = System.nanoTime();
        FetchException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(FetchException.class, () -> fetcher.fetchNow(server.uri("/huge"))));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(e.getMessage().contains("larger than " + LIMIT), "message names the limit: " + e.getMessage());
        assertTrue(took.compareTo(Duration.ofSeconds(5)) < 0, "gave up quickly, took " + took);
        // The download must have been cancelled: the server's writes fail long before the end of the stream.
        assertTrue(hugeDone.await(10, TimeUnit.SECONDS), "the server is still streaming: the client did not close the connection");
        assertTrue(hugeBytesWritten.get() < HUGE_TOTAL / 4,
                "the client read on after the limit: the server wrote " + hugeBytesWritten.get() + " bytes");
    }

    @Test
    void declaredOversizeBodyIsRefused() {
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetchNow(server.uri("/huge-declared")));
        assertTrue(e.getMessage().contains("larger than " + LIMIT), e.getMessage());
    }

    // ---- timeouts and broken connections ----

    @Test
    void slowServerTimesOutAfterAboutTheRequestTimeout() {
        long start = System.nanoTime();
        FetchException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(FetchException.class, () -> fetcher.fetchNow(server.uri("/slow"))));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(e.getMessage().contains("timed out"), "message says timed out: " + e.getMessage());
        assertEquals(0, e.status(), "no status: no response arrived");
        assertTrue(took.compareTo(REQUEST_TIMEOUT.minusMillis(100)) >= 0, "did not wait for the timeout, took " + took);
        assertTrue(took.compareTo(REQUEST_TIMEOUT.plusSeconds(4)) < 0, "waited far past the timeout, took " + took);
    }

    @Test
    void stalledBodyTimesOut() {
        FetchException e = assertTimeoutPreemptively(Duration.ofSeconds(8),
                () -> assertThrows(FetchException.class, () -> fetcher.fetchNow(server.uri("/stalled-body"))),
                "a server that stops sending in the middle of the body must not hang the fetcher");
        assertEquals(server.uri("/stalled-body"), e.url());
    }

    @Test
    void truncatedBodyIsAFetchException() {
        FetchException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(FetchException.class, () -> fetcher.fetchNow(server.uri("/truncated"))));
        assertEquals(server.uri("/truncated"), e.url(), "URL carried");
        assertTrue(e.getMessage().startsWith(server.uri("/truncated").toString()), "message starts with the URL: " + e.getMessage());
    }

    @Test
    void refusedConnectionIsAFetchExceptionWithoutStatus() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        URI url = URI.create("http://127.0.0.1:" + port + "/feed.xml");
        FetchException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(FetchException.class, () -> fetcher.fetchNow(url)));
        assertEquals(0, e.status(), "no status without a response");
        assertEquals(url, e.url());
        assertTrue(e.getMessage().contains("cannot connect"), e.getMessage());
    }

    @Test
    void nonHttpUrlFailsAsFetchExceptionNotIllegalArgument() {
        URI ftp = URI.create("ftp://files.example/feed.xml");
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetchNow(ftp));
        assertEquals(ftp, e.url());
        assertTrue(e.getMessage().contains("not a fetchable URL"), e.getMessage());
        CompletableFuture<FetchedResource> future = fetcher.fetch(ftp);
        assertTrue(future.isCompletedExceptionally(), "fetch() reports a bad URL through the future, it does not throw");
    }

    // ---- proxy ----

    @Test
    void proxyReceivesAbsoluteFormRequestsForVirtualHosts() throws Exception {
        HttpFetcher proxied = new HttpFetcher(new HttpFetcher.Settings(USER_AGENT, Duration.ofSeconds(2), REQUEST_TIMEOUT, LIMIT, null)
                .withProxy(new InetSocketAddress(server.host(), server.port())), TestPolicies.direct());
        FetchedResource r = proxied.fetchNow(URI.create("http://baotest.example/ok"));
        assertEquals(PAGE, new String(r.body(), StandardCharsets.UTF_8), "the proxy served the page");
        assertEquals(URI.create("http://baotest.example/ok"), r.url(), "the URL stays the virtual host's");
        TestServer.Request request = server.lastRequest("/ok");
        assertEquals("baotest.example", request.target().getHost() != null ? request.target().getHost() : request.header("Host"),
                "the request names the virtual host");
    }

    // ---- settings and records ----

    @Test
    void settingsRejectNonsense() {
        assertThrows(IllegalArgumentException.class,
                () -> new HttpFetcher.Settings(" ", Duration.ofSeconds(1), Duration.ofSeconds(1), 1, null), "blank user agent");
        assertThrows(IllegalArgumentException.class,
                () -> new HttpFetcher.Settings("ua", Duration.ofSeconds(1), Duration.ofSeconds(1), 0, null), "zero body limit");
        assertThrows(IllegalArgumentException.class,
                () -> new HttpFetcher.Settings("ua", null, Duration.ofSeconds(1), 1, null), "no connect timeout");
        assertThrows(IllegalArgumentException.class, () -> new HttpFetcher(null, TestPolicies.direct()), "no settings");
    }

    @Test
    void settingsFromConfigurationNameTheCrawlerAndItsContact() {
        PresswatchConfig.Crawler crawler = new ConfigLoader().override("crawler.user-agent", "presswatch-bot")
                .override("crawler.contact-url", "https://so-tt.example/presswatch").override("crawler.connect-timeout", "3s")
                .override("crawler.request-timeout", "20s").override("crawler.max-body-bytes", 8 * 1024 * 1024)
                .override("crawler.proxy", "proxy.so-tt.example:3128").load().crawler();
        HttpFetcher.Settings settings = HttpFetcher.Settings.from(crawler);
        assertEquals("presswatch-bot/" + Version.get() + " (+https://so-tt.example/presswatch)", settings.userAgent(),
                "name/version (+contact), as crawlers identify themselves");
        assertEquals(Duration.ofSeconds(3), settings.connectTimeout());
        assertEquals(Duration.ofSeconds(20), settings.requestTimeout());
        assertEquals(8 * 1024 * 1024, settings.maxBodyBytes());
        assertEquals("proxy.so-tt.example", settings.proxy().getHostString());
        assertEquals(3128, settings.proxy().getPort());
        assertTrue(settings.proxy().isUnresolved(), "the proxy is resolved when used, not when configured");
        PresswatchConfig.Crawler direct = new ConfigLoader().override("crawler.proxy", "").load().crawler();
        assertNull(HttpFetcher.Settings.from(direct).proxy(), "no proxy configured: direct connections");
    }

    @Test
    void declaredCharsetIsReadFromTheContentType() {
        assertEquals("windows-1258", resource("text/html; charset=windows-1258").declaredCharset().orElseThrow().name());
        assertEquals(StandardCharsets.UTF_8, resource("text/html;Charset=\"UTF-8\"").declaredCharset().orElseThrow(),
                "quoted value and parameter name in another case");
        assertEquals(StandardCharsets.ISO_8859_1, resource("application/rss+xml; q=1; charset=iso-8859-1").declaredCharset().orElseThrow());
        assertTrue(resource("text/html").declaredCharset().isEmpty(), "no charset parameter");
        assertTrue(resource("text/html; charset=klingon-8").declaredCharset().isEmpty(), "unknown charset is not an error");
        assertTrue(resource("text/html; charset=").declaredCharset().isEmpty(), "empty charset is not an error");
        assertTrue(resource(null).declaredCharset().isEmpty(), "no Content-Type");
    }

    @Test
    void fetchExceptionMessageNamesUrlAndStatus() {
        URI url = URI.create("http://a.example/x");
        assertEquals("http://a.example/x (HTTP 500): boom", new FetchException(url, 500, "boom").getMessage());
        assertEquals("http://a.example/x: boom", new FetchException(url, 0, "boom").getMessage(), "no status part without a status");
        assertNotNull(new FetchException(url, 0, "boom", new IOException("cause")).getCause());
    }

    private static FetchedResource resource(String contentType) {
        URI url = URI.create("http://a.example/");
        return new FetchedResource(url, url, 200, contentType, new byte[0], Instant.EPOCH);
    }

    private static byte[] filled(int n, char c) {
        byte[] bytes = new byte[n];
        Arrays.fill(bytes, (byte) c);
        return bytes;
    }

    private static byte[] deflate(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream d = new DeflaterOutputStream(out)) {
            d.write(data);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toByteArray();
    }
}
