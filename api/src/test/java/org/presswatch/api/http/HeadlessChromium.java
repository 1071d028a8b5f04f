package org.presswatch.api.http;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium, headless, driven through Debian's chromedriver (never a browser or a driver
 * Selenium would download), with its console recorded: for the tests of pages in a real browser.
 * Where the two are not installed, a test says so and is skipped ({@link #MISSING}).
 */
final class HeadlessChromium implements AutoCloseable {
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final String MISSING = "no headless Chromium (" + DRIVER + ", " + BROWSER
            + "): .ci/run installs Debian's chromium and chromium-driver";
    /** The flags known to work here, also as root (hence no sandbox), with nothing fetched from the network. */
    private static final List<String> FLAGS = List.of("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--window-size=1280,1600");

    final ChromeDriver browser;
    final WebDriverWait wait;

    private HeadlessChromium(ChromeDriver browser, Duration patience) {
        this.browser = browser;
        this.wait = new WebDriverWait(browser, patience);
    }

    static boolean installed() {
        return Files.isExecutable(DRIVER) && Files.isExecutable(BROWSER);
    }

    /** @param profile a folder for the browser's profile, made here */
    static HeadlessChromium start(Path profile, Duration patience) throws IOException {
        return new HeadlessChromium(launch(profile), patience);
    }

    /**
     * The browser alone, its console recorded, for harnesses of their own ({@link BrowserSession}).
     *
     * @param profile a folder for the browser's profile, made here
     */
    static ChromeDriver launch(Path profile) throws IOException {
        ChromeDriverService driver = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions().setBinary(BROWSER.toFile());
        options.addArguments(FLAGS);
        options.addArguments("--user-data-dir=" + Files.createDirectories(profile));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        return new ChromeDriver(driver, options);
    }

    /** The errors in the browser's console since the last call: a script that failed, a request refused, a policy broken. */
    List<String> consoleErrors() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
    }

    @Override
    public void close() {
        browser.quit();
    }
}
