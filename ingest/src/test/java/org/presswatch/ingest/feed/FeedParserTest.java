package org.presswatch.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FeedParserTest {
    private static final URI FEED_URL = URI.create("https://baoduyenhai.example/rss/thoi-su.rss");
    private final FeedParser parser = new FeedParser();

    private ParsedFeed parse(String xml, String contentType) throws FeedFormatException {
        return parser.parse(xml.getBytes(StandardCharsets.UTF_8), contentType, FEED_URL);
    }

    private static FeedEntry entry(ParsedFeed feed, int i) {
        assertTrue(feed.entries().size() > i, "expected at least " + (i + 1) + " entries, got " + feed.entries());
        return feed.entries().get(i);
    }

    // ---- RSS 2.0 ----

    private static final String RSS2 = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel>
              <title>Báo Duyên Hải - Thời sự</title>
              <link>https://baoduyenhai.example/</link>
              <description>Tin thời sự</description>
              <item>
                <title>Bão số 13 đổ bộ Quảng Ngãi</title>
                <link>https://baoduyenhai.example/thoi-su/bao-so-13.html?utm_source=rss&amp;utm_medium=feed</link>
                <guid isPermaLink="false">bdh-2025-11-25-0001</guid>
                <description><![CDATA[<p><img src="/a.jpg"/>Sáng 25/11, bão <b>số 13</b> đã đổ bộ &amp; gây mưa lớn.</p>]]></description>
                <pubDate>Tue, 25 Nov 2025 14:30:00 +0700</pubDate>
              </item>
              <item>
                <title>Đường tỉnh 622 sạt lở &amp; chia cắt</title>
                <link>/thoi-su/sat-lo-dt622.html</link>
                <description>Mưa lớn gây sạt lở.</description>
                <pubDate>Tue, 25 Nov 2025 03:00:00 GMT</pubDate>
              </item>
              <item>
                <title>Tin không có liên kết</title>
                <description>Mục này không có link và guid không phải permalink.</description>
                <guid isPermaLink="false">no-link-0003</guid>
              </item>
              <item>
                <title>Tin chỉ có guid permalink</title>
                <guid>https://baoduyenhai.example/thoi-su/chi-co-guid.html</guid>
              </item>
              <item>
                <title>Liên kết không phải http</title>
                <link>mailto:toasoan@baoduyenhai.example</link>
              </item>
              <item>
                <title>Không có ngày</title>
                <link>https://baoduyenhai.example/thoi-su/khong-ngay.html</link>
              </item>
            </channel>
            </rss>
            """;

    @Test
    void rss2EntriesHaveUrlGuidTitleSummaryAndDate() throws Exception {
        ParsedFeed feed = parse(RSS2, "application/rss+xml; charset=utf-8");
        assertEquals(ParsedFeed.Format.RSS, feed.format());
        assertEquals("Báo Duyên Hải - Thời sự", feed.title());
        assertTrue(feed.childSitemaps().isEmpty(), "a feed has no child sitemaps");
        FeedEntry first = entry(feed, 0);
        assertEquals(URI.create("https://baoduyenhai.example/thoi-su/bao-so-13.html"), first.url(), "link canonicalized: utm_ dropped");
        assertEquals("bdh-2025-11-25-0001", first.guid(), "the feed's guid is kept");
        assertEquals("Bão số 13 đổ bộ Quảng Ngãi", first.title());
        assertEquals("Sáng 25/11, bão số 13 đã đổ bộ & gây mưa lớn.", first.summary(), "HTML stripped, entities decoded");
        assertEquals(Instant.parse("2025-11-25T07:30:00Z"), first.published(), "RFC 822 date with offset");
    }

    @Test
    void rss2RelativeLinkIsResolvedAgainstTheFeedUrl() throws Exception {
        FeedEntry second = entry(parse(RSS2, "application/rss+xml"), 1);
        assertEquals(URI.create("https://baoduyenhai.example/thoi-su/sat-lo-dt622.html"), second.url());
        assertEquals("Đường tỉnh 622 sạt lở & chia cắt", second.title(), "entity in the title decoded");
        assertEquals(Instant.parse("2025-11-25T03:00:00Z"), second.published());
    }

    @Test
    void rss2ItemWithoutGuidIsIdentifiedByItsAbsoluteUrl() throws Exception {
        FeedEntry second = entry(parse(RSS2, "application/rss+xml"), 1);
        assertEquals(second.url().toString(), second.guid(), "without a guid the URL identifies the item");
    }

    @Test
    void rss2ItemsWithoutUsableLinkAreSkippedButPermalinkGuidsCount() throws Exception {
        List<String> urls = parse(RSS2, "application/rss+xml").entries().stream().map(e -> e.url().toString()).toList();
        assertEquals(List.of(
                "https://baoduyenhai.example/thoi-su/bao-so-13.html",
                "https://baoduyenhai.example/thoi-su/sat-lo-dt622.html",
                "https://baoduyenhai.example/thoi-su/chi-co-guid.html",
                "https://baoduyenhai.example/thoi-su/khong-ngay.html"), urls,
                "the item without link (non-permalink guid) and the mailto link are skipped; the permalink guid is the link");
    }

    @Test
    void rss2ItemWithoutDateHasNullPublished() throws Exception {
        FeedEntry last = entry(parse(RSS2, null), 3);
        assertEquals("Không có ngày", last.title());
        assertNull(last.published(), "no pubDate means unknown, not now");
        assertEquals("", last.summary(), "no description means an empty summary");
    }

    @Test
    void emptyChannelIsAFeedWithoutEntries() throws Exception {
        ParsedFeed feed = parse("<rss version=\"2.0\"><channel><title>Trống</title></channel></rss>", "text/xml");
        assertEquals(ParsedFeed.Format.RSS, feed.format());
        assertTrue(feed.entries().isEmpty());
    }

    // ---- RSS 1.0 (RDF) ----

    @Test
    void rss1RdfFeedIsRead() throws Exception {
        String rdf = """
                <?xml version="1.0" encoding="utf-8"?>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                         xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <channel rdf:about="https://mekong.example/rss">
                    <title>Mekong Observer</title>
                    <link>https://mekong.example/</link>
                    <description>News</description>
                    <items><rdf:Seq>
                      <rdf:li rdf:resource="https://mekong.example/2025/11/25/dam-release.html"/>
                    </rdf:Seq></items>
                  </channel>
                  <item rdf:about="https://mekong.example/2025/11/25/dam-release.html">
                    <title>Upstream dam release lifts Mekong levels</title>
                    <link>https://mekong.example/2025/11/25/dam-release.html</link>
                    <description>Water levels rose &lt;em&gt;sharply&lt;/em&gt; at Tan Chau.</description>
                    <dc:date>2025-11-25T09:15:00+07:00</dc:date>
                  </item>
                </rdf:RDF>
                """;
        ParsedFeed feed = parse(rdf, "application/rdf+xml");
        assertEquals(ParsedFeed.Format.RSS, feed.format(), "RSS 1.0 is RSS");
        assertEquals(1, feed.entries().size());
        FeedEntry e = entry(feed, 0);
        assertEquals(URI.create("https://mekong.example/2025/11/25/dam-release.html"), e.url());
        assertEquals("Upstream dam release lifts Mekong levels", e.title());
        assertEquals("Water levels rose sharply at Tan Chau.", e.summary(), "escaped HTML stripped");
        assertEquals(Instant.parse("2025-11-25T02:15:00Z"), e.published(), "dc:date");
        assertFalse(e.guid().isBlank());
    }

    // ---- Atom ----

    private static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
              <title type="text">Straits Herald</title>
              <id>tag:straitsherald.example,2025:feed</id>
              <updated>2025-11-25T10:00:00+08:00</updated>
              <link rel="self" href="https://straitsherald.example/atom.xml"/>
              <entry>
                <title>Coast guards meet on &lt;i&gt;shoal&lt;/i&gt; incident</title>
                <id>tag:straitsherald.example,2025:coast-guards</id>
                <link rel="edit" href="https://straitsherald.example/api/entries/1"/>
                <link rel="alternate" type="text/html" href="https://straitsherald.example/world/coast-guards.html"/>
                <published>2025-11-25T08:00:00+08:00</published>
                <updated>2025-11-25T09:45:00+08:00</updated>
                <summary type="html">&lt;p&gt;Officials met in &lt;b&gt;Singapore&lt;/b&gt;.&lt;/p&gt;</summary>
              </entry>
              <entry>
                <title>Only updated</title>
                <id>tag:straitsherald.example,2025:only-updated</id>
                <link href="https://straitsherald.example/world/only-updated.html"/>
                <updated>2025-11-24T23:00:00Z</updated>
                <content type="html">&lt;p&gt;Body in content, no summary.&lt;/p&gt;</content>
              </entry>
              <entry>
                <title>No link at all</title>
                <id>tag:straitsherald.example,2025:no-link</id>
                <updated>2025-11-24T23:00:00Z</updated>
              </entry>
            </feed>
            """;

    @Test
    void atomEntriesUseIdAlternateLinkAndPublishedDate() throws Exception {
        ParsedFeed feed = parse(ATOM, "application/atom+xml");
        assertEquals(ParsedFeed.Format.ATOM, feed.format());
        assertEquals("Straits Herald", feed.title());
        assertEquals(2, feed.entries().size(), "the entry without a link is skipped: " + feed.entries());
        FeedEntry e = entry(feed, 0);
        assertEquals(URI.create("https://straitsherald.example/world/coast-guards.html"), e.url(), "rel=alternate, not rel=edit");
        assertEquals("tag:straitsherald.example,2025:coast-guards", e.guid(), "atom:id");
        assertEquals("Coast guards meet on shoal incident", e.title(), "escaped markup in the title stripped");
        assertEquals("Officials met in Singapore.", e.summary());
        assertEquals(Instant.parse("2025-11-25T00:00:00Z"), e.published(), "published wins over updated");
    }

    @Test
    void atomEntryWithoutPublishedUsesUpdatedAndContent() throws Exception {
        FeedEntry e = entry(parse(ATOM, "application/atom+xml"), 1);
        assertEquals(URI.create("https://straitsherald.example/world/only-updated.html"), e.url(), "a link without rel is alternate");
        assertEquals(Instant.parse("2025-11-24T23:00:00Z"), e.published(), "updated when there is no published");
        assertEquals("Body in content, no summary.", e.summary(), "content stands in for a missing summary");
    }

    @Test
    void atomDatesWithFractionalSecondsAreExact() throws Exception {
        String atom = """
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title>Frac</title><id>urn:f</id><updated>2025-11-25T00:00:00Z</updated>
                  <entry><title>nanos</title><id>urn:f:1</id><link href="https://a.example/1"/>
                    <published>2025-11-25T07:47:22.105263157+07:00</published><updated>2025-11-25T07:47:22.105263157+07:00</updated></entry>
                  <entry><title>tenths</title><id>urn:f:2</id><link href="https://a.example/2"/>
                    <published>2025-11-25T07:47:22.1+07:00</published><updated>2025-11-25T07:47:22.1+07:00</updated></entry>
                </feed>
                """;
        ParsedFeed feed = parse(atom, "application/atom+xml");
        assertEquals(Instant.parse("2025-11-25T00:47:22.105Z"), entry(feed, 0).published().truncatedTo(ChronoUnit.MILLIS), "nanoseconds");
        assertEquals(Instant.parse("2025-11-25T00:47:22.100Z"), entry(feed, 1).published(), "a tenth of a second");
    }

    @Test
    void atomDatesWithMillisecondsAreExact() throws Exception {
        String atom = """
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title>Frac</title><id>urn:f</id><updated>2025-11-25T00:00:00Z</updated>
                  <entry><title>millis</title><id>urn:f:1</id><link href="https://a.example/1"/>
                    <published>2025-11-25T07:47:22.105+07:00</published></entry>
                </feed>
                """;
        assertEquals(Instant.parse("2025-11-25T00:47:22.105Z"), entry(parse(atom, "application/atom+xml"), 0).published());
    }

    @Test
    void atomRelativeLinkIsResolved() throws Exception {
        String atom = """
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title>Rel</title><id>urn:x</id><updated>2025-11-25T00:00:00Z</updated>
                  <entry><title>R</title><id>urn:x:1</id><updated>2025-11-25T00:00:00Z</updated>
                    <link rel="alternate" href="../world/relative.html"/></entry>
                </feed>
                """;
        FeedEntry e = entry(parse(atom, "application/atom+xml"), 0);
        assertEquals(URI.create("https://baoduyenhai.example/world/relative.html"), e.url(), "resolved against the feed URL");
    }

    // ---- sitemaps ----

    @Test
    void googleNewsSitemapGivesTitleAndPublicationDate() throws Exception {
        String sitemap = """
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
                        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
                  <url>
                    <loc>https://baoduyenhai.example/thoi-su/bao-so-13.html</loc>
                    <lastmod>2025-11-25T10:00:00+07:00</lastmod>
                    <news:news>
                      <news:publication><news:name>Báo Duyên Hải</news:name><news:language>vi</news:language></news:publication>
                      <news:publication_date>2025-11-25T14:30:00+07:00</news:publication_date>
                      <news:title>Bão số 13 đổ bộ &amp; gây mưa lớn</news:title>
                    </news:news>
                  </url>
                  <url>
                    <loc>https://baoduyenhai.example/thoi-su/khong-news.html</loc>
                    <lastmod>2025-11-24</lastmod>
                  </url>
                </urlset>
                """;
        ParsedFeed feed = parse(sitemap, "application/xml");
        assertEquals(ParsedFeed.Format.SITEMAP, feed.format());
        assertEquals(2, feed.entries().size());
        FeedEntry news = entry(feed, 0);
        assertEquals(URI.create("https://baoduyenhai.example/thoi-su/bao-so-13.html"), news.url());
        assertEquals(news.url().toString(), news.guid(), "a sitemap has no ids: the URL is the guid");
        assertEquals("Bão số 13 đổ bộ & gây mưa lớn", news.title(), "news:title");
        assertEquals(Instant.parse("2025-11-25T07:30:00Z"), news.published(), "news:publication_date wins over lastmod");
        FeedEntry plain = entry(feed, 1);
        assertEquals("", plain.title(), "a plain sitemap entry has no title");
        assertTrue(plain.published() != null && plain.published().toString().startsWith("2025-11-2"),
                "lastmod is the date of a plain entry: " + plain.published());
    }

    @Test
    void sitemapIndexListsChildSitemaps() throws Exception {
        String index = """
                <?xml version="1.0" encoding="UTF-8"?>
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <sitemap><loc>https://baoduyenhai.example/sitemaps/news-1.xml</loc><lastmod>2025-11-25</lastmod></sitemap>
                  <sitemap><loc>https://baoduyenhai.example/sitemaps/news-2.xml</loc></sitemap>
                </sitemapindex>
                """;
        ParsedFeed feed = parse(index, "application/xml");
        assertEquals(ParsedFeed.Format.SITEMAP_INDEX, feed.format());
        assertTrue(feed.entries().isEmpty(), "an index lists sitemaps, not articles");
        assertEquals(List.of(URI.create("https://baoduyenhai.example/sitemaps/news-1.xml"),
                URI.create("https://baoduyenhai.example/sitemaps/news-2.xml")), feed.childSitemaps());
    }

    // ---- encodings ----

    @Test
    void windows1252FeedIsDecodedFromItsXmlDeclaration() throws Exception {
        String xml = """
                <?xml version="1.0" encoding="windows-1252"?>
                <rss version="2.0"><channel><title>L’Écho d’Asie</title><link>https://echoasie.example/</link>
                <description>x</description>
                <item><title>Élections à Hô Chi Minh-Ville — un débat à 5 €</title>
                <link>https://echoasie.example/monde/elections.html</link>
                <description>« Un scrutin très suivi », dit-on.</description></item>
                </channel></rss>
                """;
        byte[] bytes = xml.getBytes(Charset.forName("windows-1252"));
        for (String contentType : new String[] {"application/rss+xml", "text/xml", "application/xml", null}) {
            ParsedFeed feed = parser.parse(bytes, contentType, FEED_URL);
            assertEquals("Élections à Hô Chi Minh-Ville — un débat à 5 €", entry(feed, 0).title(), "content type " + contentType);
            assertEquals("« Un scrutin très suivi », dit-on.", entry(feed, 0).summary(), "content type " + contentType);
            assertEquals("L’Écho d’Asie", feed.title(), "content type " + contentType);
        }
    }

    @Test
    void iso88591FeedIsDecoded() throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<rss version=\"2.0\"><channel><title>Café</title>"
                + "<link>https://a.example/</link><description>d</description>"
                + "<item><title>Crème brûlée à Đà Lạt? Non: à Hué</title><link>https://a.example/x.html</link></item></channel></rss>";
        ParsedFeed feed = parser.parse(xml.replace("Đà Lạt", "Dalat").getBytes(StandardCharsets.ISO_8859_1), "application/rss+xml", FEED_URL);
        assertEquals("Crème brûlée à Dalat? Non: à Hué", entry(feed, 0).title());
    }

    @Test
    void utf8ByteOrderMarkIsAccepted() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] xml = RSS2.getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[bom.length + xml.length];
        System.arraycopy(bom, 0, body, 0, 3);
        System.arraycopy(xml, 0, body, 3, xml.length);
        assertEquals("Bão số 13 đổ bộ Quảng Ngãi", entry(parser.parse(body, "application/rss+xml", FEED_URL), 0).title());
    }

    // ---- hostile and broken input ----

    @Test
    void externalEntityIsRefusedAndNeverRead(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT-42");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<rss version=\"2.0\"><channel><title>&xxe;</title><link>https://a.example/</link><description>&xxe;</description>"
                + "<item><title>&xxe;</title><link>https://a.example/x.html</link><description>&xxe;</description></item>"
                + "</channel></rss>";
        FeedFormatException e = assertThrows(FeedFormatException.class, () -> parse(xml, "application/rss+xml"));
        assertEquals(FEED_URL, e.url());
        assertFalse(String.valueOf(e.getMessage()).contains("TOP-SECRET"), "the entity's file must never be read: " + e.getMessage());
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            assertFalse(String.valueOf(t.getMessage()).contains("TOP-SECRET"), "nor appear in a cause: " + t);
        }
    }

    @Test
    void externalEntityInASitemapIsRefused(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT-42");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE urlset [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>https://a.example/&xxe;</loc></url></urlset>";
        FeedFormatException e = assertThrows(FeedFormatException.class, () -> parse(xml, "application/xml"),
                "sitemaps with a DOCTYPE are refused too");
        assertEquals(FEED_URL, e.url());
        assertFalse(String.valueOf(e.getMessage()).contains("TOP-SECRET"), e.getMessage());
    }

    private static String billionLaughs(String root, String document) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE " + root + " [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            xml.append("<!ENTITY lol").append(i).append(" \"");
            for (int j = 0; j < 10; j++) {
                xml.append("&lol").append(i == 1 ? "" : String.valueOf(i - 1)).append(';');
            }
            xml.append("\">\n");
        }
        return xml.append("]>\n").append(document).toString();
    }

    @Test
    void billionLaughsIsRefusedQuickly() {
        String xml = billionLaughs("rss", "<rss version=\"2.0\"><channel><title>&lol9;</title><link>https://a.example/</link>"
                + "<description>d</description></channel></rss>");
        assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(FeedFormatException.class, () -> parse(xml, "application/rss+xml")),
                "entity expansion must be refused before it starts");
    }

    @Test
    void billionLaughsInASitemapIsRefusedQuickly() {
        String xml = billionLaughs("urlset", "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<url><loc>https://a.example/&lol9;</loc></url></urlset>");
        assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(FeedFormatException.class, () -> parse(xml, "application/xml")));
    }

    @Test
    void garbageBytesAreAFeedFormatExceptionNamingTheUrl() {
        byte[] garbage = new byte[4096];
        new Random(42).nextBytes(garbage);
        FeedFormatException e = assertThrows(FeedFormatException.class, () -> parser.parse(garbage, "application/rss+xml", FEED_URL));
        assertEquals(FEED_URL, e.url());
        assertTrue(e.getMessage().startsWith(FEED_URL.toString()), "message names the URL: " + e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<!DOCTYPE html><html><head><title>Báo</title></head><body><p>Trang chủ</p></body></html>",
            "<html><head><title>Báo</title></head><body><p>Trang chủ</p></body></html>",
            "{\"items\": []}",
            "",
            "   ",
            "<rss version=\"2.0\"><channel><title>Bị cắt",
            "<?xml version=\"1.0\"?><note><to>Tove</to></note>",
    })
    void documentsThatAreNoFeedAreAFeedFormatExceptionNamingTheUrl(String body) {
        FeedFormatException e = assertThrows(FeedFormatException.class, () -> parse(body, "text/html; charset=utf-8"),
                "not a feed: " + body);
        assertEquals(FEED_URL, e.url());
        assertTrue(e.getMessage().contains(FEED_URL.toString()), "message names the URL: " + e.getMessage());
    }

    @Test
    void truncatedSitemapIsAFeedFormatException() {
        String xml = "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<url><loc>https://a.example/1.html</loc></url><url><lo";
        FeedFormatException e = assertThrows(FeedFormatException.class, () -> parse(xml, "application/xml"));
        assertEquals(FEED_URL, e.url());
    }

    @Test
    void sitemapEntriesWithRelativeLocAreSkipped() throws Exception {
        String xml = "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<url><loc>/relative.html</loc></url><url><loc>https://baoduyenhai.example/a.html?utm_campaign=x</loc></url></urlset>";
        ParsedFeed feed = parse(xml, "application/xml");
        assertEquals(List.of(URI.create("https://baoduyenhai.example/a.html")), feed.entries().stream().map(FeedEntry::url).toList(),
                "sitemap locations must be absolute; the absolute one is canonicalized");
    }

    // ---- what the feedparser corpus taught ----

    @Test
    void feedLinkAndEncodingAreReported() throws Exception {
        ParsedFeed feed = parse(RSS2, "application/rss+xml; charset=utf-8");
        assertEquals(URI.create("https://baoduyenhai.example/"), feed.link());
        assertEquals(StandardCharsets.UTF_8, feed.encoding());
        ParsedFeed atom = parse("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>T</title><id>urn:t</id>"
                + "<link rel=\"self\" href=\"https://a.example/atom.xml\"/><link rel=\"alternate\" href=\"https://a.example/?utm_source=x\"/>"
                + "</feed>", "application/atom+xml");
        assertEquals(URI.create("https://a.example/"), atom.link(), "the alternate link, canonicalized");
        assertEquals(StandardCharsets.UTF_8, atom.encoding(), "no charset, no declaration: UTF-8");
    }

    @Test
    void htmlEntitiesAndStrayAmpersandsNeedNoDoctype() throws Exception {
        ParsedFeed feed = parse("<rss version=\"2.0\"><channel><title>Caf&eacute; &mdash; AT&T</title>"
                + "<item><title>Gi&aacute; v&agrave;ng</title><link>https://a.example/?a=1&b=2</link></item></channel></rss>", null);
        assertEquals("Café — AT&T", feed.title());
        assertEquals("Giá vàng", entry(feed, 0).title());
        assertEquals(URI.create("https://a.example/?a=1&b=2"), entry(feed, 0).url());
    }

    @Test
    void rss091WithTheNetscapeDoctypeIsRead() throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"
                + "<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" \"http://my.netscape.com/publish/formats/rss-0.91.dtd\">\n"
                + "<rss version=\"0.91\"><channel><title>Netscape &copy;</title><link>https://a.example/</link><description>d</description>"
                + "<language>en</language><item><title>One</title><link>https://a.example/1</link></item></channel></rss>";
        ParsedFeed feed = parser.parse(xml.getBytes(StandardCharsets.ISO_8859_1), "text/xml", FEED_URL);
        assertEquals("Netscape ©", feed.title(), "the DTD is never read, its HTML entities are known anyway");
        assertEquals(URI.create("https://a.example/1"), entry(feed, 0).url());
    }

    @Test
    void internalLiteralEntitiesAreInlined() throws Exception {
        String xml = "<!DOCTYPE rss [<!ENTITY site \"https://a.example\">]>\n"
                + "<rss version=\"2.0\"><channel><title>T</title><item><title>One</title><link>&site;/1</link>"
                + "<guid isPermaLink=\"false\">&site;/guid/1</guid></item></channel></rss>";
        FeedEntry e = entry(parse(xml, null), 0);
        assertEquals(URI.create("https://a.example/1"), e.url());
        assertEquals("https://a.example/guid/1", e.guid());
    }

    @Test
    void aCompleteButMalformedFeedIsRepaired() throws Exception {
        String xml = "<rss version=\"2.0\"><channel><title>Broken <b>markup</title>"
                + "<item><title>A < B</title><link>https://a.example/1</link><description>one<br>two</description>"
                + "<dc:creator>undeclared prefix</dc:creator></item></channel></rss";
        ParsedFeed feed = parse(xml, null);
        assertEquals(1, feed.entries().size());
        assertEquals(URI.create("https://a.example/1"), entry(feed, 0).url());
        assertTrue(entry(feed, 0).summary().startsWith("one"), entry(feed, 0).summary());
    }

    @Test
    void truncatedFeedIsRefusedAndSaysSo() {
        String xml = "<rss version=\"2.0\"><channel><title>T</title><item><title>One</title><link>https://a.example/1</link></item>"
                + "<item><title>Two</title><link>https://a.exa";
        FeedFormatException e = assertThrows(FeedFormatException.class, () -> parse(xml, null));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void rssWithoutChannelOrInAUserlandNamespaceOrUnknownVersionIsRead() throws Exception {
        for (String xml : List.of(
                "<rss version=\"2.0\"><title>T</title><item><link>https://a.example/1</link></item></rss>",
                "<rss xmlns=\"http://backend.userland.com/rss2\" version=\"2.0\"><channel><title>T</title>"
                        + "<item><link>https://a.example/1</link></item></channel></rss>",
                "<rss version=\"2.1\"><channel><title>T</title><item><link>https://a.example/1</link></item></channel></rss>")) {
            ParsedFeed feed = parse(xml, null);
            assertEquals("T", feed.title(), xml);
            assertEquals(URI.create("https://a.example/1"), entry(feed, 0).url(), xml);
        }
    }

    @Test
    void atomWithoutItsNamespaceAndAtom03AreRead() throws Exception {
        ParsedFeed plain = parse("<feed><title>No namespace</title><entry><title>E</title><link href=\"https://a.example/1\"/>"
                + "<id>urn:1</id><updated>2025-11-25T00:00:00Z</updated></entry></feed>", null);
        assertEquals(ParsedFeed.Format.ATOM, plain.format());
        assertEquals("No namespace", plain.title());
        assertEquals(URI.create("https://a.example/1"), entry(plain, 0).url());
        ParsedFeed atom03 = parse("<feed version=\"0.3\" xmlns=\"http://purl.org/atom/ns#\"><title mode=\"base64\">\n  VGl0bGU=\n</title>"
                + "<entry><title type=\"text/html\" mode=\"escaped\">&lt;b&gt;Bold&lt;/b&gt;</title>"
                + "<link rel=\"alternate\" type=\"text/html\" href=\"https://a.example/03\"/><id>urn:03</id>"
                + "<issued>2004-01-01T19:48:21Z</issued><modified>2004-01-01T19:48:21Z</modified></entry></feed>", null);
        assertEquals(ParsedFeed.Format.ATOM, atom03.format());
        assertEquals("Title", atom03.title(), "base64 with white space around it");
        assertEquals("Bold", entry(atom03, 0).title());
        assertEquals(Instant.parse("2004-01-01T19:48:21Z"), entry(atom03, 0).published());
    }

    @Test
    void atomTextTitlesKeepTheirBrackets() throws Exception {
        ParsedFeed feed = parse("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title type=\"text\">About the &lt;blink&gt; tag</title>"
                + "<entry><title type=\"html\">About the &lt;b&gt;bold&lt;/b&gt; tag</title><link href=\"https://a.example/1\"/>"
                + "<id>urn:1</id><updated>2025-11-25T00:00:00Z</updated></entry></feed>", null);
        assertEquals("About the <blink> tag", feed.title(), "type=text is literal");
        assertEquals("About the bold tag", entry(feed, 0).title(), "type=html is markup");
    }

    @Test
    void rssLinksHonourXmlBase() throws Exception {
        ParsedFeed feed = parse("<rss version=\"2.0\" xml:base=\"https://base.example/news/\"><channel><title>T</title><link>/</link>"
                + "<item xml:base=\"2025/\"><link>story.html</link></item></channel></rss>", null);
        assertEquals(URI.create("https://base.example/"), feed.link());
        assertEquals(URI.create("https://base.example/news/2025/story.html"), entry(feed, 0).url());
    }

    @Test
    void aGuidThatIsNoUrlIsNeverTakenForALink() throws Exception {
        ParsedFeed feed = parse("<rss version=\"2.0\"><channel><title>T</title><item><title>Guid only</title><guid>12345</guid></item>"
                + "</channel></rss>", null);
        assertTrue(feed.entries().isEmpty(), "'12345' resolved against the feed URL would be a made-up article: " + feed.entries());
    }

    @Test
    void datesRomeCannotReadAreReadByFeedDates() throws Exception {
        ParsedFeed feed = parse("<rss version=\"2.0\"><channel><title>T</title>"
                + "<item><link>https://a.example/1</link><pubDate>Thursday, 01-Jan-2004 19:48:21 +0700</pubDate></item>"
                + "<item><link>https://a.example/2</link><pubDate>2004-01-01 19:48:21 ICT</pubDate></item>"
                + "<item><link>https://a.example/3</link><pubDate>sometime soon</pubDate></item></channel></rss>", null);
        assertEquals(Instant.parse("2004-01-01T12:48:21Z"), entry(feed, 0).published());
        assertEquals(Instant.parse("2004-01-01T12:48:21Z"), entry(feed, 1).published(), "a space for the T, Indochina Time");
        assertNull(entry(feed, 2).published());
    }

    @Test
    void aDocumentOfAnotherFormatIsRefusedNamingItsRoot() {
        FeedFormatException e = assertThrows(FeedFormatException.class,
                () -> parse("<CHANNEL HREF=\"http://a.example/\"><TITLE>CDF</TITLE></CHANNEL>", "application/xml"));
        assertTrue(e.getMessage().contains("<CHANNEL>"), e.getMessage());
    }

    @Test
    void atomRelativeLinksResolveAgainstXmlBaseElseTheDocumentNotTheSelfLink() throws Exception {
        ParsedFeed feed = parse("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>T</title><id>urn:t</id>"
                + "<link rel=\"self\" href=\"https://other.example/feeds/atom.xml\"/>"
                + "<entry><id>urn:1</id><link href=\"story.html\"/></entry>"
                + "<entry xml:base=\"https://base.example/2025/\"><id>urn:2</id><link href=\"story.html\"/></entry></feed>", null);
        assertEquals(URI.create("https://baoduyenhai.example/rss/story.html"), entry(feed, 0).url());
        assertEquals(URI.create("https://base.example/2025/story.html"), entry(feed, 1).url());
    }
}
