package org.presswatch.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in a real headless Chromium against a real API server: what an officer clicks and
 * sees, that crawled markup never runs, and that the browser reports no error. It drives
 * Debian's chromium through its chromedriver, never one Selenium would download, and is skipped
 * where they are not installed.
 */
class WebUiBrowserTest {
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path BROWSER = Path.of("/usr/bin/chromium");
    /** The flags known to work here, also as root (hence no sandbox), with nothing fetched from the network. */
    private static final List<String> FLAGS = List.of("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");
    private static final Duration PATIENCE = Duration.ofSeconds(15);

    @TempDir
    static Path dir;
    static ApiFixture fixture;
    static ChromeDriver browser;
    static WebDriverWait wait;

    @BeforeAll
    static void start() throws IOException {
        if (!Files.isExecutable(DRIVER) || !Files.isExecutable(BROWSER)) {
            // each test says why it is skipped, so that the build's summary of skipped tests counts them
            return;
        }
        fixture = ApiFixture.start(dir.resolve("api"));
        ChromeDriverService driver = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions().setBinary(BROWSER.toFile());
        options.addArguments(FLAGS);
        options.addArguments("--user-data-dir=" + Files.createDirectory(dir.resolve("profile")));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        browser = new ChromeDriver(driver, options);
        wait = new WebDriverWait(browser, PATIENCE);
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (fixture != null) {
            fixture.close();
        }
    }

    @BeforeEach
    void needsChromium() {
        Assumptions.assumeTrue(browser != null,
                "no headless Chromium (" + DRIVER + ", " + BROWSER + "): .ci/run installs Debian's chromium and chromium-driver");
    }

    /** Every test ends with no error in the browser's console (a script that failed, a request refused, the policy broken). */
    @AfterEach
    void noErrorInTheConsole() {
        if (browser == null) {
            return;
        }
        browser.executeScript("localStorage.clear()");
        List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
        assertEquals(List.of(), errors, "errors in the browser's console");
    }

    @Test
    void aSourceFacetFiltersTheResultsUntilClickedAgainAndTheUrlKeepsIt() {
        open("/");
        waitForHits(3);
        sourceFacet("straits").click();
        waitForHits(2);
        hits().forEach(hit -> assertTrue(hit.getText().contains(ApiFixture.FOREIGN_SOURCE), hit.getText()));
        assertTrue(chosen("straits"), "the source is shown as chosen");
        assertTrue(browser.getCurrentUrl().contains("source=straits"), browser.getCurrentUrl());

        browser.navigate().refresh();
        waitForHits(2);
        assertTrue(chosen("straits"), "a reload keeps the chosen source");

        sourceFacet("straits").click();
        waitForHits(3);
        assertFalse(chosen("straits"));
        assertFalse(browser.getCurrentUrl().contains("source="), browser.getCurrentUrl());
    }

    @Test
    void theLanguageSwitchChangesTheLabels() {
        open("/");
        waitForHits(3);
        assertEquals("Tìm", text("#go"));
        assertTrue(text("#results .hit .meta").contains("ngày 20/11/2026"), "a Vietnamese date: " + text("#results .hit .meta"));
        browser.findElement(By.cssSelector(".lang button[data-lang=en]")).click();
        wait.until(ExpectedConditions.textToBe(By.id("go"), "Search"));
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#results > .meta"), "3 articles"));
        assertTrue(facetHeadings().contains("Source"), facetHeadings().toString());
        assertEquals("en", browser.findElement(By.tagName("html")).getDomAttribute("lang"));
        assertTrue(text("#results .hit .meta").contains("20 Nov 2026"), text("#results .hit .meta"));

        browser.findElement(By.cssSelector(".lang button[data-lang=vi]")).click();
        wait.until(ExpectedConditions.textToBe(By.id("go"), "Tìm"));
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#results > .meta"), "3 bài viết"));
        assertTrue(facetHeadings().contains("Nguồn"), facetHeadings().toString());
    }

