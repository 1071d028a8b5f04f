package org.presswatch.demo.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.presswatch.demo.MiniHtml;
import org.presswatch.demo.TestArticles;
import org.presswatch.demo.Xml;
import org.presswatch.demo.corpus.CorpusArticle;
import org.presswatch.demo.corpus.Outlet;
import org.presswatch.demo.corpus.Outlet.FeedFormat;
import org.presswatch.demo.corpus.ReleaseSchedule.Release;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

@Timeout(10)
class FeedWriterTest {
    private static final Instant NEWER = Instant.parse("2025-11-25T07:30:00Z");
    private static final Instant OLDER = Instant.parse("2025-11-24T23:05:09.5Z");

    private static Outlet outlet(FeedFormat format, String language) {
        return TestArticles.outlet("feedtest", language, format, Outlet.Template.PORTAL);
    }

    @Test
    void contentTypesMatchTheFormats() {
        assertEquals("application/rss+xml; charset=utf-8", FeedWriter.contentType(FeedFormat.RSS), "RSS content type");
        assertEquals("application/atom+xml; charset=utf-8", FeedWriter.contentType(FeedFormat.ATOM), "Atom content type");
        assertEquals("application/xml; charset=utf-8", FeedWriter.contentType(FeedFormat.NEWS_SITEMAP), "sitemap content type");
    }

    @Test
    void rssCarriesEscapedTextAndAnHtmlEscapedLead() {
        Outlet o = outlet(FeedFormat.RSS, "en");
        CorpusArticle hostile = TestArticles.hostile(o);
        Document doc = Xml.parse("RSS", FeedWriter.write(o, List.of(new Release(hostile, NEWER), new Release(TestArticles.plain(o, "p"), OLDER))));
        Element channel = Xml.child(doc.getDocumentElement(), null, "channel");
        assertEquals(TestArticles.OUTLET_NAME, Xml.text(channel, null, "title"), "channel title");
        List<Element> items = Xml.children(channel, null, "item");
        assertEquals(2, items.size(), "one item per release, in the given order");
        Element item = items.get(0);
        assertEquals(TestArticles.TITLE, Xml.text(item, null, "title"), "item title should survive XML escaping intact");
        assertEquals(hostile.url(), Xml.text(item, null, "link"), "item link");
        String description = Xml.text(item, null, "description");
        assertTrue(description.startsWith("<p>") && description.endsWith("</p>"), "the description is one HTML paragraph: " + description);
        String inner = description.substring(3, description.length() - 4);
        assertFalse(inner.contains("<"), "the lead must be HTML-escaped inside the HTML description, or '<b>' becomes markup: " + inner);
        assertEquals(TestArticles.LEAD, MiniHtml.unescape(inner), "the description should decode to the lead");
        assertEquals("Tue, 25 Nov 2025 07:30:00 GMT", Xml.text(item, null, "pubDate").replace("+0000", "GMT"),
                "pubDate in RFC 1123, in the outlet's zone (UTC for a GB outlet in winter)");
        assertEquals("Mon, 24 Nov 2025 23:05:09 GMT", Xml.text(items.get(1), null, "pubDate").replace("+0000", "GMT"),
                "pubDate of the older item, seconds truncated");
    }

    @Test
    void datesAreWrittenInTheOutletsZone() {
        Outlet vi = outlet(FeedFormat.RSS, "vi");
        Document rss = Xml.parse("RSS", FeedWriter.write(vi, List.of(new Release(TestArticles.plain(vi, "p"), NEWER))));
        assertEquals("Tue, 25 Nov 2025 14:30:00 +0700",
                Xml.text(Xml.child(Xml.child(rss.getDocumentElement(), null, "channel"), null, "item"), null, "pubDate"),
                "a Vietnamese outlet dates its RSS items in Vietnam's time");
        Outlet atomVi = outlet(FeedFormat.ATOM, "vi");
        Document atom = Xml.parse("Atom", FeedWriter.write(atomVi, List.of(new Release(TestArticles.plain(atomVi, "p"), NEWER))));
        Element entry = Xml.child(atom.getDocumentElement(), Xml.ATOM, "entry");
        assertEquals("2025-11-25T14:30:00+07:00", Xml.text(entry, Xml.ATOM, "published"), "Atom published in Vietnam's time");
        assertEquals("2025-11-25T14:30:00+07:00", Xml.text(atom.getDocumentElement(), Xml.ATOM, "updated"), "feed updated = newest item");
        Outlet mapVi = outlet(FeedFormat.NEWS_SITEMAP, "vi");
        Document map = Xml.parse("sitemap", FeedWriter.write(mapVi, List.of(new Release(TestArticles.plain(mapVi, "p"), NEWER))));
        Element news = Xml.child(Xml.child(map.getDocumentElement(), Xml.SITEMAP, "url"), Xml.NEWS, "news");
        assertEquals("2025-11-25T14:30:00+07:00", Xml.text(news, Xml.NEWS, "publication_date"), "sitemap publication date in Vietnam's time");
    }

