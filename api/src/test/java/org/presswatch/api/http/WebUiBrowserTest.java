package org.presswatch.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.presswatch.api.http.BrowserSession.css;
import static org.presswatch.api.http.BrowserSession.data;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The search of the web UI in a real headless Chromium against a real API server, signed in as
 * Lạng Sơn's officer: what an officer clicks and sees, that crawled markup never runs, and that
 * the browser reports no error.
 */
class WebUiBrowserTest extends BrowserTest {
    private static final By HITS = css("#results .hit");

    @BeforeEach
    void signIn() {
        browser.signIn(TestOffice.OFFICER);
    }

    @Test
    void aSourceFacetFiltersTheResultsUntilClickedAgainAndTheUrlKeepsIt() {
        browser.waitForCount(HITS, 3);
        sourceFacet("straits").click();
        browser.waitForCount(HITS, 2);
        browser.all(HITS).forEach(hit -> assertTrue(hit.getText().contains(ApiFixture.FOREIGN_SOURCE), hit.getText()));
        assertTrue(chosen("straits"), "the source is shown as chosen");
        assertTrue(browser.currentUrl().contains("source=straits"), browser.currentUrl());

        browser.reload();
        browser.waitForCount(HITS, 2);
        assertTrue(chosen("straits"), "a reload keeps the chosen source");

        sourceFacet("straits").click();
        browser.waitForCount(HITS, 3);
        assertFalse(chosen("straits"));
        assertFalse(browser.currentUrl().contains("source="), browser.currentUrl());
    }

    @Test
    void theLanguageSwitchChangesTheLabels() {
        browser.waitForCount(HITS, 3);
        assertEquals("Tìm", browser.text(By.id("go")));
        assertTrue(browser.text("#results .hit .meta").contains("ngày 20/11/2026"), "a Vietnamese date: " + browser.text("#results .hit .meta"));
        browser.clickable(css(".lang button[data-lang=en]")).click();
        browser.waitForText(By.id("go"), "Search");
        browser.waitForText(css("#results > .meta"), "3 articles");
        assertTrue(facetHeadings().contains("Source"), facetHeadings().toString());
        assertEquals("en", browser.script("return document.documentElement.lang"));
        assertTrue(browser.text("#results .hit .meta").contains("20 Nov 2026"), browser.text("#results .hit .meta"));

        browser.clickable(css(".lang button[data-lang=vi]")).click();
        browser.waitForText(By.id("go"), "Tìm");
        browser.waitForText(css("#results > .meta"), "3 bài viết");
        assertTrue(facetHeadings().contains("Nguồn"), facetHeadings().toString());
    }

    @Test
    void anOpenedAlertListsTheArticlesItCitesWithoutFetchingThem() {
        browser.clickable(css("#alerts details[data-alert=story-x] summary")).click();
        By cited = css("#alerts details[data-alert=story-x][open] .cited li");
        browser.waitForCount(cited, 2);
        List<String> lines = browser.all(cited).stream().map(WebElement::getText).toList();
        assertEquals(List.of(ApiFixture.LY_SON_TITLE + " · " + ApiFixture.DOMESTIC_SOURCE,
                ApiFixture.COAST_GUARD_TITLE + " · " + ApiFixture.FOREIGN_SOURCE), lines, "in the order cited, the removed one left out");
        assertEquals(List.of(), browser.script("return performance.getEntriesByType('resource')"
                + ".map(e => new URL(e.name).pathname).filter(p => p.startsWith('/api/v1/articles/'))"), "no request per cited article");

        browser.clickable(By.linkText(ApiFixture.COAST_GUARD_TITLE)).click();
        browser.waitForText(css("#detail h2"), ApiFixture.COAST_GUARD_TITLE);
    }

    @Test
    void anOpenedArticleShowsItsTextWithTheEvidenceHighlighted() {
        browser.waitForCount(HITS, 3);
        browser.clickable(By.linkText(ApiFixture.LY_SON_TITLE)).click();
        browser.waitForText(css("#detail h2"), ApiFixture.LY_SON_TITLE);
        assertTrue(browser.currentUrl().endsWith("#" + fixture.lySonId), browser.currentUrl());
        String text = browser.text("#detail .text");
        assertTrue(text.startsWith("Tàu cá của ngư dân đặc khu Lý Sơn"), text);
        List<WebElement> topicEvidence = browser.all(css("#detail .text span.ev"));
        List<WebElement> places = browser.all(css("#detail .text span.pv"));
        assertFalse(topicEvidence.isEmpty(), "the words that made the topic are highlighted");
        assertTrue(places.stream().anyMatch(p -> p.getText().equals("Quảng Ngãi")), "and the places mentioned");
        assertTrue(topicEvidence.stream().anyMatch(e -> e.getDomAttribute("title").startsWith("Chủ quyền biển đảo: ")), "a highlight says why");

        browser.clickable(css("#detail .claims li[data-entry=paracels] summary")).click();
        browser.waitForTextIn(css("#detail li[data-entry=paracels] .entry ul"), "Châu bản triều Nguyễn");

        browser.clickable(css("#detail .close")).click();
        browser.waitGone(By.id("detail"));
        assertFalse(browser.currentUrl().contains("#"), browser.currentUrl());

        browser.open("/#" + fixture.lySonId);
        browser.waitForText(css("#detail h2"), ApiFixture.LY_SON_TITLE);
    }

    @Test
    void crawledMarkupShowsAsTextAndNeverRuns() {
        browser.open("/?q=harvest");
        browser.waitForCount(HITS, 1);
        assertEquals(ApiFixture.RICE_TITLE, browser.text("#results .hit h2"));
        assertTrue(browser.text("#results .snippet").contains(ApiFixture.RICE_SCRIPT), browser.text("#results .snippet"));
        assertFalse(browser.all(css("#results .snippet mark")).isEmpty(), "the snippet keeps its highlight");

        browser.clickable(By.linkText(ApiFixture.RICE_TITLE)).click();
        browser.waitForText(css("#detail h2"), ApiFixture.RICE_TITLE);
        assertTrue(browser.text("#detail .text").contains(ApiFixture.RICE_SCRIPT), browser.text("#detail .text"));
        assertEquals(List.of(), browser.all(css("main img, main script")), "no element made of crawled text");
        assertEquals("undefined", browser.script("return typeof window.pwned"), "no crawled script ran");
    }

    @Test
    void aStrayQuoteIsReadAsMeantNotShownAsTheParsersError() {
        browser.waitForCount(HITS, 3);
        browser.type("q", "\"Lý Sơn");
        browser.clickable(By.id("go")).click();
        browser.waitForTextIn(css("#results .hit a"), "Lý Sơn");
        assertTrue(browser.all(css("[data-error]")).isEmpty(), "no error shown for a slip of the keyboard");
        assertFalse(browser.text("#results").contains("Encountered"), "never the query parser's text");
    }

    private static WebElement sourceFacet(String id) {
        return browser.clickable(css("#facets button[data-facet=source][data-value=" + id + "]"));
    }

    private static boolean chosen(String sourceId) {
        return sourceFacet(sourceId).getDomAttribute("class").equals("on");
    }

    /** The headings' words, not as the style shows them (in capitals). */
    private static List<String> facetHeadings() {
        return browser.all(css("#facets h3")).stream().map(h -> h.getDomProperty("textContent")).toList();
    }
}
