package org.presswatch.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The API's reference page in a real headless Chromium: with no one signed in it lists every
 * operation of the document and tries a public one; a browser signed in searches from it and
 * makes a token (the page adds the session's CSRF token). After each, the browser has reported
 * no error and no breach of the page's Content-Security-Policy. Skipped where Debian's chromium
 * and chromedriver are not installed ({@link HeadlessChromium}).
 */
class OpenApiDocsBrowserTest {
    /** Records every breach of the policy, from before the page's own scripts run. */
    private static final String WATCH_POLICY = "window.policyBreaches = [];"
            + "document.addEventListener('securitypolicyviolation', e => window.policyBreaches.push("
            + "e.effectiveDirective + ' refused ' + (e.blockedURI || 'inline') + ' (' + e.sourceFile + ':' + e.lineNumber + ')'));";

    @TempDir
    static Path dir;
    static ApiFixture fixture;
    static HeadlessChromium chromium;
    static ChromeDriver browser;
    static WebDriverWait wait;

    @BeforeAll
    static void start() throws IOException {
        if (!HeadlessChromium.installed()) {
            return; // each test says why it is skipped
        }
        fixture = ApiFixture.start(dir.resolve("api"));
        chromium = HeadlessChromium.start(dir.resolve("profile"), Duration.ofSeconds(20));
        browser = chromium.browser;
        wait = chromium.wait;
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", WATCH_POLICY));
    }

    @AfterAll
    static void stop() throws IOException {
        try (ApiFixture closing = fixture) {
            if (chromium != null) {
                chromium.close();
            }
        }
    }

    @BeforeEach
    void needsChromium() {
        Assumptions.assumeTrue(chromium != null, HeadlessChromium.MISSING);
    }

    /** Every test ends with no error in the browser's console and no breach of the page's policy. */
    @AfterEach
    void noErrorAndNoBreach() {
        if (chromium == null) {
            return;
        }
        browser.manage().deleteAllCookies();
        assertEquals(List.of(), browser.executeScript("return window.policyBreaches"), "breaches of the Content-Security-Policy");
        assertEquals(List.of(), chromium.consoleErrors(), "errors in the browser's console");
    }

    @Test
    void thePageListsEveryOperationOfTheDocumentWithoutSigningIn() throws Exception {
        open(ApiReference.PAGE_PATH);
        WebElement search = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("operations-articles-searchArticles")));
        assertTrue(search.getText().contains("GET") && search.getText().contains("/api/v1/articles"), search.getText());
        List<String> documented = OpenApiDocumentTest.operations(ApiReference.document()).stream()
                .map(op -> op.document().get("operationId").asText()).sorted().toList();
        List<String> shown = browser.findElements(By.cssSelector(".opblock")).stream()
                .map(block -> block.getDomAttribute("id").replaceFirst("^operations-[^-]+-", "")).sorted().toList();
        assertEquals(documented, shown, "an operation block for every operation of the document");
        assertTrue(browser.findElement(By.cssSelector(".info .title")).getText().startsWith("presswatch API"),
                browser.findElement(By.cssSelector(".info .title")).getText());
    }

    @Test
    void anOperationTriedFromThePageAnswers() {
        open(ApiReference.PAGE_PATH + "#/service/health");
        WebElement health = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("operations-service-health")));
        if (health.findElements(By.cssSelector(".try-out__btn")).isEmpty()) {
            health.findElement(By.cssSelector(".opblock-summary-control")).click();
        }
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#operations-service-health .try-out__btn"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#operations-service-health .execute"))).click();
        By status = By.cssSelector("#operations-service-health .live-responses-table tbody .response-col_status");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(status, "200"));
        String body = browser.findElement(By.cssSelector("#operations-service-health .live-responses-table tbody")).getText();
        assertTrue(body.contains("\"status\": \"ok\"") && body.contains("\"articles\": 3"), body);
    }

    /** Opens a page of the server afresh, also when only its fragment differs from the page shown. */
    private static void open(String path) {
        browser.get("about:blank");
        browser.get(fixture.url(path));
    }

    @Test
    void aSignedInBrowserSearchesAndMakesATokenFromThePage() {
        open(ApiReference.PAGE_PATH);
        Object signedIn = browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch('/api/v1/session', {method: 'POST', headers: {'Content-Type': 'application/json'},"
                + " body: JSON.stringify({name: arguments[0], password: arguments[1]})}).then(r => done(r.status), e => done(String(e)));",
                TestOffice.ANALYST, TestOffice.PASSWORD);
        assertEquals(200L, signedIn, "signed in as a browser does, with the session's cookie");

        open(ApiReference.PAGE_PATH + "#/articles/searchArticles");
        String search = "#operations-articles-searchArticles";
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(search + " table.parameters")));
        List<String> codes = browser.findElements(By.cssSelector(search + " .responses-table:not(.live-responses-table) tr.response"))
                .stream().map(row -> row.getDomAttribute("data-code")).toList();
        assertEquals(List.of("200", "400", "401", "413", "414", "431"), codes, "the answer and the errors, as documented");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(search + " .try-out__btn"))).click();
        WebElement sort = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(search + " tr[data-param-name=sort] select")));
        new Select(sort).selectByVisibleText("newest");
        WebElement q = browser.findElement(By.cssSelector(search + " tr[data-param-name=q] input"));
        q.clear();
        q.sendKeys("paracels");
        String answer = execute(search, "200");
        assertTrue(answer.contains(ApiFixture.COAST_GUARD_TITLE), answer);
        String url = browser.findElement(By.cssSelector(search + " .request-url")).getText();
        assertTrue(url.contains("/api/v1/articles?q=paracels&") && url.contains("&sort=newest"), url);

        open(ApiReference.PAGE_PATH + "#/tokens/createToken");
        String create = "#operations-tokens-createToken";
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(create + " .try-out__btn"))).click();
        String made = execute(create, "201");
        assertTrue(made.contains("\"secret\": \"pwt_"), "the page sent the session's CSRF token with the POST: " + made);
    }

    /** Executes the operation tried, and the answer's body once its status is shown. */
    private static String execute(String operation, String status) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(operation + " .execute"))).click();
        By shown = By.cssSelector(operation + " .live-responses-table tbody .response-col_status");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(shown, status));
        return browser.findElement(By.cssSelector(operation + " .live-responses-table tbody")).getText();
    }
}
