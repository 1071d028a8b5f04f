package org.presswatch.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTTP API against a real index, over real HTTP. */
class ApiServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dir;
    static ApiFixture fixture;
    static String lySonId;

    @BeforeAll
    static void start() throws Exception {
        fixture = ApiFixture.start(dir);
        lySonId = fixture.lySonId;
    }

    @AfterAll
    static void stop() throws IOException {
        fixture.close();
    }

    @Test
    void searchWithAndWithoutDiacriticsFindsTheSameArticlesInEveryLanguage() throws Exception {
        JsonNode withMarks = get("/api/v1/articles?q=" + enc("biển đông"));
        JsonNode without = get("/api/v1/articles?q=bien+dong");
        assertEquals(2, withMarks.get("total").asInt(), withMarks.toString());
        assertEquals(withMarks.get("total"), without.get("total"));
        List<String> sources = new ArrayList<>();
        withMarks.get("facets").get("source").forEach(f -> sources.add(f.get("value").asText()));
        assertEquals(List.of("duyenhai", "straits"), sources.stream().sorted().toList(), "Vietnamese and English coverage");
        JsonNode hit = withMarks.get("articles").get(0);
        assertTrue(hit.get("snippet").asText().contains("<mark>"), hit.toString());
        assertTrue(hit.has("provinces") && hit.has("topics") && hit.get("source").has("name"));
    }

    @Test
    void filtersTakeProvinceCodesOrNamesOldAndNew() throws Exception {
        JsonNode byCode = get("/api/v1/articles?province=51");
        JsonNode byName = get("/api/v1/articles?province=" + enc("Quảng Ngãi"));
        JsonNode byFormerName = get("/api/v1/articles?province=" + enc("Kon Tum"));
        assertEquals(2, byCode.get("total").asInt(), byCode.toString());
        assertEquals(byCode.get("total"), byName.get("total"));
        assertEquals(byCode.get("total"), byFormerName.get("total"));
        assertEquals("51", byFormerName.get("query").get("province").get(0).asText());

        JsonNode sovereignty = get("/api/v1/articles?topic=sovereignty&lang=en");
        assertEquals(1, sovereignty.get("total").asInt(), sovereignty.toString());
        assertEquals("straits", sovereignty.get("articles").get(0).get("source").get("id").asText());
        assertEquals(3, get("/api/v1/articles?province=51,91").get("total").asInt(), "values of one filter combine with OR");
    }

    @Test
    void articleDetailShowsTheEvidenceForEveryScore() throws Exception {
        JsonNode detail = get("/api/v1/articles/" + lySonId);
        assertEquals(lySonId, detail.get("id").asText());
        assertTrue(detail.get("text").asText().startsWith("Tàu cá của ngư dân"));
        JsonNode topic = detail.get("topics").get(0);
        assertEquals("sovereignty", topic.get("id").asText());
        assertTrue(topic.get("evidence").size() > 0);
        JsonNode span = topic.get("evidence").get(0).get("spans").get(0);
        String field = span.get("field").asText().equals("title") ? detail.get("title").asText() : detail.get("text").asText();
        assertEquals(field.substring(span.get("start").asInt(), span.get("end").asInt()), span.get("text").asText(),
                "a span points at the text it quotes");
        assertFalse(detail.get("provinces").get(0).get("mentions").isEmpty());
    }

    @Test
    void anArticleShowsTheLibraryEntriesWhoseClaimsItMakesInResultsAndDetail() throws Exception {
        JsonNode hits = get("/api/v1/articles?province=51&sort=newest");
        for (JsonNode hit : hits.get("articles")) {
            JsonNode claims = hit.get("claims");
            assertEquals(hit.get("id").asText().equals(lySonId) ? 1 : 0, claims.size(), hit.toString());
        }
        JsonNode claim = get("/api/v1/articles/" + lySonId).get("claims").get(0);
        assertEquals("paracels", claim.get("entry").asText());
        assertEquals("Hoàng Sa không phải của Việt Nam?", claim.get("title").asText());
        assertEquals(0.712, claim.get("similarity").asDouble());
        assertTrue(claim.get("sentence").asText().startsWith("Tàu cá của ngư dân"));
    }

    @Test
    void aReanalysisIsStartedOnceFromThisMachineAndReported() throws Exception {
        assertEquals("idle", get("/api/v1/reindex").get("state").asText());
        HttpResponse<String> started = post("/api/v1/reindex");
        assertEquals(202, started.statusCode(), started.body());
        assertEquals("running", JSON.readTree(started.body()).get("state").asText());
        assertEquals(3, JSON.readTree(started.body()).get("total").asInt());
        HttpResponse<String> again = post("/api/v1/reindex");
        assertEquals(409, again.statusCode(), "one at a time: " + again.body());
        assertEquals("running", JSON.readTree(again.body()).get("status").get("state").asText());
        assertEquals("running", get("/api/v1/reindex").get("state").asText());
    }

    @Test
    void aLibraryEntryIsShownWithItsEvidenceAndNotWhoSavedIt() throws Exception {
        JsonNode entry = get("/api/v1/library/paracels");
        assertEquals("Hoàng Sa không phải của Việt Nam?", entry.get("title").asText());
        assertEquals("APPROVED", entry.get("status").asText());
        assertEquals("Châu bản triều Nguyễn", entry.get("facts").get(0).get("source_title").asText());
        assertEquals("2014-05-14", entry.get("facts").get(0).get("source_date").asText());
        assertEquals(1, entry.get("version").asInt());
        assertFalse(entry.has("editor"), entry.toString());
        assertError("/api/v1/library/unknown", 404, "not_found");
    }

    @Test
    void crawledTextIsEscapedInSnippets() throws Exception {
        JsonNode page = get("/api/v1/articles?q=harvest");
        String snippet = page.get("articles").get(0).get("snippet").asText();
        assertFalse(snippet.contains("<script>"), snippet);
        assertTrue(snippet.contains("&lt;script&gt;"), snippet);
    }

    @Test
    void badRequestsGetA400WithTheReason() throws Exception {
        assertEquals(0, get("/api/v1/articles?q=" + enc("\"unclosed")).get("total").asInt(), "a stray quote is read, not refused");
        assertError("/api/v1/articles?province=99", 400, "bad_request");
        assertError("/api/v1/articles?topic=weather", 400, "bad_request");
        assertError("/api/v1/articles?limit=1000", 400, "bad_request");
        assertError("/api/v1/articles?offset=-1", 400, "bad_request");
        assertError("/api/v1/articles?lang=vie", 400, "bad_request");
        assertError("/api/v1/articles/0123", 404, "not_found");
        assertError("/api/v1/nothing-here", 404, "not_found");
    }

    @Test
    void cataloguesAndHealth() throws Exception {
        assertEquals(34, get("/api/v1/provinces").get("provinces").size());
        assertEquals(6, get("/api/v1/topics").get("topics").size());
        assertEquals(2, get("/api/v1/sources").get("sources").size());
        JsonNode health = get("/api/v1/health");
        assertEquals("ok", health.get("status").asText());
        assertEquals(3, health.get("articles").asInt());
    }

    @Test
    void ordersCursorsOriginsDatesAndRisk() throws Exception {
        JsonNode first = get("/api/v1/articles?sort=risk&limit=1");
        assertEquals("risk", first.get("query").get("sort").asText());
        String next = first.get("next").asText();
        JsonNode second = get("/api/v1/articles?sort=risk&limit=1&after=" + enc(next));
        assertTrue(!second.get("articles").get(0).get("id").equals(first.get("articles").get(0).get("id")), second.toString());
        assertTrue(first.get("articles").get(0).get("risk").asDouble() >= second.get("articles").get(0).get("risk").asDouble());

        assertEquals(1, get("/api/v1/articles?origin=domestic").get("total").asInt(), "Báo Duyên Hải is the domestic source");
        assertEquals(2, get("/api/v1/articles?origin=foreign").get("total").asInt());
        assertEquals(3, get("/api/v1/articles?from=2026-11-20&to=2026-11-21").get("total").asInt(), "dates in Vietnam's time zone");
        assertEquals(0, get("/api/v1/articles?from=2026-11-21").get("total").asInt());
        assertEquals(2, get("/api/v1/articles?min_risk=0.01").get("total").asInt(), "only the sovereignty articles carry risk");

        assertError("/api/v1/articles?sort=popular", 400, "bad_request");
        assertError("/api/v1/articles?origin=martian", 400, "bad_request");
        assertError("/api/v1/articles?from=yesterday", 400, "bad_request");
        assertError("/api/v1/articles?min_risk=2", 400, "bad_request");
        assertError("/api/v1/articles?after=" + enc(next) + "&offset=5", 400, "bad_request");
        assertError("/api/v1/articles?sort=newest&after=" + enc(next), 400, "invalid_query");
    }

    @Test
    void histogramsAndSimilarStories() throws Exception {
        JsonNode days = get("/api/v1/histogram?topic=sovereignty");
        assertEquals("day", days.get("bucket").asText());
        assertEquals("Asia/Ho_Chi_Minh", days.get("zone").asText());
        assertEquals(1, days.get("counts").size(), days.toString());
        assertEquals("2026-11-20", days.get("counts").get(0).get("start").asText());
        assertEquals(2, days.get("counts").get(0).get("count").asInt());
        assertError("/api/v1/histogram?bucket=hour", 400, "bad_request");

        // which stories are similar is the index's contract test; here, the endpoint's shape
        JsonNode similar = get("/api/v1/articles/" + lySonId + "/similar");
        assertTrue(similar.get("articles").isArray(), similar.toString());
        similar.get("articles").forEach(a -> assertTrue(!a.get("id").asText().equals(lySonId)));
        assertError("/api/v1/articles/" + "0".repeat(32) + "/similar", 404, "not_found");
    }

    @Test
    void alertsAreListedNewestFirstAndFilteredByProvinceKindAndTime() throws Exception {
        JsonNode all = get("/api/v1/alerts");
        List<String> ids = new ArrayList<>();
        all.get("alerts").forEach(a -> ids.add(a.get("id").asText()));
        assertEquals(List.of("spike-51-sovereignty-20261120T0300Z", "risk-" + lySonId, "story-x"), ids);
        JsonNode spike = all.get("alerts").get(0);
        assertEquals("SPIKE", spike.get("kind").asText());
        assertEquals(9, spike.get("figures").get("count").asInt());
        assertEquals(1.2, spike.get("figures").get("baseline_mean").asDouble());
        assertEquals(3600, spike.get("figures").get("window_seconds").asLong());
        assertEquals("2026-11-20T03:00:00Z", spike.get("figures").get("window_start").asText());
        assertEquals(lySonId, spike.get("article_ids").get(0).asText());
        assertEquals(ApiFixture.LY_SON_TITLE, spike.get("articles").get(0).get("title").asText(), "the cited articles come along");
        assertTrue(spike.get("text").get("vi").asText().startsWith("9 bài về Chủ quyền biển đảo (Quảng Ngãi)"), spike.toString());
        assertEquals("One story published by 4 sources within 6 h (Human rights)",
                get("/api/v1/alerts/story-x").get("text").get("en").asText(), "a line for the officers in each language");
        assertEquals(2, get("/api/v1/alerts?province=" + enc("Quảng Ngãi")).get("alerts").size(), "by name, as for articles");
        assertEquals(1, get("/api/v1/alerts?kind=high_risk").get("alerts").size());
        assertEquals(2, get("/api/v1/alerts?since=2026-11-20").get("alerts").size(), "a date starts in the office's zone");
        assertEquals(1, get("/api/v1/alerts?limit=1").get("alerts").size());
        JsonNode story = get("/api/v1/alerts/story-x");
        assertEquals("story-x", story.get("id").asText());
        assertEquals(List.of(lySonId, ApiFixture.REMOVED_ID, fixture.coastGuardId), texts(story.get("article_ids")),
                "every id cited, also of an article no longer in the index");
        JsonNode cited = story.get("articles");
        List<String> citedIds = new ArrayList<>();
        cited.forEach(a -> citedIds.add(a.get("id").asText()));
        assertEquals(List.of(lySonId, fixture.coastGuardId), citedIds, "the cited articles the index holds, in the order cited: " + cited);
        assertEquals(ApiFixture.LY_SON_TITLE, cited.get(0).get("title").asText());
        assertEquals(ApiFixture.DOMESTIC_SOURCE, cited.get(0).get("source").get("name").asText());
        assertEquals(ApiFixture.PUBLISHED.toString(), cited.get(0).get("published").asText());
        assertEquals(ApiFixture.COAST_GUARD_TITLE, cited.get(1).get("title").asText());
        assertEquals(ApiFixture.FOREIGN_SOURCE, cited.get(1).get("source").get("name").asText());
        assertEquals(cited, all.get("alerts").get(2).get("articles"), "the same in the list as alone");
        assertError("/api/v1/alerts/nothing", 404, "not_found");
        assertError("/api/v1/alerts?kind=rumour", 400, "bad_request");
        assertError("/api/v1/alerts?limit=0", 400, "bad_request");
        assertError("/api/v1/alerts?province=Atlantis", 400, "bad_request");
    }

    @Test
    void theWebUiIsServedAsJavaScriptModulesUnderAStrictPolicy() throws Exception {
        HttpResponse<String> page = send("/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<script type=\"module\" src=\"/main.js\"></script>"), page.body());
        assertEquals(ApiServer.CONTENT_SECURITY_POLICY, page.headers().firstValue("Content-Security-Policy").orElseThrow());
        // every module main.js reaches, each served as JavaScript: a browser runs a module of no other type
        Deque<String> modules = new ArrayDeque<>(List.of("main.js"));
        Set<String> served = new HashSet<>();
        while (!modules.isEmpty()) {
            String module = modules.pop();
            if (!served.add(module)) {
                continue;
            }
            HttpResponse<String> js = send("/" + module);
            assertEquals(200, js.statusCode(), module);
            String type = js.headers().firstValue("Content-Type").orElse("");
            assertTrue(type.matches("(text|application)/javascript\\b.*"), module + " is served as " + type);
            assertEquals("nosniff", js.headers().firstValue("X-Content-Type-Options").orElse(null), module);
            Matcher imports = Pattern.compile("from '\\./([\\w-]+\\.js)'").matcher(js.body());
            while (imports.find()) {
                modules.push(imports.group(1));
            }
        }
        // and main.js reaches every module there is: none left behind, none missing
        Set<String> shipped;
        try (Stream<Path> files = Files.list(Path.of(ApiServer.class.getResource("/public/main.js").toURI()).getParent())) {
            shipped = files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".js")).collect(Collectors.toSet());
        }
        assertEquals(shipped, served);
        assertTrue(served.containsAll(Set.of("main.js", "api.js", "signin.js", "menu.js", "tokens.js", "users.js", "results.js")), served.toString());
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static void assertError(String path, int status, String code) throws Exception {
        HttpResponse<String> response = send(path);
        assertEquals(status, response.statusCode(), path + " -> " + response.body());
        JsonNode body = JSON.readTree(response.body());
        assertEquals(code, body.get("error").asText(), response.body());
        assertFalse(body.get("message").asText().isBlank());
    }

    private static JsonNode get(String path) throws Exception {
        HttpResponse<String> response = send(path);
        assertEquals(200, response.statusCode(), path + " -> " + response.body());
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> send(String path) throws Exception {
        return HTTP.send(fixture.request(path).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path) throws Exception {
        return HTTP.send(fixture.request(path).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
