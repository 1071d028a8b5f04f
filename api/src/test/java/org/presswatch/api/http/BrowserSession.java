package org.presswatch.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium on the web UI of an {@link ApiFixture}, for the browser tests of every
 * page: it signs in and out as the office's accounts, finds elements by their stable ids and data
 * attributes, and records what the browser reports as wrong, so that a test fails on a script
 * error, a violation of the Content-Security-Policy, or a request the server refused that the test
 * did not expect ({@link #assertNoErrors}). It drives Debian's chromium through its chromedriver,
 * never one Selenium would download; {@link #unavailable} says why a machine cannot run it.
 */
final class BrowserSession implements AutoCloseable {
    private static final Duration PATIENCE = Duration.ofSeconds(15);
    private static final Duration POLL = Duration.ofMillis(100);
    /** Chromium's console line for a response of 4xx or 5xx: the URL and the status. */
    private static final Pattern REFUSED = Pattern.compile("^(\\S+) - Failed to load resource: the server responded with a status of (\\d{3})");
    /**
     * Run in every document before its own scripts: keeps the page's violations of its policy,
     * which the console only summarizes, with the directive and what was blocked.
     */
    private static final String RECORD_VIOLATIONS = "window.__presswatchViolations = [];"
            + "document.addEventListener('securitypolicyviolation', e => window.__presswatchViolations.push("
            + "e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber), true);";

    /** A refusal a test expects: the server answers the path with the status, and the console says so. */
    private record Expected(String path, int status) {}

    private final ApiFixture fixture;
    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final List<Expected> expected = new ArrayList<>();
    private final List<String> violations = new ArrayList<>();

    private BrowserSession(ApiFixture fixture, ChromeDriver driver) {
        this.fixture = fixture;
        this.driver = driver;
        // the default half second between looks would add up over the many waits of a test
        this.wait = new WebDriverWait(driver, PATIENCE, POLL);
    }

    /** Why no browser can run on this machine, for the test's skip message; empty when one can. */
    static Optional<String> unavailable() {
        return HeadlessChromium.installed() ? Optional.empty() : Optional.of(HeadlessChromium.MISSING);
    }

    /**
     * Starts a browser with a profile of its own.
     *
     * @param profile an empty folder for the browser's profile
     */
    static BrowserSession start(ApiFixture fixture, Path profile) throws IOException {
        ChromeDriver driver = HeadlessChromium.launch(profile);
        // the pages' own size: wide enough for the results beside an article, short enough to scroll
        driver.manage().window().setSize(new Dimension(1400, 1000));
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_VIOLATIONS));
        return new BrowserSession(fixture, driver);
    }

    // --- going places and signing in

    /** Opens a path of the fixture's server: "/", "/?q=harvest", "/#/tokens". */
    void open(String path) {
        keepViolations();
        driver.get(fixture.url(path));
    }

    String currentUrl() {
        return driver.getCurrentUrl();
    }

    void reload() {
        keepViolations();
        driver.navigate().refresh();
    }

    /** Opens the page and waits for the sign-in form: nobody may be signed in. */
    void openSignIn() {
        // the page asks who is signed in first, and is told nobody (401) before it shows the form
        expectRefusal("/api/v1/session", 401);
        open("/");
        visible("signin-form");
    }

    /** Fills the sign-in form and sends it, whatever follows. */
    void submitSignIn(String account, String password) {
        type("signin-name", account);
        type("signin-password", password);
        visible("signin-submit").click();
    }

    /** Signs in as the account of the {@link TestOffice} from the sign-in page, and waits for the app to show it. */
    void signIn(String account) {
        openSignIn();
        submitSignIn(account, TestOffice.PASSWORD);
        until(ExpectedConditions.visibilityOfElementLocated(data("account", account)));
    }

    /** Searches for the words with the search form, and waits for the results (the URL says the search once it has them). */
    void search(String words) {
        type("q", words);
        clickable(By.id("go")).click();
        until(d -> Boolean.TRUE.equals(script("return new URLSearchParams(location.search).get('q') === arguments[0]", words)));
    }

    /** Opens the user menu (the account in the header). */
    void openMenu() {
        WebElement menu = visible("user");
        if (menu.getDomAttribute("open") == null) {
            menu.findElement(By.tagName("summary")).click();
        }
    }

    /** Closes the user menu as a user would, with Escape: open, it covers what lies under it. */
    void closeMenu() {
        visible("user").findElement(By.tagName("summary")).sendKeys(Keys.ESCAPE);
        until(d -> visible("user").getDomAttribute("open") == null);
    }

    /** The items of the user menu, by their data-menu names. */
    List<String> menuItems() {
        openMenu();
        return until(ExpectedConditions.visibilityOfAllElementsLocatedBy(By.cssSelector("#user [data-menu]"))).stream()
                .map(e -> e.getDomAttribute("data-menu")).toList();
    }

    /** Chooses an item of the user menu: tokens, accounts, signout. */
    void menu(String item) {
        openMenu();
        until(ExpectedConditions.elementToBeClickable(By.cssSelector("#user [data-menu=" + item + "]"))).click();
    }

    /** Signs out with the menu and waits for the sign-in page. */
    void signOut() {
        menu("signout");
        visible("signin-form");
    }

    /** The session cookie's value (HttpOnly: the page's scripts cannot read it, the driver can), or null. */
    String sessionCookie() {
        Cookie cookie = driver.manage().getCookieNamed(Gatekeeper.SESSION_COOKIE);
        return cookie == null ? null : cookie.getValue();
    }

    // --- finding things

    /** The element with the id, once visible. */
    WebElement visible(String id) {
        return until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    /** Elements by a data attribute: {@code data("user", "langson")} is {@code [data-user="langson"]}. */
    static By data(String attribute, String value) {
        return By.cssSelector("[data-" + attribute + "=\"" + value.replace("\"", "\\\"") + "\"]");
    }

    static By css(String selector) {
        return By.cssSelector(selector);
    }

    /** The element once visible. */
    WebElement visible(By by) {
        return until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** The element once it can be clicked. */
    WebElement clickable(By by) {
        return until(ExpectedConditions.elementToBeClickable(by));
    }

    List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    /** The visible text of the element, once there. */
    String text(By by) {
        return visible(by).getText();
    }

    String text(String css) {
        return text(By.cssSelector(css));
    }

    /** Waits for the element's text to be the text. */
    void waitForText(By by, String text) {
        until(ExpectedConditions.textToBe(by, text));
    }

    /** Waits for the element's text to hold the fragment. */
    void waitForTextIn(By by, String fragment) {
        until(ExpectedConditions.textToBePresentInElementLocated(by, fragment));
    }

    void waitForCount(By by, int count) {
        until(ExpectedConditions.numberOfElementsToBe(by, count));
    }

    void waitGone(By by) {
        until(ExpectedConditions.invisibilityOfElementLocated(by));
    }

    /** Empties the field with the id and types the text into it. */
    void type(String id, String text) {
        WebElement field = visible(id);
        field.clear();
        field.sendKeys(text);
    }

    <T> T until(ExpectedCondition<T> condition) {
        return wait.until(condition);
    }

    /** A picture of the page as it is, for a person to look at when a test is written or fails. */
    void screenshot(Path file) throws IOException {
        Files.write(file, driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }

    Object script(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    // --- what went wrong

    /**
     * A refusal the test expects, so that the console's line about it is no error: the server may
     * answer requests of the path (without its query) with the status, until the test ends.
     */
    void expectRefusal(String path, int status) {
        expected.add(new Expected(path, status));
    }

    /**
     * Fails with every error the browser reported since the last call: console errors (a script that
     * failed, a promise nobody caught, a policy violation, a refused request the test did not
     * expect), and the violations of the page's policy its documents recorded. Forgets the expected
     * refusals.
     */
    void assertNoErrors() {
        keepViolations();
        List<String> errors = new ArrayList<>(violations);
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER).getAll()) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue() && !isExpected(entry.getMessage())) {
                errors.add(entry.getMessage());
            }
        }
        violations.clear();
        expected.clear();
        assertEquals(List.of(), errors, "errors in the browser: console errors and violations of the Content-Security-Policy");
    }

    private boolean isExpected(String message) {
        Matcher refused = REFUSED.matcher(message);
        if (!refused.find()) {
            return false;
        }
        String path = URI.create(refused.group(1)).getPath();
        int status = Integer.parseInt(refused.group(2));
        return expected.contains(new Expected(path, status));
    }

    /** The current document's recorded violations, before it goes. */
    private void keepViolations() {
        try {
            Object recorded = driver.executeScript("return window.__presswatchViolations || []");
            if (recorded instanceof List<?> list) {
                list.forEach(v -> violations.add("Content-Security-Policy: " + v));
            }
            driver.executeScript("if (window.__presswatchViolations) window.__presswatchViolations.length = 0");
        } catch (RuntimeException e) {
            // about:blank or a page still loading has no list yet, and nothing to report
        }
    }

    /**
     * Leaves the app and forgets every account: no page left polling the API, no cookie, no
     * language chosen, no console lines. The next test starts as a first visit.
     */
    void reset() {
        try {
            driver.executeScript("try { localStorage.clear(); } catch (e) {}");
        } catch (RuntimeException e) {
            // no page yet
        }
        driver.get("about:blank");
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        driver.manage().logs().get(LogType.BROWSER).getAll();
        violations.clear();
        expected.clear();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
