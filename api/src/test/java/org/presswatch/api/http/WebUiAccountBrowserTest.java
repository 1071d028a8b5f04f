package org.presswatch.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.presswatch.api.http.BrowserSession.css;
import static org.presswatch.api.http.BrowserSession.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The web UI's accounts in a real headless Chromium: signing in and out, what a wrong password
 * and a session that ended show, that a draft of one province's office stays hidden from another
 * province's officer, the admins' accounts page and the API tokens page.
 */
class WebUiAccountBrowserTest extends BrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final By SIGN_IN_MESSAGE = By.id("signin-message");
    private static final String DRAFT_CLAIM_CSS = "#detail .claims li[data-entry=" + ApiFixture.LANG_SON_DRAFT + "]";
    private static final By DRAFT_CLAIM = css(DRAFT_CLAIM_CSS);
    private static final By DRAFT_EVIDENCE = css(DRAFT_CLAIM_CSS + " summary");

    @Test
    void anOfficerSignsInSearchesReadsAnEntryAndSignsOutForGood() throws Exception {
        browser.openSignIn();
        assertEquals("Đăng nhập", browser.text(By.id("signin-submit")));
        browser.submitSignIn(TestOffice.OFFICER, TestOffice.PASSWORD);
        browser.visible(data("account", TestOffice.OFFICER));
        browser.openMenu();
        assertEquals(TestOffice.OFFICER + "\nCán bộ · Lạng Sơn", browser.text(By.id("who")));
        browser.closeMenu();

        browser.search("Hoàng Sa");
        browser.clickable(By.linkText(ApiFixture.LY_SON_TITLE)).click();
        browser.clickable(css("#detail .claims li[data-entry=paracels] summary")).click();
        browser.waitForTextIn(css("#detail li[data-entry=paracels] .entry"), "Châu bản triều Nguyễn");

        String cookie = browser.sessionCookie();
        assertNotNull(cookie, "the sign-in set the session cookie");
        browser.signOut();
        assertEquals("Bạn đã đăng xuất.", browser.text(SIGN_IN_MESSAGE));
        assertTrue(browser.all(css("#results .hit, #detail h2")).isEmpty(), "nothing of the officer's work is left on the page");
        assertNull(browser.sessionCookie(), "the browser forgot the cookie");
        HttpResponse<String> after = HTTP.send(HttpRequest.newBuilder(URI.create(fixture.url("/api/v1/articles")))
                .header("Cookie", Gatekeeper.SESSION_COOKIE + "=" + cookie).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, after.statusCode(), "the server ended the session: " + after.body());

        browser.expectRefusal("/api/v1/session", 401);
        browser.reload();
        browser.visible("signin-form");
    }

    @Test
    void aWrongPasswordIsToldInTheUsersLanguageAndTooManyMakeHimWait() {
        browser.expectRefusal("/api/v1/session", 429);
        browser.openSignIn();
        String stranger = "nguoi-la";
        browser.submitSignIn(stranger, "không phải mật khẩu");
        browser.waitForText(SIGN_IN_MESSAGE, "Tên đăng nhập hoặc mật khẩu không đúng.");
        browser.clickable(css(".lang button[data-lang=en]")).click();
        browser.waitForText(SIGN_IN_MESSAGE, "Wrong account name or password.");
        assertEquals(stranger, browser.visible("signin-name").getDomProperty("value"), "what was typed stays");
        browser.clickable(css(".lang button[data-lang=vi]")).click();

        // the throttle lets one address try an account five times in a quarter of an hour
        for (int attempt = 2; attempt <= 6; attempt++) {
            browser.submitSignIn(stranger, "không phải mật khẩu " + attempt);
            answered();
            assertEquals(attempt <= 5 ? "Tên đăng nhập hoặc mật khẩu không đúng." : "Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.",
                    browser.text(SIGN_IN_MESSAGE), "attempt " + attempt);
        }
    }

    /** Waits for the answer to a sign-in that failed: the form is sent again with the same words, so its password field tells. */
    private static void answered() {
        browser.until(d -> browser.visible("signin-password").getDomProperty("value").isEmpty()
                && "false".equals(browser.visible("signin-submit").getDomProperty("disabled")));
    }

    @Test
    void aSessionEndedOnTheServerBringsBackTheSignInPageAndSigningInAgainTheSearch() throws Exception {
        browser.signIn(TestOffice.ANALYST);
        browser.waitForCount(css("#results .hit"), 3);
        String cookie = Gatekeeper.SESSION_COOKIE + "=" + browser.sessionCookie();
        JsonNode session = JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(fixture.url("/api/v1/session"))).header("Cookie", cookie)
                .build(), HttpResponse.BodyHandlers.ofString()).body());
        HttpResponse<String> ended = HTTP.send(HttpRequest.newBuilder(URI.create(fixture.url("/api/v1/session"))).header("Cookie", cookie)
                .header(Gatekeeper.CSRF_HEADER, session.get("csrf_token").asText()).DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(204, ended.statusCode(), ended.body());

        browser.expectRefusal("/api/v1/articles", 401);
        browser.type("q", "Hoàng Sa");
        browser.clickable(By.id("go")).click();
        browser.waitForText(SIGN_IN_MESSAGE, "Phiên làm việc của bạn đã kết thúc. Vui lòng đăng nhập lại.");
        assertFalse(browser.visible("signin-form").findElements(By.tagName("input")).isEmpty());
        assertTrue(browser.all(css("#results .hit")).isEmpty(), "the results went with the session");

        browser.submitSignIn(TestOffice.ANALYST, TestOffice.PASSWORD);
        browser.visible(data("account", TestOffice.ANALYST));
        browser.waitForCount(css("#results .hit"), 3);
    }

    @Test
    void aDraftOfLangSonsOfficeIsShownToItsOfficerAndNotToKhanhHoas() {
        browser.signIn(TestOffice.OFFICER);
        openRiceArticle();
        browser.clickable(DRAFT_EVIDENCE).click();
        browser.waitForTextIn(DRAFT_CLAIM, ApiFixture.LANG_SON_DRAFT_POINT);
        assertTrue(browser.text(DRAFT_CLAIM).contains("bản nháp"), browser.text(DRAFT_CLAIM));
        browser.signOut();

        // once the API leaves out the claims of entries the caller may not read, there is no claim to open
        browser.expectRefusal("/api/v1/library/" + ApiFixture.LANG_SON_DRAFT, 403);
        browser.submitSignIn(TestOffice.OTHER_OFFICER, TestOffice.PASSWORD);
        browser.visible(data("account", TestOffice.OTHER_OFFICER));
        openRiceArticle();
        if (!browser.all(DRAFT_CLAIM).isEmpty()) {
            browser.clickable(DRAFT_EVIDENCE).click();
            browser.waitForText(css(DRAFT_CLAIM_CSS + " [data-refused]"),
                    "Mục này thuộc văn phòng báo chí của tỉnh, thành phố khác; tài khoản của bạn không xem được.");
        }
        assertFalse(browser.text(By.id("detail")).contains(ApiFixture.LANG_SON_DRAFT_POINT), browser.text(By.id("detail")));
        assertFalse(browser.text(By.id("detail")).contains("Lỗi"), "no raw error: " + browser.text(By.id("detail")));
    }

    @Test
    void anAdminAddsAnAccountAndOnlyAnAdminHasTheAccountsPage() {
        browser.signIn(TestOffice.OFFICER);
        assertEquals(List.of("tokens", "signout"), browser.menuItems());
        browser.open("/#/accounts");
        browser.visible(By.id("results"));
        assertTrue(browser.all(By.id("user-form")).isEmpty(), "no accounts page for an officer, whatever the address says");
        browser.signOut();

        browser.submitSignIn(TestOffice.ADMIN, TestOffice.PASSWORD);
        browser.visible(data("account", TestOffice.ADMIN));
        assertEquals(List.of("tokens", "accounts", "signout"), browser.menuItems());
        browser.menu("accounts");
        browser.visible(data("user", TestOffice.OFFICER));
        assertTrue(browser.currentUrl().endsWith("#/accounts"), browser.currentUrl());
        assertTrue(browser.text(data("user", TestOffice.OTHER_OFFICER)).contains("Khánh Hòa"), browser.text(data("user", TestOffice.OTHER_OFFICER)));

        String name = "canbo.moi";
        browser.type("user-name", name);
        new Select(browser.visible("user-role")).selectByValue("officer");
        new Select(browser.visible("user-provinces")).selectByVisibleText("Khánh Hòa");
        browser.type("user-password", "ngắn");
        browser.clickable(By.id("user-add")).click();
        browser.waitForText(By.id("user-add-message"), "Mật khẩu cần ít nhất 10 ký tự và không được trùng tên đăng nhập.");
        browser.type("user-password", "một mật khẩu đủ dài");
        browser.clickable(By.id("user-add")).click();
        browser.waitForText(By.id("user-add-message"), "Đã thêm tài khoản canbo.moi.");
        WebElement added = browser.visible(data("user", name));
        assertTrue(added.getText().contains("Cán bộ") && added.getText().contains("Khánh Hòa") && added.getText().contains("Đang hoạt động"),
                added.getText());

        // a refusal only the server can judge is shown with its reason
        browser.expectRefusal("/api/v1/users", 409);
        browser.type("user-name", TestOffice.OFFICER);
        new Select(browser.visible("user-provinces")).selectByVisibleText("Lạng Sơn");
        browser.type("user-password", "một mật khẩu đủ dài");
        browser.clickable(By.id("user-add")).click();
        browser.waitForText(By.id("user-add-message"), "Không thực hiện được: an account named langson exists already");

        String row = "[data-user=\"" + name + "\"] ";
        browser.clickable(css(row + ".changes summary")).click();
        browser.clickable(css(row + "[data-action=disable]")).click();
        browser.waitForTextIn(data("user", name), "Đã khóa");
        assertEquals("false", browser.visible(css(row + "[data-enabled]")).getDomAttribute("data-enabled"));

        new Select(browser.visible(css(row + "[data-form=role] select[multiple]"))).selectByVisibleText("Lạng Sơn");
        browser.clickable(css(row + "[data-form=role] button")).click();
        browser.waitForText(By.id("user-" + name + "-message"), "Đã lưu.");
        assertTrue(browser.text(css(row + ".provinces")).matches("Khánh Hòa, Lạng Sơn|Lạng Sơn, Khánh Hòa"), browser.text(css(row + ".provinces")));
        browser.visible(css(row + "[data-form=password] input")).sendKeys("một mật khẩu mới đủ dài");
        browser.clickable(css(row + "[data-form=password] button")).click();
        browser.waitForText(By.id("user-" + name + "-message"), "Đã đặt mật khẩu mới cho canbo.moi.");
    }

    @Test
    void anOfficerMakesATokenSeesItsSecretOnceAndRevokesIt() throws Exception {
        browser.signIn(TestOffice.OFFICER);
        browser.menu("tokens");
        browser.visible("token-form");
        assertEquals(List.of("read", "write"), scopes(), "an officer writes, and so may a token of theirs");
        browser.type("token-label", "máy chủ báo cáo");
        new Select(browser.visible("token-scope")).selectByValue("write");
        browser.type("token-days", "30");
        browser.clickable(By.id("token-create")).click();

        String secret = browser.text(By.id("token-secret-value"));
        assertTrue(secret.startsWith("pwt_"), secret);
        assertTrue(browser.text(By.id("token-secret")).contains("sẽ không được hiển thị lại"), browser.text(By.id("token-secret")));
        HttpResponse<String> asToken = HTTP.send(HttpRequest.newBuilder(URI.create(fixture.url("/api/v1/session")))
                .header("Authorization", "Bearer " + secret).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, asToken.statusCode(), asToken.body());
        assertEquals(TestOffice.OFFICER, JSON.readTree(asToken.body()).get("account").asText());

        String line = tokenRow("máy chủ báo cáo").getText();
        assertTrue(line.contains("Đọc và ghi") && line.contains("Đang hiệu lực"), line);
        assertTrue(line.matches("(?s).*ngày \\d{2}/\\d{2}/\\d{4}.*"), "dates the Vietnamese way: " + line);

        browser.clickable(By.id("token-secret-done")).click();
        browser.waitGone(By.id("token-secret-value"));
        browser.reload();
        browser.visible("token-form");
        assertTrue(browser.all(By.id("token-secret-value")).isEmpty(), "the secret is never shown again");
        assertFalse(browser.text(By.id("page")).contains(secret), "anywhere");

        String id = tokenRow("máy chủ báo cáo").getDomAttribute("data-token");
        browser.clickable(data("revoke", id)).click();
        browser.waitForText(data("revoke", id), "Chắc chắn thu hồi?");
        browser.clickable(data("revoke", id)).click();
        browser.waitForTextIn(data("token", id), "Đã thu hồi ngày");
        HttpResponse<String> revoked = HTTP.send(HttpRequest.newBuilder(URI.create(fixture.url("/api/v1/session")))
                .header("Authorization", "Bearer " + secret).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, revoked.statusCode(), "a revoked token opens nothing: " + revoked.body());

        browser.clickable(css("#page .back")).click();
        browser.visible(By.id("results"));
        browser.signOut();
        browser.submitSignIn(TestOffice.READER, TestOffice.PASSWORD);
        browser.visible(data("account", TestOffice.READER));
        browser.menu("tokens");
        browser.visible("token-form");
        assertEquals(List.of("read"), scopes(), "a reader's tokens read only");
    }

    private static void openRiceArticle() {
        browser.search("harvest");
        browser.clickable(By.linkText(ApiFixture.RICE_TITLE)).click();
        browser.waitForText(css("#detail h2"), ApiFixture.RICE_TITLE);
    }

    private static List<String> scopes() {
        return new Select(browser.visible("token-scope")).getOptions().stream().map(o -> o.getDomAttribute("value")).toList();
    }

    private static WebElement tokenRow(String label) {
        return browser.until(d -> browser.all(css("#token-list tr[data-token]")).stream()
                .filter(r -> r.getText().startsWith(label)).findFirst().orElse(null));
    }
}