    @Test
    void atomCarriesEscapedText() {
        Outlet o = outlet(FeedFormat.ATOM, "fr");
        CorpusArticle hostile = TestArticles.hostile(o);
        Document doc = Xml.parse("Atom", FeedWriter.write(o, List.of(new Release(hostile, NEWER), new Release(TestArticles.plain(o, "p"), OLDER))));
        Element root = doc.getDocumentElement();
        assertEquals("fr", root.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"), "xml:lang is the outlet's language");
        assertEquals(TestArticles.OUTLET_NAME, Xml.text(root, Xml.ATOM, "title"), "feed title");
        List<Element> entries = Xml.children(root, Xml.ATOM, "entry");
        assertEquals(2, entries.size(), "one entry per release");
        Element entry = entries.get(0);
        assertEquals(TestArticles.TITLE, Xml.text(entry, Xml.ATOM, "title"), "entry title");
        assertEquals(TestArticles.LEAD, Xml.text(entry, Xml.ATOM, "summary"), "entry summary is the lead, as text");
        assertEquals(TestArticles.AUTHOR, Xml.text(Xml.child(entry, Xml.ATOM, "author"), Xml.ATOM, "name"), "entry author");
        assertEquals(NEWER, OffsetDateTime.parse(Xml.text(entry, Xml.ATOM, "published")).toInstant(), "entry published");
        assertEquals(OLDER, OffsetDateTime.parse(Xml.text(entries.get(1), Xml.ATOM, "published")).toInstant(),
                "Atom keeps sub-second precision");
        assertFalse(Xml.text(entry, Xml.ATOM, "id").equals(Xml.text(entries.get(1), Xml.ATOM, "id")), "entry ids differ");
    }

    @Test
    void newsSitemapCarriesEscapedText() {
        Outlet o = outlet(FeedFormat.NEWS_SITEMAP, "zh");
        CorpusArticle hostile = TestArticles.hostile(o);
        Document doc = Xml.parse("sitemap", FeedWriter.write(o, List.of(new Release(hostile, NEWER))));
        Element url = Xml.child(doc.getDocumentElement(), Xml.SITEMAP, "url");
        assertEquals(hostile.url(), Xml.text(url, Xml.SITEMAP, "loc"), "loc");
        Element news = Xml.child(url, Xml.NEWS, "news");
        assertEquals(TestArticles.TITLE, Xml.text(news, Xml.NEWS, "title"), "news:title");
        Element publication = Xml.child(news, Xml.NEWS, "publication");
        assertEquals(TestArticles.OUTLET_NAME, Xml.text(publication, Xml.NEWS, "name"), "news:name");
        assertEquals("zh", Xml.text(publication, Xml.NEWS, "language"), "news:language");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(FeedFormat.class)
    void anEmptyFeedIsStillValid(FeedFormat format) {
        Outlet o = outlet(format, "en");
        Document doc = Xml.parse(format + " feed", FeedWriter.write(o, List.of()));
        Element root = doc.getDocumentElement();
        switch (format) {
            case RSS -> assertEquals(0, Xml.children(Xml.child(root, null, "channel"), null, "item").size(), "no items");
            case ATOM -> {
                assertEquals(0, Xml.children(root, Xml.ATOM, "entry").size(), "no entries");
                OffsetDateTime.parse(Xml.text(root, Xml.ATOM, "updated"));
            }
            case NEWS_SITEMAP -> assertEquals(0, Xml.children(root, Xml.SITEMAP, "url").size(), "no urls");
            default -> throw new AssertionError(format);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(FeedFormat.class)
    void declaresUtf8AndKeepsNonAsciiText(FeedFormat format) {
        Outlet o = outlet(format, "vi");
        CorpusArticle a = new CorpusArticle(o, "unicode", "news", "Biển Đông, 南海 et la mer de Chine méridionale", "Lead.",
                List.of("Body."), "Nguyễn Thị Hà", List.of(), List.of());
        String xml = FeedWriter.write(o, List.of(new Release(a, NEWER)));
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"") && xml.substring(0, 40).toLowerCase().contains("utf-8"),
                format + ": the XML declaration should name UTF-8");
        Document doc = Xml.parse(format + " feed", xml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(doc.getDocumentElement().getTextContent().contains(a.title()), format + ": the title should come through intact");
    }
}
