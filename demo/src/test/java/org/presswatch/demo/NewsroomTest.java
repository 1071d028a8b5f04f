package org.presswatch.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.presswatch.core.model.Source;
import org.presswatch.core.testing.ManualClock;
import org.presswatch.demo.corpus.Corpus;
import org.presswatch.demo.corpus.CorpusArticle;
import org.presswatch.demo.corpus.Outlet.FeedFormat;
import org.presswatch.demo.corpus.Outlet;
import org.presswatch.demo.corpus.ReleaseSchedule.Release;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The newsroom as a crawler sees it: a real server on a free loopback port, reached as an HTTP
 * proxy, with a clock the test moves by hand.
 */
@Timeout(60)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NewsroomTest {
    static final Instant EPOCH = Instant.parse("2025-11-20T03:00:00Z");
    static final double SHARE = 0.5;
    static final Duration INTERVAL = Duration.ofMinutes(15);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final String NOT_FOUND = "<h1>404 Not Found</h1>";

    private Corpus corpus;
    private ManualClock clock;
    private Newsroom newsroom;
    private HttpClient proxied;
    private HttpClient direct;

    /** An item of a feed, whatever its format. */
    private record Entry(String url, String title, Instant at) {}

    @BeforeAll
    void start() throws IOException {
        corpus = Corpus.load();
        clock = new ManualClock(EPOCH);
        newsroom = Newsroom.start(corpus, 0, EPOCH, SHARE, INTERVAL, clock);
        proxied = client(ProxySelector.of(newsroom.address()));
        direct = client(HttpClient.Builder.NO_PROXY);
    }

    @AfterAll
    void stop() {
        if (newsroom != null) {
            newsroom.close();
        }
    }

    @BeforeEach
    void resetClock() {
        clock.set(EPOCH);
    }

    private static HttpClient client(ProxySelector proxy) {
        return HttpClient.newBuilder().proxy(proxy).version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private HttpResponse<String> send(HttpClient client, String method, String url) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .method(method, method.equals("POST") || method.equals("PUT")
                        ? HttpRequest.BodyPublishers.ofString("q=1") : HttpRequest.BodyPublishers.noBody())
                .build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return fail(method + " " + url + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted", e);
        }
    }

    private HttpResponse<String> get(String url) {
        return send(proxied, "GET", url);
    }

    private HttpResponse<String> getOk(String url) {
        HttpResponse<String> response = get(url);
        assertEquals(200, response.statusCode(), "GET " + url + " at " + clock.instant());
        return response;
    }

    /**
     * GETs many URLs, 16 at a time, the responses in the order of the URLs. Sequential requests
     * to com.sun.net.httpserver cost ~40 ms each (headers and body go out as two TCP segments,
     * Nagle meets delayed ACK), which would make the whole-corpus tests slow.
     */
    private List<HttpResponse<String>> getAll(List<String> urls) {
        List<HttpResponse<String>> responses = new ArrayList<>();
        for (int from = 0; from < urls.size(); from += 16) {
            List<CompletableFuture<HttpResponse<String>>> batch = urls.subList(from, Math.min(urls.size(), from + 16)).stream()
                    .map(url -> proxied.sendAsync(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)))
                    .toList();
            for (CompletableFuture<HttpResponse<String>> f : batch) {
                try {
                    responses.add(f.get(20, TimeUnit.SECONDS));
                } catch (Exception e) {
                    fail("GET " + urls.get(responses.size()) + " failed: " + e, e);
                }
            }
        }
        return responses;
    }

    private static String contentType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("(none)");
    }

    private static void assertContentType(String expectedMediaType, HttpResponse<?> response) {
        String type = contentType(response).toLowerCase(Locale.ROOT).replace(" ", "");
        assertTrue(type.startsWith(expectedMediaType + ";") || type.equals(expectedMediaType),
                response.request().method() + " " + response.request().uri() + ": content type should be " + expectedMediaType + ", is " + type);
        assertTrue(type.contains("charset=utf-8"), response.request().uri() + ": content type should declare UTF-8, is " + type);
    }

    private List<Release> publishedOf(Outlet outlet) {
        return newsroom.published().stream().filter(r -> r.article().outlet().id().equals(outlet.id())).toList();
    }

    private Instant lastRelease() {
        List<Release> all = newsroom.schedule().all();
        return all.get(all.size() - 1).at();
    }

    private Outlet outlet(String id) {
        return corpus.outlets().stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow();
    }

    // ---- feeds -----------------------------------------------------------------------------

    private static String mediaType(FeedFormat format) {
        return switch (format) {
            case RSS -> "application/rss+xml";
            case ATOM -> "application/atom+xml";
            case NEWS_SITEMAP -> "application/xml";
        };
    }

    /** The items of a feed, checked against what its format requires. */
    private static List<Entry> entries(Outlet o, Document doc) {
        Element root = doc.getDocumentElement();
        List<Entry> entries = new ArrayList<>();
        switch (o.feed()) {
            case RSS -> {
                assertEquals("rss", root.getLocalName(), o.id() + ": RSS root element");
                assertEquals("2.0", root.getAttribute("version"), o.id() + ": RSS version");
                Element channel = Xml.child(root, null, "channel");
                assertEquals(o.name(), Xml.text(channel, null, "title"), o.id() + ": channel title");
                assertEquals(o.homepage(), Xml.text(channel, null, "link"), o.id() + ": channel link");
                assertEquals(o.language(), Xml.text(channel, null, "language"), o.id() + ": channel language");
                for (Element item : Xml.children(channel, null, "item")) {
                    String link = Xml.text(item, null, "link");
                    Element guid = Xml.child(item, null, "guid");
                    assertEquals(link, guid.getTextContent(), o.id() + ": the guid should be the permalink");
                    assertEquals("true", guid.getAttribute("isPermaLink"), o.id() + ": guid isPermaLink");
                    entries.add(new Entry(link, Xml.text(item, null, "title"),
                            ZonedDateTime.parse(Xml.text(item, null, "pubDate"), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant()));
                }
            }
            case ATOM -> {
                assertEquals("feed", root.getLocalName(), o.id() + ": Atom root element");
                assertEquals(Xml.ATOM, root.getNamespaceURI(), o.id() + ": Atom namespace");
                assertEquals(o.name(), Xml.text(root, Xml.ATOM, "title"), o.id() + ": feed title");
                assertTrue(Xml.children(root, Xml.ATOM, "link").stream()
                                .anyMatch(l -> l.getAttribute("rel").equals("self") && l.getAttribute("href").equals(o.feedUrl())),
                        o.id() + ": the Atom feed should link to itself with rel=self");
                assertFalse(Xml.text(root, Xml.ATOM, "id").isBlank(), o.id() + ": the Atom feed needs an id");
                Instant updated = OffsetDateTime.parse(Xml.text(root, Xml.ATOM, "updated")).toInstant();
                Set<String> ids = new HashSet<>();
                for (Element entry : Xml.children(root, Xml.ATOM, "entry")) {
                    String href = Xml.children(entry, Xml.ATOM, "link").stream().filter(l -> l.getAttribute("rel").equals("alternate"))
                            .map(l -> l.getAttribute("href")).findFirst().orElse(null);
                    assertNotNull(href, o.id() + ": an Atom entry without a rel=alternate link");
                    assertTrue(ids.add(Xml.text(entry, Xml.ATOM, "id")), o.id() + ": Atom entry ids should be unique");
                    assertFalse(Xml.text(Xml.child(entry, Xml.ATOM, "author"), Xml.ATOM, "name").isBlank(), o.id() + ": entry author");
                    Instant published = OffsetDateTime.parse(Xml.text(entry, Xml.ATOM, "published")).toInstant();
                    assertFalse(OffsetDateTime.parse(Xml.text(entry, Xml.ATOM, "updated")).toInstant().isBefore(published),
                            o.id() + ": an entry updated before it was published");
                    assertFalse(updated.isBefore(published), o.id() + ": the feed's <updated> is older than one of its entries");
                    entries.add(new Entry(href, Xml.text(entry, Xml.ATOM, "title"), published));
                }
            }
            case NEWS_SITEMAP -> {
                assertEquals("urlset", root.getLocalName(), o.id() + ": sitemap root element");
                assertEquals(Xml.SITEMAP, root.getNamespaceURI(), o.id() + ": sitemap namespace");
                for (Element url : Xml.children(root, Xml.SITEMAP, "url")) {
                    Element news = Xml.child(url, Xml.NEWS, "news");
                    Element publication = Xml.child(news, Xml.NEWS, "publication");
                    assertEquals(o.name(), Xml.text(publication, Xml.NEWS, "name"), o.id() + ": news:publication name");
                    assertEquals(o.language(), Xml.text(publication, Xml.NEWS, "language"), o.id() + ": news:publication language");
                    entries.add(new Entry(Xml.text(url, Xml.SITEMAP, "loc"), Xml.text(news, Xml.NEWS, "title"),
                            OffsetDateTime.parse(Xml.text(news, Xml.NEWS, "publication_date")).toInstant()));
                }
            }
            default -> fail("unknown format " + o.feed());
        }
        return entries;
    }

    private List<Entry> fetchFeed(Outlet o) {
        HttpResponse<String> response = getOk(o.feedUrl());
        assertContentType(mediaType(o.feed()), response);
        return entries(o, Xml.parse(o.feedUrl(), response.body().getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(FeedFormat.class)
    void eachFeedListsExactlyThePublishedArticlesOfItsOutletNewestFirst(FeedFormat format) {
        List<Outlet> outlets = corpus.outlets().stream().filter(o -> o.feed() == format).toList();
        assertFalse(outlets.isEmpty(), "no outlet uses " + format);
        int nonEmptyFeeds = 0;
        for (Instant now : List.of(EPOCH, EPOCH.plus(INTERVAL.multipliedBy(20)), lastRelease())) {
            clock.set(now);
            for (Outlet o : outlets) {
                List<Release> expected = publishedOf(o);
                expected = expected.subList(0, Math.min(Newsroom.FEED_ITEMS, expected.size()));
                List<Entry> entries = fetchFeed(o);
                String where = o.id() + " (" + format + ") at " + now;
                assertTrue(entries.size() <= 40, where + ": a feed lists at most 40 items, has " + entries.size());
                assertEquals(expected.stream().map(r -> r.article().url()).toList(), entries.stream().map(Entry::url).toList(),
                        where + ": the feed should list exactly the outlet's published articles, newest first");
                for (int i = 0; i < entries.size(); i++) {
                    Entry e = entries.get(i);
                    Release r = expected.get(i);
                    URI uri = URI.create(e.url());
                    assertTrue(uri.isAbsolute() && "http".equals(uri.getScheme()) && o.domain().equals(uri.getHost()),
                            where + ": item URL " + e.url() + " should be absolute on " + o.domain());
                    assertEquals(r.article().title(), e.title(), where + ": title of item " + i);
                    Instant expectedAt = format == FeedFormat.RSS ? r.at().truncatedTo(ChronoUnit.SECONDS) : r.at();
                    assertEquals(expectedAt, e.at(), where + ": date of item " + i + " should be its release time");
                    assertFalse(e.at().isAfter(now), where + ": item " + i + " is dated in the future");
                    if (i > 0) {
                        assertFalse(e.at().isAfter(entries.get(i - 1).at()), where + ": item " + i + " is newer than item " + (i - 1));
                    }
                }
                nonEmptyFeeds += entries.isEmpty() ? 0 : 1;
            }
        }
        assertTrue(nonEmptyFeeds > outlets.size(), format + ": too few non-empty feeds (" + nonEmptyFeeds + ") for this test to mean much");
    }

    @Test
    void feedsAreValidAndEmptyBeforeAnythingIsPublished() {
        clock.set(EPOCH.minus(Duration.ofHours(100)));
        assertTrue(newsroom.published().isEmpty(), "precondition: nothing published 100 h before the epoch");
        for (Outlet o : corpus.outlets()) {
            assertEquals(List.of(), fetchFeed(o), o.id() + ": a feed with nothing published should be valid and empty");
        }
    }

    @Test
    void feedsAreServedForHostNamesInAnyCase() {
        Outlet o = corpus.outlets().get(0);
        HttpResponse<String> response = getOk("http://" + o.domain().toUpperCase(Locale.ROOT) + o.feed().path());
        assertContentType(mediaType(o.feed()), response);
    }

    // ---- article pages ---------------------------------------------------------------------

    @Test
    void everyArticlePageIsServedOnceReleasedWithItsTextCanonicalLinkAndBoilerplate() {
        clock.set(lastRelease());
        assertEquals(corpus.articles().size(), newsroom.published().size(), "precondition: everything published");
        List<HttpResponse<String>> responses = getAll(corpus.articles().stream().map(CorpusArticle::url).toList());
        for (int i = 0; i < responses.size(); i++) {
            CorpusArticle a = corpus.articles().get(i);
            HttpResponse<String> response = responses.get(i);
            assertEquals(200, response.statusCode(), "GET " + a.url() + " once everything is released");
            assertContentType("text/html", response);
            PageAssertions.assertArticlePage(response.body(), a);
        }
    }

    @Test
    void linksBetweenArticlesOnlyPointToPublishedArticlesOfTheSameOutlet() {
        int checkedLinks = 0;
        for (Outlet o : corpus.outlets()) {
            Set<String> published = publishedOf(o).stream().map(r -> r.article().path()).collect(Collectors.toSet());
            List<Release> releases = publishedOf(o);
            List<HttpResponse<String>> responses = getAll(releases.stream().map(r -> r.article().url()).toList());
            for (int i = 0; i < releases.size(); i++) {
                Release r = releases.get(i);
                assertEquals(200, responses.get(i).statusCode(), "GET " + r.article().url());
                MiniHtml.Parsed page = MiniHtml.parse(responses.get(i).body());
                for (MiniHtml.Tag link : page.tags("a")) {
                    String href = link.attr("href");
                    if (href != null && href.endsWith(".html") && !href.contains("://")) {
                        assertTrue(published.contains(href), r.article().url() + " links to " + href
                                + ", which is not a published article of " + o.id() + " at " + clock.instant());
                        assertFalse(href.equals(r.article().path()), r.article().url() + " lists itself as related or most read");
                        checkedLinks++;
                    }
                }
            }
        }
        assertTrue(checkedLinks > 100, "too few related/most-read links (" + checkedLinks + ") for this test to mean much");
    }

    @Test
    void anArticleIs404UntilItsReleaseAndServedFromThen() {
        Release next = newsroom.schedule().all().stream().filter(r -> r.at().isAfter(EPOCH)).findFirst().orElseThrow();
        Release later = newsroom.schedule().all().get(newsroom.schedule().all().size() - 1);
        CorpusArticle a = next.article();
        Outlet o = a.outlet();

        HttpResponse<String> early = get(a.url());
        assertEquals(404, early.statusCode(), a.url() + " is due at " + next.at() + " and must not be served at " + EPOCH);
        assertTrue(early.body().contains(NOT_FOUND), "a 404 should say so: " + early.body());
        assertFalse(fetchFeed(o).stream().anyMatch(e -> e.url().equals(a.url())), "an unreleased article must not be in the feed");
        assertFalse(getOk(o.homepage()).body().contains(a.path()), "an unreleased article must not be on the home page");
        assertFalse(getOk("http://" + o.domain() + "/" + a.section() + "/").body().contains(a.path()),
                "an unreleased article must not be on its section page");

        clock.set(next.at().minusMillis(1));
        assertEquals(404, get(a.url()).statusCode(), a.url() + " must not be served a millisecond before its release");

        clock.set(next.at());
        HttpResponse<String> released = getOk(a.url());
        PageAssertions.assertArticlePage(released.body(), a);
        assertEquals(a.url(), fetchFeed(o).get(0).url(), "the new article should head its outlet's feed");
        assertTrue(getOk(o.homepage()).body().contains("href=\"" + a.path() + "\""), "the new article should be on the home page");
        assertEquals(404, get(later.article().url()).statusCode(), "the last article of the schedule is still unreleased");

        clock.advance(Duration.ofDays(3650));
        assertEquals(200, get(later.article().url()).statusCode(), "everything is released eventually");
    }

    @Test
    void publishedFollowsTheClock() {
        assertEquals(newsroom.schedule().publishedAt(EPOCH), newsroom.published(), "published() at the epoch");
        assertEquals(Math.round(corpus.articles().size() * SHARE), newsroom.published().size(), "the backlog is out at the epoch");
        clock.advance(INTERVAL.multipliedBy(3));
        assertEquals(Math.round(corpus.articles().size() * SHARE) + 3, newsroom.published().size(), "one more article per interval");
        assertEquals(newsroom.schedule().publishedAt(clock.instant()), newsroom.published(), "published() after three intervals");
    }

    // ---- home and section pages ------------------------------------------------------------

    private static List<String> storyLinks(String html) {
        int start = html.indexOf("<ul class=\"stories\">");
        assertTrue(start >= 0, "a listing page should have a story list");
        int end = html.indexOf("</ul>", start);
        return MiniHtml.parse("<!DOCTYPE html><html>" + html.substring(start, end + 5) + "</html>").tags("a").stream()
                .map(t -> t.attr("href")).toList();
    }

    @Test
    void homePagesListThePublishedArticlesNewestFirstAndAdvertiseTheFeed() {
        for (Instant now : List.of(EPOCH, lastRelease())) {
            clock.set(now);
            for (Outlet o : corpus.outlets()) {
                HttpResponse<String> response = getOk(o.homepage());
                assertContentType("text/html", response);
                MiniHtml.Parsed page = MiniHtml.parse(response.body());
                assertTrue(page.problems().isEmpty(), o.id() + ": home page is not well-formed: " + page.problems());
                List<String> expected = publishedOf(o).stream().limit(30).map(r -> r.article().path()).toList();
                assertEquals(expected, storyLinks(response.body()), o.id() + " at " + now + ": home page stories");
                List<MiniHtml.Tag> alternates = page.tags("link").stream().filter(t -> "alternate".equals(t.attr("rel"))).toList();
                assertEquals(1, alternates.size(), o.id() + ": the home page should advertise one feed");
                assertEquals(o.feed().path(), alternates.get(0).attr("href"), o.id() + ": feed link of the home page");
                assertEquals(mediaType(o.feed()), alternates.get(0).attr("type"),
                        o.id() + ": the home page's feed link should announce the feed's real type");
            }
        }
    }

    @Test
    void sectionPagesListOnlyTheirSectionWithOrWithoutTrailingSlash() {
        clock.set(lastRelease());
        for (Outlet o : corpus.outlets()) {
            for (Outlet.Section s : o.sections()) {
                List<String> expected = publishedOf(o).stream().filter(r -> r.article().section().equals(s.slug())).limit(30)
                        .map(r -> r.article().path()).toList();
                for (String path : List.of("/" + s.slug() + "/", "/" + s.slug())) {
                    HttpResponse<String> response = getOk("http://" + o.domain() + path);
                    assertEquals(expected, storyLinks(response.body()), o.id() + path + ": section page stories");
                    assertTrue(MiniHtml.texts(response.body(), "h1").contains(s.name()), o.id() + path + ": heading should be the section name");
                    assertTrue(MiniHtml.parse(response.body()).problems().isEmpty(), o.id() + path + ": not well-formed");
                }
            }
        }
    }

    // ---- everything else -------------------------------------------------------------------

    @Test
    void unknownPathsAre404() {
        clock.set(lastRelease());
        Outlet o = outlet("duyenhai");
        CorpusArticle own = corpus.articles().stream().filter(a -> a.outlet() == o).findFirst().orElseThrow();
        CorpusArticle foreign = corpus.articles().stream().filter(a -> a.outlet() != o).findFirst().orElseThrow();
        String otherSection = o.sections().stream().map(Outlet.Section::slug).filter(s -> !s.equals(own.section())).findFirst().orElseThrow();
        List<String> paths = List.of("/nope", "/nope/", "/nope.html", "/" + own.section() + "/no-such-article.html",
                "/" + otherSection + "/" + own.slug() + ".html", foreign.path(), "/" + own.slug() + ".html", own.path() + "x",
                "/" + own.section() + "/" + own.slug(), "/about", "/static/site.css", "/search?q=bien", "/rss.xml/extra",
                "/" + own.section() + "/" + own.section() + "/");
        for (String path : paths) {
            HttpResponse<String> response = get("http://" + o.domain() + path);
            assertEquals(404, response.statusCode(), "http://" + o.domain() + path + " should not exist");
            assertContentType("text/html", response);
        }
        for (Outlet other : corpus.outlets()) {
            if (other.feed() != o.feed()) {
                assertEquals(404, get("http://" + o.domain() + other.feed().path()).statusCode(),
                        o.id() + " publishes " + o.feed() + " only, not " + other.feed().path());
            }
        }
    }

    @Test
    void robotsTxtIsServedForEveryOutlet() {
        for (Outlet o : corpus.outlets()) {
            HttpResponse<String> response = getOk("http://" + o.domain() + "/robots.txt");
            assertContentType("text/plain", response);
            assertTrue(response.body().contains("User-agent: *"), o.id() + ": robots.txt should address all agents: " + response.body());
            assertTrue(response.body().lines().anyMatch(l -> l.equals("Allow: /")), o.id() + ": robots.txt should allow crawling");
            assertFalse(response.body().lines().anyMatch(l -> l.equals("Disallow: /")), o.id() + ": robots.txt must not forbid everything");
        }
    }

    @Test
    void headAnswersLikeGetWithoutABody() {
        clock.set(lastRelease());
        Outlet o = outlet("asiarights");
        CorpusArticle a = corpus.articles().stream().filter(x -> x.outlet() == o).findFirst().orElseThrow();
        for (String url : List.of(o.homepage(), o.feedUrl(), a.url(), "http://" + o.domain() + "/robots.txt")) {
            HttpResponse<String> head = send(proxied, "HEAD", url);
            HttpResponse<String> get = getOk(url);
            assertEquals(200, head.statusCode(), "HEAD " + url);
            assertEquals("", head.body(), "HEAD " + url + " must not send a body");
            assertEquals(contentType(get), contentType(head), "HEAD " + url + " should carry GET's content type");
        }
        assertEquals(404, send(proxied, "HEAD", "http://" + o.domain() + "/nope.html").statusCode(), "HEAD of a missing page");
        clock.set(EPOCH.minus(Duration.ofHours(100)));
        assertEquals(404, send(proxied, "HEAD", a.url()).statusCode(), "HEAD of an unreleased article");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH", "OPTIONS"})
    void otherMethodsAre405WithAnAllowHeader(String method) {
        clock.set(lastRelease());
        Outlet o = outlet("vntoday");
        for (String url : List.of(o.homepage(), o.feedUrl(), corpus.articles().stream().filter(a -> a.outlet() == o).findFirst().orElseThrow().url())) {
            HttpResponse<String> response = send(proxied, method, url);
            assertEquals(405, response.statusCode(), method + " " + url + " should be refused");
            String allow = response.headers().firstValue("Allow").orElse("");
            assertTrue(allow.contains("GET") && allow.contains("HEAD"), method + " " + url + ": a 405 must list the allowed methods, Allow: " + allow);
        }
        assertEquals(200, getOk(o.homepage()).statusCode(), "the newsroom still serves after a " + method);
    }

    @Test
    void theLoopbackAddressGetsAnIndexOfAllOutlets() {
        String self = "http://" + newsroom.address().getAddress().getHostAddress() + ":" + newsroom.address().getPort() + "/";
        for (HttpClient client : List.of(direct, proxied)) {
            HttpResponse<String> response = send(client, "GET", self);
            assertEquals(200, response.statusCode(), "GET " + self);
            assertContentType("text/html", response);
            MiniHtml.Parsed page = MiniHtml.parse(response.body());
            assertTrue(page.problems().isEmpty(), "the index page is not well-formed: " + page.problems());
            String text = MiniHtml.unescape(response.body());
            for (Outlet o : corpus.outlets()) {
                assertTrue(text.contains(o.name()), "the index should name " + o.id());
                assertTrue(text.contains(o.homepage()), "the index should give the home page of " + o.id());
                assertTrue(text.contains(o.feedUrl()), "the index should give the feed of " + o.id());
            }
            assertEquals(corpus.outlets().size(), MiniHtml.texts(response.body(), "li").size(), "one list item per outlet");
            assertTrue(text.contains(newsroom.published().size() + " of " + corpus.articles().size() + " articles published"),
                    "the index should count what is published");
        }
    }

    @Test
    void sourcesDescribeEveryOutletWithItsFeed() {
        Duration poll = Duration.ofMinutes(5);
        List<Source> sources = newsroom.sources(poll);
        assertEquals(corpus.outlets().size(), sources.size(), "one source per outlet");
        assertEquals(corpus.outlets().size(), sources.stream().map(Source::id).distinct().count(), "source ids should be unique");
        for (int i = 0; i < sources.size(); i++) {
            Source s = sources.get(i);
            Outlet o = corpus.outlets().get(i);
            assertEquals(o.id(), s.id(), "source " + i + " id");
            assertEquals(o.name(), s.name(), s.id() + ": name");
            assertEquals(URI.create(o.homepage()), s.homepage(), s.id() + ": homepage");
            assertEquals(List.of(URI.create(o.feedUrl())), s.feeds(), s.id() + ": the feed URL");
            assertEquals(o.country(), s.country(), s.id() + ": country");
            assertEquals(List.of(o.language()), s.languages(), s.id() + ": languages");
            assertEquals(o.provinces(), s.provinces(), s.id() + ": provinces");
            assertEquals(o.reliability(), s.reliabilityTier(), s.id() + ": reliability tier");
            assertEquals(poll, s.pollInterval(), s.id() + ": poll interval");
            assertEquals(o.country().equals("VN"), s.domestic(), s.id() + ": domestic");
            HttpResponse<String> feed = getOk(s.feeds().get(0).toString());
            Xml.parse(s.id() + " feed", feed.body().getBytes(StandardCharsets.UTF_8));
            getOk(s.homepage().toString());
        }
        assertEquals(newsroom.outlets(), corpus.outlets(), "outlets() should be the corpus outlets in order");
        assertThrows(IllegalArgumentException.class, () -> newsroom.sources(Duration.ofMillis(10)), "a poll interval under 1 s is invalid");
    }

    @Test
    void servesConcurrentRequests() throws Exception {
        clock.set(lastRelease());
        List<CorpusArticle> sample = corpus.articles().stream().limit(64).toList();
        List<CompletableFuture<HttpResponse<String>>> futures = new ArrayList<>();
        for (CorpusArticle a : sample) {
            futures.add(proxied.sendAsync(HttpRequest.newBuilder(URI.create(a.url())).timeout(TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        }
        CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        for (int i = 0; i < sample.size(); i++) {
            HttpResponse<String> response = futures.get(i).get();
            assertEquals(200, response.statusCode(), "concurrent GET " + sample.get(i).url());
            assertTrue(response.body().contains("<link rel=\"canonical\" href=\"" + sample.get(i).url() + "\">"),
                    "concurrent GET " + sample.get(i).url() + " got another page");
        }
    }

    // ---- raw HTTP ----------------------------------------------------------------------------

    /** Sends raw bytes and returns what comes back until the server closes or 5 s pass. */
    private String raw(byte[] request, boolean closeOutput) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(newsroom.address(), 5000);
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            if (closeOutput) {
                socket.shutdownOutput();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    out.write(buffer, 0, n);
                }
            } catch (SocketTimeoutException e) {
                // the server kept the connection open: what came so far is the answer
            } catch (IOException e) {
                // reset by the server: also an acceptable way to refuse garbage
            }
            return out.toString(StandardCharsets.ISO_8859_1);
        }
    }

    private String raw(String request) throws IOException {
        return raw(request.getBytes(StandardCharsets.UTF_8), false);
    }

    @Test
    void survivesMalformedRequestsAndKeepsServing() throws IOException {
        Outlet o = outlet("duyenhai");
        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);
        List<byte[]> garbage = List.of(
                "GARBAGE\r\n\r\n".getBytes(StandardCharsets.US_ASCII),
                noise,
                "GET http://[::bad HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII),
                "GET /%zz%%% HTTP/1.1\r\nHost: baoduyenhai.example\r\n\r\n".getBytes(StandardCharsets.US_ASCII),
                "GET / HTTP/1.1\r\nthis is not a header\r\n\r\n".getBytes(StandardCharsets.US_ASCII),
                "GET / HTTP/9.9\r\n\r\n".getBytes(StandardCharsets.US_ASCII),
                "\r\n\r\n\r\n".getBytes(StandardCharsets.US_ASCII),
                "GET http://baoduyenhai.example/ HTTP/1.1\r\nContent-Length: 99999999999999999999\r\n\r\n".getBytes(StandardCharsets.US_ASCII),
                new byte[0]);
        for (byte[] request : garbage) {
            String answer = raw(request, true);
            assertTrue(answer.isEmpty() || answer.startsWith("HTTP/1.1 "), "garbage should get an HTTP answer or none, got: " + answer);
            assertFalse(answer.startsWith("HTTP/1.1 5"), "garbage should not cause a server error: " + answer);
            assertEquals(200, getOk(o.feedUrl()).statusCode(), "the newsroom should keep serving after garbage");
        }
        // A client that connects and leaves without a word.
        try (Socket socket = new Socket()) {
            socket.connect(newsroom.address(), 5000);
        }
        assertEquals(200, getOk(o.homepage()).statusCode(), "the newsroom should keep serving after an empty connection");
    }

    @Test
    void servesOutletsByHostHeaderAndAbsoluteFormAlike() throws IOException {
        Outlet o = outlet("duyenhai");
        String byHost = raw("GET /robots.txt HTTP/1.1\r\nHost: BaoDuyenHai.Example:8080\r\nConnection: close\r\n\r\n");
        assertTrue(byHost.startsWith("HTTP/1.1 200"), "an origin-form request with the outlet's Host header should be served: " + byHost);
        assertTrue(byHost.contains("User-agent: *"), "and get the outlet's robots.txt: " + byHost);
        String absolute = raw("GET http://" + o.domain() + "/ HTTP/1.1\r\nHost: " + o.domain() + "\r\nConnection: close\r\n\r\n");
        assertTrue(absolute.startsWith("HTTP/1.1 200"), "an absolute-form request for / is the home page: " + absolute);
        assertTrue(absolute.contains("<ul class=\"stories\">"), "and gets the home page: " + absolute);
        String withQuery = raw("GET " + o.feedUrl() + "?utm_source=x HTTP/1.1\r\nHost: " + o.domain() + "\r\nConnection: close\r\n\r\n");
        assertTrue(withQuery.startsWith("HTTP/1.1 200") && withQuery.contains("<rss"), "a query string should not change the page: " + withQuery);
    }

    /**
     * java.net.http itself sends {@code GET http://host HTTP/1.1} for a URL without a path, and
     * Newsroom.handle means to serve it as "/", but com.sun.net.httpserver rejects the empty path
     * ("No context found for request", 404) before any handler runs, and a context cannot be
     * registered for it. Not fixable without replacing the HTTP server.
     */
    @Test
    @Disabled("known limitation of com.sun.net.httpserver: an empty path never reaches the handler (404 'No context found')")
    void aUrlWithoutAPathIsTheHomePage() {
        Outlet o = outlet("duyenhai");
        HttpResponse<String> response = get("http://" + o.domain());
        assertEquals(200, response.statusCode(), "http://" + o.domain() + " (no path) should be the home page: " + response.body());
    }

    // ---- lifecycle ---------------------------------------------------------------------------

    @Test
    void listensOnAFreeLoopbackPort() {
        InetSocketAddress address = newsroom.address();
        assertTrue(address.getAddress().isLoopbackAddress(), "the newsroom must listen on loopback only, not " + address);
        assertTrue(address.getPort() > 0, "port 0 should have been replaced by a free port");
    }

    @Test
    void aRestartWithTheSameEpochServesTheSameFeeds() throws IOException {
        clock.set(EPOCH.plus(INTERVAL.multipliedBy(7)));
        try (Newsroom again = Newsroom.start(Corpus.load(), 0, EPOCH, SHARE, INTERVAL, clock)) {
            HttpClient client = client(ProxySelector.of(again.address()));
            for (Outlet o : corpus.outlets()) {
                assertEquals(getOk(o.feedUrl()).body(), send(client, "GET", o.feedUrl()).body(),
                        o.id() + ": a newsroom restarted with the same epoch should publish exactly the same");
            }
        }
    }

    @Test
    void closeStopsTheServer() throws IOException {
        Newsroom other = Newsroom.start(corpus, 0, EPOCH, SHARE, INTERVAL, clock);
        InetSocketAddress address = other.address();
        assertEquals(200, send(client(ProxySelector.of(address)), "GET", corpus.outlets().get(0).homepage()).statusCode(), "serves before close");
        other.close();
        assertThrows(IOException.class, () -> {
            try (Socket socket = new Socket()) {
                socket.connect(address, 2000);
            }
        }, "nothing should listen on " + address + " after close");
    }

    @Test
    void startRejectsInvalidArguments() {
        assertThrows(IllegalArgumentException.class, () -> Newsroom.start(corpus, -1, EPOCH, SHARE, INTERVAL, clock), "port -1");
        assertThrows(IllegalArgumentException.class, () -> Newsroom.start(corpus, 65536, EPOCH, SHARE, INTERVAL, clock), "port 65536");
        assertThrows(IllegalArgumentException.class, () -> Newsroom.start(corpus, 0, EPOCH, 1.5, INTERVAL, clock), "share 1.5");
        assertThrows(IllegalArgumentException.class, () -> Newsroom.start(corpus, 0, EPOCH, SHARE, Duration.ZERO, clock), "interval 0");
    }

    @Test
    void aPortInUseIsAnIoError() throws IOException {
        int taken = newsroom.address().getPort();
        assertThrows(IOException.class, () -> Newsroom.start(corpus, taken, EPOCH, SHARE, INTERVAL, clock),
                "starting on a port already in use should fail with an IOException");
        assertEquals(200, getOk(corpus.outlets().get(0).homepage()).statusCode(), "and leave the running newsroom alone");
    }
}