    @Test
    void anOpenedAlertListsTheArticlesItCitesWithoutFetchingThem() {
        open("/");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#alerts details[data-alert=story-x] summary"))).click();
        By cited = By.cssSelector("#alerts details[data-alert=story-x][open] .cited li");
        wait.until(ExpectedConditions.numberOfElementsToBe(cited, 2));
        List<String> lines = browser.findElements(cited).stream().map(WebElement::getText).toList();
        assertEquals(List.of(ApiFixture.LY_SON_TITLE + " · " + ApiFixture.DOMESTIC_SOURCE,
                ApiFixture.COAST_GUARD_TITLE + " · " + ApiFixture.FOREIGN_SOURCE), lines, "in the order cited, the removed one left out");
        assertEquals(List.of(), browser.executeScript("return performance.getEntriesByType('resource')"
                + ".map(e => new URL(e.name).pathname).filter(p => p.startsWith('/api/v1/articles/'))"), "no request per cited article");

        browser.findElement(By.linkText(ApiFixture.COAST_GUARD_TITLE)).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#detail h2"), ApiFixture.COAST_GUARD_TITLE));
    }

    @Test
    void anOpenedArticleShowsItsTextWithTheEvidenceHighlighted() {
        open("/");
        waitForHits(3);
        browser.findElement(By.linkText(ApiFixture.LY_SON_TITLE)).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#detail h2"), ApiFixture.LY_SON_TITLE));
        assertTrue(browser.getCurrentUrl().endsWith("#" + fixture.lySonId), browser.getCurrentUrl());
        String text = text("#detail .text");
        assertTrue(text.startsWith("Tàu cá của ngư dân đặc khu Lý Sơn"), text);
        List<WebElement> topicEvidence = browser.findElements(By.cssSelector("#detail .text span.ev"));
        List<WebElement> places = browser.findElements(By.cssSelector("#detail .text span.pv"));
        assertFalse(topicEvidence.isEmpty(), "the words that made the topic are highlighted");
        assertTrue(places.stream().anyMatch(p -> p.getText().equals("Quảng Ngãi")), "and the places mentioned");
        assertTrue(topicEvidence.stream().anyMatch(e -> e.getDomAttribute("title").startsWith("Chủ quyền biển đảo: ")), "a highlight says why");

        browser.findElement(By.cssSelector("#detail .claims summary")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#detail .entry ul"), "Châu bản triều Nguyễn"));

        browser.findElement(By.cssSelector("#detail .close")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("detail")));
        assertFalse(browser.getCurrentUrl().contains("#"), browser.getCurrentUrl());

        open("/#" + fixture.lySonId);
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#detail h2"), ApiFixture.LY_SON_TITLE));
    }

    @Test
    void crawledMarkupShowsAsTextAndNeverRuns() {
        open("/?q=harvest");
        waitForHits(1);
        assertEquals(ApiFixture.RICE_TITLE, text("#results .hit h2"));
        assertTrue(text("#results .snippet").contains(ApiFixture.RICE_SCRIPT), text("#results .snippet"));
        assertFalse(browser.findElements(By.cssSelector("#results .snippet mark")).isEmpty(), "the snippet keeps its highlight");

        browser.findElement(By.linkText(ApiFixture.RICE_TITLE)).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#detail h2"), ApiFixture.RICE_TITLE));
        assertTrue(text("#detail .text").contains(ApiFixture.RICE_SCRIPT), text("#detail .text"));
        assertEquals(List.of(), browser.findElements(By.cssSelector("main img, main script")), "no element made of crawled text");
        assertEquals("undefined", browser.executeScript("return typeof window.pwned"), "no crawled script ran");
    }

    private static void open(String path) {
        browser.get(fixture.url(path));
    }

    private static void waitForHits(int count) {
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#results .hit"), count));
    }

    private static List<WebElement> hits() {
        return browser.findElements(By.cssSelector("#results .hit"));
    }

    private static WebElement sourceFacet(String id) {
        return wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#facets button[data-facet=source][data-value=" + id + "]")));
    }

    private static boolean chosen(String sourceId) {
        return sourceFacet(sourceId).getDomAttribute("class").equals("on");
    }

    /** The headings' words, not as the style shows them (in capitals). */
    private static List<String> facetHeadings() {
        return browser.findElements(By.cssSelector("#facets h3")).stream().map(h -> h.getDomProperty("textContent")).toList();
    }

    private static String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }
}
