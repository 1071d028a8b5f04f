package org.presswatch.api.http;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every browser test of the web UI shares: one {@link ApiFixture} and one headless Chromium
 * ({@link BrowserSession}) for the test class; each test starts as a first visit, nobody signed
 * in, and ends with no error in the browser. Skipped, each test saying why (so that the build's
 * summary of skipped tests counts them), where Chromium is not installed.
 */
abstract class BrowserTest {
    @TempDir
    static Path dir;
    static ApiFixture fixture;
    static BrowserSession browser;

    @BeforeAll
    static void startBrowser() throws IOException {
        if (BrowserSession.unavailable().isPresent()) {
            return;
        }
        fixture = ApiFixture.start(dir.resolve("api"));
        browser = BrowserSession.start(fixture, dir.resolve("profile"));
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        try (ApiFixture closingFixture = fixture; BrowserSession closingBrowser = browser) {
            fixture = null;
            browser = null;
        }
    }

    @BeforeEach
    void needsChromium() {
        Assumptions.assumeTrue(browser != null, () -> BrowserSession.unavailable().orElse("the browser did not start"));
    }

    /** Every test ends with no error in the browser's console and no violation of the page's policy. */
    @AfterEach
    void noErrorInTheBrowser() {
        if (browser == null) {
            return;
        }
        try {
            browser.assertNoErrors();
        } finally {
            browser.reset();
        }
    }
}
