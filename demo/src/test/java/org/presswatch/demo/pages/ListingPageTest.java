package org.presswatch.demo.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.presswatch.demo.MiniHtml;
import org.presswatch.demo.TestArticles;
import org.presswatch.demo.corpus.CorpusArticle;
import org.presswatch.demo.corpus.Outlet;

@Timeout(10)
class ListingPageTest {
    @ParameterizedTest(name = "{0}")
    @EnumSource(Outlet.FeedFormat.class)
    void escapesTextAndAnnouncesTheFeedsType(Outlet.FeedFormat format) {
        Outlet outlet = TestArticles.outlet("hostile", "en", format, Outlet.Template.CLASSIC);
        CorpusArticle hostile = TestArticles.hostile(outlet);
        for (String heading : new String[] {null, TestArticles.SECTION_NAME}) {
            String html = ListingPage.render(outlet, heading, List.of(hostile, TestArticles.plain(outlet, "plain")));
            MiniHtml.Parsed page = MiniHtml.parse(html);
            assertTrue(page.problems().isEmpty(), "listing page is not well-formed: " + page.problems());
            for (String raw : TestArticles.RAW_FRAGMENTS) {
                assertFalse(html.contains(raw), "the listing page contains unescaped text '" + raw + "'");
            }
            assertTrue(MiniHtml.texts(html, "a").contains(TestArticles.TITLE), "the story title should be shown intact");
            assertTrue(MiniHtml.texts(html, "p").contains(TestArticles.LEAD), "the story lead should be shown intact");
            assertEquals(List.of(heading == null ? "Home" : heading), MiniHtml.texts(html, "h1"), "heading");
            assertEquals(heading == null ? TestArticles.OUTLET_NAME : heading + " - " + TestArticles.OUTLET_NAME,
                    MiniHtml.texts(html, "title").get(0), "<title>");
            MiniHtml.Tag feed = page.tags("link").stream().filter(t -> "alternate".equals(t.attr("rel"))).findFirst().orElseThrow();
            assertEquals(format.path(), feed.attr("href"), "feed link");
            String expectedType = switch (format) {
                case RSS -> "application/rss+xml";
                case ATOM -> "application/atom+xml";
                case NEWS_SITEMAP -> "application/xml";
            };
            assertEquals(expectedType, feed.attr("type"), "the feed link should announce the feed's real type");
        }
    }

    @Test
    void anEmptyListingIsStillAPage() {
        Outlet outlet = TestArticles.outlet("empty", "vi", Outlet.FeedFormat.RSS, Outlet.Template.PORTAL);
        String html = ListingPage.render(outlet, null, List.of());
        assertTrue(MiniHtml.parse(html).problems().isEmpty(), "empty listing: " + MiniHtml.parse(html).problems());
        assertTrue(html.contains("<ul class=\"stories\"></ul>"), "an empty listing should have an empty story list");
        assertEquals(List.of("Trang chủ"), MiniHtml.texts(html, "h1"), "a Vietnamese home page is headed 'Trang chủ'");
    }
}
