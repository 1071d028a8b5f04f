package org.presswatch.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who may call what, route by route: every route the server registers has a row here (a route
 * added without one fails the test), and each row is called with no credentials, as each role
 * with a token of the write scope, with a read-only token, and from a signed-in browser with and
 * without its CSRF token.
 *
 * <p>{@code /metrics} answers without signing in to the addresses of {@code api.metrics-allowed}
 * (loopback by default, where these tests run), and to admins from anywhere: this server allows
 * no address, so that its row is the rule for everyone else, an admins' route; {@link MetricsTest}
 * checks the allowed addresses.
 */
class AccessMatrixTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final List<String> ROLES = List.of(TestOffice.ADMIN, TestOffice.ANALYST, TestOffice.OFFICER, TestOffice.OTHER_OFFICER,
            TestOffice.READER);

    @TempDir
    static Path dir;
    static ApiFixture fixture;

    /**
     * One call of a route and what each account gets from it with its token of the write scope
     * (a reader's is of the read scope: it may have no other).
     *
     * @param path the route's path with its parameters filled in; {@code {self}} is the caller's name
     */
    record Row(String method, String route, String path, String body, boolean publicRoute, Map<String, Integer> expected) {
        boolean changesState() {
            return !method.equals("GET") && !method.equals("HEAD");
        }
    }

    @BeforeAll
    static void start() throws Exception {
        fixture = ApiFixture.start(dir, ApiFixture.addresses(ApiFixture.settings(), List.of(), List.of()));
    }

    @AfterAll
    static void stop() throws Exception {
        fixture.close();
    }

    private static List<Row> rows() {
        String article = "/api/v1/articles/" + fixture.lySonId;
        List<Row> rows = new ArrayList<>();
        rows.add(publicRow("GET", "/api/v1/health", "/api/v1/health", null, 200));
        rows.add(publicRow("GET", "/api/v1/openapi.json", "/api/v1/openapi.json", null, 200));
        rows.add(publicRow("POST", "/api/v1/session", "/api/v1/session", "{\"name\": \"nobody\", \"password\": \"wrong password\"}", 401));
        rows.add(everyone("GET", "/api/v1/session", "/api/v1/session", null, 200));
        // a token has no session to end; a reader's token reads only
        rows.add(new Row("DELETE", "/api/v1/session", "/api/v1/session", null, false, expect(400, 400, 400, 400, 403)));
        for (String path : List.of("/api/v1/articles", "/api/v1/histogram", "/api/v1/alerts", "/api/v1/sources", "/api/v1/provinces",
                "/api/v1/topics", "/api/v1/reindex")) {
            rows.add(everyone("GET", path, path, null, 200));
        }
        rows.add(everyone("GET", "/api/v1/articles/{id}", article, null, 200));
        rows.add(everyone("GET", "/api/v1/articles/{id}/similar", article + "/similar", null, 200));
        rows.add(everyone("GET", "/api/v1/alerts/{id}", "/api/v1/alerts/story-x", null, 200));
        rows.add(everyone("GET", "/api/v1/library/{id}", "/api/v1/library/paracels", null, 200));
        // a draft of Lạng Sơn's office: its officer and national staff, not Khánh Hòa's officer nor a reader
        rows.add(new Row("GET", "/api/v1/library/{id}", "/api/v1/library/" + ApiFixture.LANG_SON_DRAFT, null, false,
                expect(200, 200, 200, 403, 403)));
        rows.add(adminOnly("POST", "/api/v1/reindex", "/api/v1/reindex", null, 202));
        rows.add(adminOnly("GET", "/api/v1/users", "/api/v1/users", null, 200));
        rows.add(adminOnly("POST", "/api/v1/users", "/api/v1/users",
                "{\"name\": \"new-{self}\", \"role\": \"reader\", \"provinces\": [\"20\"], \"password\": \"một mật khẩu đủ dài\"}", 201));
        rows.add(everyone("GET", "/api/v1/users/{name}", "/api/v1/users/{self}", null, 200));
        rows.add(new Row("GET", "/api/v1/users/{name}", "/api/v1/users/" + TestOffice.READER, null, false, expect(200, 403, 403, 403, 200)));
        rows.add(adminOnly("PATCH", "/api/v1/users/{name}", "/api/v1/users/" + TestOffice.READER, "{\"enabled\": true}", 200));
        rows.add(new Row("PUT", "/api/v1/users/{name}/password", "/api/v1/users/{self}/password",
                "{\"current_password\": \"" + TestOffice.PASSWORD + "\", \"password\": \"" + TestOffice.PASSWORD + "\"}", false,
                expect(204, 204, 204, 204, 403)));
        rows.add(new Row("PUT", "/api/v1/users/{name}/password", "/api/v1/users/" + TestOffice.OFFICER + "/password",
                "{\"password\": \"" + TestOffice.PASSWORD + "\"}", false, expect(204, 403, 403, 403, 403)));
        rows.add(everyone("GET", "/api/v1/tokens", "/api/v1/tokens", null, 200));
        // tokens make no tokens and revoke none: an account does that signed in
        rows.add(everyone("POST", "/api/v1/tokens", "/api/v1/tokens", "{\"scope\": \"read\"}", 403));
        rows.add(everyone("DELETE", "/api/v1/tokens/{id}", "/api/v1/tokens/0000000000", null, 403));
        rows.add(adminOnly("GET", "/api/v1/audit", "/api/v1/audit", null, 200));
        // the addresses of api.metrics-allowed read it without signing in: none here (MetricsTest)
        rows.add(adminOnly("GET", "/metrics", "/metrics", null, 200));
        return rows;
    }

    @Test
    void everyRegisteredRouteHasARowAndEveryRowARoute() {
        Set<String> registered = fixture.api.routes().stream().filter(r -> !r.method().equals("HEAD"))
                .map(r -> r.method() + " " + r.path()).collect(Collectors.toCollection(TreeSet::new));
        Set<String> covered = rows().stream().map(r -> r.method() + " " + r.route()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(registered, covered);
        assertTrue(fixture.api.routes().stream().filter(r -> r.method().equals("HEAD"))
                .allMatch(head -> fixture.api.routes().contains(new ApiServer.Route("GET", head.path(), head.access()))),
                "HEAD is answered to the callers of its GET: " + fixture.api.routes());
    }

    @Test
    void withoutCredentialsOnlyThePublicRoutesAnswer() throws Exception {
        for (Row row : rows()) {
            HttpResponse<String> response = send(row, null, row.path().replace("{self}", "nobody"));
            if (row.publicRoute()) {
                assertEquals(row.expected().get(TestOffice.ADMIN), response.statusCode(), row + " -> " + response.body());
            } else {
                assertError(response, 401, "unauthorized", row.toString());
            }
            HttpResponse<String> head = HTTP.send(HttpRequest.newBuilder(URI.create(fixture.url(row.path().replace("{self}", "x"))))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            if (row.method().equals("GET") && !row.publicRoute()) {
                assertEquals(401, head.statusCode(), "HEAD " + row.path());
            }
        }
        HttpResponse<String> stale = HTTP.send(HttpRequest.newBuilder(URI.create(fixture.url("/api/v1/articles")))
                .header("Cookie", Gatekeeper.SESSION_COOKIE + "=made-up").build(), HttpResponse.BodyHandlers.ofString());
        assertError(stale, 401, "unauthorized", "a made-up session");
        HttpResponse<String> basic = HTTP.send(HttpRequest.newBuilder(URI.create(fixture.url("/api/v1/articles")))
                .header("Authorization", "Basic cXVhbnRyaTp4").build(), HttpResponse.BodyHandlers.ofString());
        assertError(basic, 401, "unauthorized", "basic authentication");
    }

    @Test
    void eachRoleGetsWhatItsRoleAndProvincesAllow() throws Exception {
        for (String account : ROLES) {
            for (Row row : rows()) {
                if (row.publicRoute()) {
                    continue;
                }
                HttpResponse<String> response = send(row, fixture.office.token(account), row.path().replace("{self}", account));
                int expected = row.expected().get(account);
                if (row.method().equals("POST") && row.route().equals("/api/v1/reindex") && account.equals(TestOffice.ADMIN)
                        && response.statusCode() == 409) {
                    continue; // started by an earlier test of this class
                }
                assertEquals(expected, response.statusCode(), account + ": " + row.method() + " " + row.path() + " -> " + response.body());
                if (expected == 403) {
                    assertEquals("forbidden", JSON.readTree(response.body()).get("error").asText(), response.body());
                }
            }
        }
    }

    @Test
    void aReadOnlyTokenChangesNothing() throws Exception {
        for (Row row : rows()) {
            if (row.publicRoute() || !row.changesState()) {
                continue;
            }
            HttpResponse<String> response = send(row, fixture.office.readToken(TestOffice.ADMIN),
                    row.path().replace("{self}", TestOffice.ADMIN));
            assertError(response, 403, "forbidden", "a read token: " + row);
        }
    }

    @Test
    void aBrowserChangesStateOnlyWithItsCsrfTokenAndFromThisSite() throws Exception {
        Map<String, String> session = signIn(TestOffice.ANALYST);
        String cookie = Gatekeeper.SESSION_COOKIE + "=" + session.get("secret");
        for (Row row : rows()) {
            if (row.publicRoute() || !row.changesState()) {
                continue;
            }
            HttpResponse<String> refused = send(row, null, row.path().replace("{self}", TestOffice.ANALYST), "Cookie", cookie);
            assertError(refused, 403, "csrf_token_missing", "without the CSRF token: " + row);
        }
        Row reindex = rows().stream().filter(r -> r.method().equals("POST") && r.route().equals("/api/v1/reindex")).findFirst().orElseThrow();
        HttpResponse<String> crossSite = send(reindex, null, reindex.path(), "Cookie", cookie, Gatekeeper.CSRF_HEADER,
                session.get("csrf"), "Origin", "http://evil.example");
        assertError(crossSite, 403, "cross_site_request", "from another site, even with the token");
        HttpResponse<String> fetched = send(reindex, null, reindex.path(), "Cookie", cookie, Gatekeeper.CSRF_HEADER,
                session.get("csrf"), "Sec-Fetch-Site", "cross-site");
        assertError(fetched, 403, "cross_site_request", "a browser saying cross-site");
        HttpResponse<String> tokenFromElsewhere = send(reindex, fixture.office.token(TestOffice.ADMIN), reindex.path(), "Origin",
                "http://evil.example");
        assertError(tokenFromElsewhere, 403, "cross_site_request", "a page on another site cannot send a token, and is refused if it does");

        HttpResponse<String> password = send(new Row("PUT", "", "/api/v1/users/" + TestOffice.ANALYST + "/password",
                "{\"current_password\": \"" + TestOffice.PASSWORD + "\", \"password\": \"" + TestOffice.PASSWORD + "\"}", false, Map.of()),
                null, "/api/v1/users/" + TestOffice.ANALYST + "/password", "Cookie", cookie, Gatekeeper.CSRF_HEADER,
                session.get("csrf"), "Origin", fixture.url(""));
        assertEquals(204, password.statusCode(), "with the CSRF token, from this site: " + password.body());
    }

    @Test
    void anArticleListsOnlyTheClaimsOfEntriesTheCallerMaySee() throws Exception {
        Map<String, List<String>> claims = new LinkedHashMap<>();
        for (String account : ROLES) {
            HttpResponse<String> detail = HTTP.send(fixture.as(account, "/api/v1/articles/" + fixture.riceId).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> search = HTTP.send(fixture.as(account, "/api/v1/articles?q=rice").build(), HttpResponse.BodyHandlers.ofString());
            List<String> entries = new ArrayList<>();
            JSON.readTree(detail.body()).get("claims").forEach(c -> entries.add(c.get("entry").asText()));
            JSON.readTree(search.body()).get("articles").get(0).get("claims").forEach(c -> entries.add("search:" + c.get("entry").asText()));
            claims.put(account, entries);
        }
        List<String> seen = List.of(ApiFixture.LANG_SON_DRAFT, "search:" + ApiFixture.LANG_SON_DRAFT);
        assertEquals(Map.of(TestOffice.ADMIN, seen, TestOffice.ANALYST, seen, TestOffice.OFFICER, seen, TestOffice.OTHER_OFFICER, List.of(),
                TestOffice.READER, List.of()), claims, "a draft's claim, title and all, is Lạng Sơn's office's and national staff's");
    }

    @Test
    void signingOutEndsTheSessionOnTheServer() throws Exception {
        Map<String, String> session = signIn(TestOffice.OFFICER);
        String cookie = Gatekeeper.SESSION_COOKIE + "=" + session.get("secret");
        Row out = new Row("DELETE", "/api/v1/session", "/api/v1/session", null, false, Map.of());
        HttpResponse<String> signedOut = send(out, null, out.path(), "Cookie", cookie, Gatekeeper.CSRF_HEADER, session.get("csrf"));
        assertEquals(204, signedOut.statusCode(), signedOut.body());
        assertTrue(signedOut.headers().firstValue("Set-Cookie").orElse("").contains("Max-Age=0"), "the browser forgets the cookie");
        HttpResponse<String> after = HTTP.send(HttpRequest.newBuilder(URI.create(fixture.url("/api/v1/articles"))).header("Cookie", cookie)
                .build(), HttpResponse.BodyHandlers.ofString());
        assertError(after, 401, "unauthorized", "the old cookie after signing out");
    }

    static Map<String, String> signIn(String account) throws Exception {
        return signIn(fixture, account);
    }

    /** Signs in to the fixture's server as the account; returns the session's secret (from the cookie) and its CSRF token. */
    static Map<String, String> signIn(ApiFixture fixture, String account) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(fixture.url("/api/v1/session")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"" + account + "\", \"password\": \"" + TestOffice.PASSWORD + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        String setCookie = response.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Strict") && !setCookie.contains("Secure"),
                "an HttpOnly, SameSite=Strict cookie, not Secure over plain HTTP: " + setCookie);
        String secret = setCookie.substring(setCookie.indexOf('=') + 1, setCookie.indexOf(';'));
        JsonNode body = JSON.readTree(response.body());
        Map<String, String> session = new LinkedHashMap<>();
        session.put("secret", secret);
        session.put("csrf", body.get("csrf_token").asText());
        return session;
    }

    private static HttpResponse<String> send(Row row, String token, String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(fixture.url(path)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        String body = row.body() == null ? null : row.body().replace("{self}", path.replaceAll(".*/users/([^/]+).*", "$1")
                .replace("/api/v1/users", "x"));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(row.method(), body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertError(HttpResponse<String> response, int status, String code, String what) throws Exception {
        assertEquals(status, response.statusCode(), what + " -> " + response.body());
        assertEquals(code, JSON.readTree(response.body()).get("error").asText(), what + " -> " + response.body());
    }

    private static Row publicRow(String method, String route, String path, String body, int status) {
        return new Row(method, route, path, body, true, expect(status, status, status, status, status));
    }

    private static Row everyone(String method, String route, String path, String body, int status) {
        return new Row(method, route, path, body, false, expect(status, status, status, status, status));
    }

    private static Row adminOnly(String method, String route, String path, String body, int status) {
        return new Row(method, route, path, body, false, expect(status, 403, 403, 403, 403));
    }

    /** What the admin, the analyst, Lạng Sơn's officer, Khánh Hòa's officer and Lạng Sơn's reader get, in that order. */
    private static Map<String, Integer> expect(int admin, int analyst, int officer, int otherOfficer, int reader) {
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put(TestOffice.ADMIN, admin);
        expected.put(TestOffice.ANALYST, analyst);
        expected.put(TestOffice.OFFICER, officer);
        expected.put(TestOffice.OTHER_OFFICER, otherOfficer);
        expected.put(TestOffice.READER, reader);
        return expected;
    }
}
