package org.presswatch.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presswatch.core.config.ConfigLoader;
import org.presswatch.core.config.PresswatchConfig;
import org.presswatch.core.util.ClientText;

/**
 * What the API answers to what a client should not send, one test for each defect found by
 * hand: always its JSON error shape and a 4xx, never an HTML page, a 5xx or the client's text
 * unescaped.
 */
class ApiRobustnessTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @TempDir
    static Path dir;
    static ApiFixture fixture;

    @BeforeAll
    static void start() throws Exception {
        fixture = ApiFixture.start(dir);
    }

    @AfterAll
    static void stop() throws IOException {
        fixture.close();
    }

    @Test
    void whatJettyRefusesBeforeTheApiSeesItIsJsonToo() throws Exception {
        for (String path : List.of("%00", "a%00b", "%C3%28", "%FF", "%G1", "\u00ff")) {
            assertError(get("/api/v1/articles/" + path), 400, "bad_request");
        }
        assertError(get("/api/v1/articles/" + "a".repeat(9 * 1024)), 414, "uri_too_long");
        assertError(get("/api/v1/articles?q=" + "a".repeat(20 * 1024)), 414, "uri_too_long");
        for (String headers : List.of("X-Big: " + "b".repeat(20_000) + "\r\n", "X-Many: 0123456789\r\n".repeat(1000))) {
            assertError(send("GET /api/v1/health HTTP/1.1\r\nHost: t\r\n" + headers + "\r\n"), 431, "headers_too_large");
        }
        for (String request : List.of("GARBAGE\r\n\r\n", "GET /api/v1/health HTTP/9.9\r\nHost: t\r\n\r\n",
                "GET /api/v1/health HTTP/1.1\r\n\r\n", "GET /api/v1/health HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n",
                "GET /api/v1/health HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: gzip\r\n\r\n")) {
            assertError(send(request), 400, "bad_request");
        }
        // ambiguous paths, and no path at all, reach the routes, which find nothing there (no path was a 301 to "//?a=b")
        for (String path : List.of("/api/v1/articles/a%2Fb", "/api/v1/../v1/health", "/api/v1/%2e%2e/v1/health")) {
            assertError(get(path), 404, "not_found");
        }
        assertError(send("OPTIONS ?a=b HTTP/1.1\r\nHost: t\r\n\r\n"), 404, "not_found");
        assertError(send("OPTIONS * HTTP/1.1\r\nHost: t\r\n\r\n"), 404, "not_found");
        assertError(send("GET /api/v1/health HTTP/2.0\r\nHost: t\r\n\r\n"), 426, "upgrade_required");
        // invalid UTF-8 and broken escapes in the query string, which Jetty would pass on as U+FFFD or drop
        for (String query : List.of("q=%C3%28", "q=%FF", "q=100%")) {
            assertTrue(assertError(get("/api/v1/articles?" + query), 400, "bad_request").matches(".*(not UTF-8|%25).*"), query);
        }
        assertEquals(200, get("/api/v1/articles?q=" + URLEncoder.encode("biển đông 100%", StandardCharsets.UTF_8)).status());
    }

    @Test
    void aMethodARouteDoesNotTakeIs405NamingThoseItTakes() throws Exception {
        for (String method : List.of("PUT", "DELETE", "PATCH", "POST", "BREW", "TRACE", "OPTIONS")) {
            for (String path : List.of("/api/v1/articles", "/api/v1/articles/" + fixture.lySonId, "/api/v1/health", "/api/v1/alerts/x")) {
                RawHttp.Reply reply = request(method, path, "", "");
                assertError(reply, 405, "method_not_allowed");
                assertEquals("GET, HEAD", reply.header("Allow").orElse(null), method + " " + path);
            }
        }
        RawHttp.Reply reindex = request("DELETE", "/api/v1/reindex", "", "");
        assertError(reindex, 405, "method_not_allowed");
        assertEquals(Set.of("GET", "HEAD", "POST"), Set.of(reindex.header("Allow").orElseThrow().split(", ")));
        assertError(request("DELETE", "/api/v1/nothing-here", "", ""), 404, "not_found");
        assertError(get("/api/v1/articles/x/y/z"), 404, "not_found");

        RawHttp.Reply head = request("HEAD", "/api/v1/health", "", "");
        assertEquals(200, head.status());
        assertTrue(head.header("Content-Type").orElse("").startsWith("application/json"), head.headers().toString());
        assertEquals(0, head.body().length, "HEAD has no body");
        RawHttp.Reply missing = request("HEAD", "/api/v1/articles/" + "0".repeat(32), "", "");
        assertEquals(404, missing.status(), "HEAD answers as GET would");
        assertEquals(0, missing.body().length);
    }

    @Test
    void aNumberOutOfRangeIsRefusedWithTheRange() throws Exception {
        assertEquals("offset must be a whole number from 0 to 10000 (to page deeper, give after: the previous page's next), was "
                + "'99999999999'", assertError(get("/api/v1/articles?offset=99999999999"), 400, "bad_request"));
        assertTrue(assertError(get("/api/v1/articles?limit=1000"), 400, "bad_request")
                .startsWith("limit must be a whole number from 0 to 100 (the most one page holds"));
        assertTrue(assertError(get("/api/v1/articles?limit=" + "9".repeat(40)), 400, "bad_request").contains("from 0 to 100"));
        assertTrue(assertError(get("/api/v1/articles?limit=2.5"), 400, "bad_request").contains("from 0 to 100"));
        for (String risk : List.of("NaN", "2", "-0.1", "Infinity", "0x1p-2", "1e999", "0.5d")) {
            assertTrue(assertError(get("/api/v1/articles?min_risk=" + risk), 400, "bad_request")
                    .startsWith("min_risk must be a number from 0 to 1, was"), risk);
            assertTrue(assertError(get("/api/v1/articles?topic=sovereignty&topic_min=" + risk), 400, "bad_request")
                    .startsWith("topic_min must be a number from 0 to 1"), risk);
        }
        assertEquals(200, get("/api/v1/articles?min_risk=.5&topic_min=1e-1&limit=%2B5").status());
        assertTrue(assertError(get("/api/v1/alerts?limit=99999999999"), 400, "bad_request").startsWith("limit must be a whole number "
                + "from 1 to 1000"));
        assertTrue(assertError(get("/api/v1/articles?from=%2B1000000000-01-01T00:00:00Z"), 400, "bad_request")
                .startsWith("from must be"));
        assertTrue(assertError(get("/api/v1/articles?to=%2B999999-01-01T00:00:00Z"), 400, "bad_request")
                .startsWith("to must be between 1900-01-01T00:00:00Z and 9999-12-31T00:00:00Z"));
    }

    @Test
    void aCursorCutShortIsNotValidWhateverTheOrder() throws Exception {
        String next = json(get("/api/v1/articles?sort=newest&limit=1")).get("next").asText();
        for (int cut = 1; cut < next.length(); cut += 3) {
            String message = assertError(get("/api/v1/articles?sort=newest&limit=1&after=" + next.substring(0, cut)), 400,
                    "invalid_query");
            assertTrue(message.contains("is not valid: it is cut short, altered, or not one this index gave out"), message);
        }
        assertTrue(assertError(get("/api/v1/articles?sort=risk&after=" + next), 400, "invalid_query")
                .contains("continues results sorted by newest, not by risk"));
        assertTrue(assertError(get("/api/v1/articles?after=" + "A".repeat(600)), 400, "bad_request").startsWith("after is not a valid cursor"));
    }

    @Test
    void anUnknownFilterValueIsRefusedWithTheKnownOnes() throws Exception {
        String lang = assertError(get("/api/v1/articles?lang=xx"), 400, "bad_request");
        assertTrue(lang.startsWith("unknown language 'xx': lang takes the ISO 639-1 codes") && lang.contains(" en, ")
                && lang.contains(" vi, ") && lang.contains(" und, "), lang);
        assertTrue(assertError(get("/api/v1/articles?lang=vie"), 400, "bad_request").startsWith("unknown language 'vie' (did you mean 'vi'?)"));
        assertTrue(assertError(get("/api/v1/articles?lang=English"), 400, "bad_request").contains("(did you mean 'en'?)"));
        assertEquals(1, json(get("/api/v1/articles?lang=EN&topic=sovereignty")).get("total").asInt(), "codes in any case");
        assertEquals(0, json(get("/api/v1/articles?lang=und")).get("total").asInt(), "und is the analysis's own code");

        assertTrue(assertError(get("/api/v1/articles?province=Da+Nag"), 400, "bad_request")
                .startsWith("unknown province 'Da Nag' (did you mean 'Da Nang'?)"));
        assertTrue(assertError(get("/api/v1/articles?topic=sovereignity"), 400, "bad_request")
                .startsWith("unknown topic 'sovereignity' (did you mean 'sovereignty'?); the topics are"));
        assertTrue(assertError(get("/api/v1/articles?source=strait"), 400, "bad_request")
                .startsWith("unknown source 'strait' (did you mean 'straits'?)"));
        assertTrue(assertError(get("/api/v1/articles?source=nowhere&origin=foreign"), 400, "bad_request").startsWith("unknown source"));
        assertTrue(assertError(get("/api/v1/articles?sort=neweset"), 400, "bad_request").contains("(did you mean 'newest'?)"));
        assertTrue(assertError(get("/api/v1/alerts?kind=spikes"), 400, "bad_request").contains("(did you mean 'spike'?)"));
        assertTrue(assertError(get("/api/v1/alerts?province=Atlantis"), 400, "bad_request").startsWith("unknown province 'Atlantis'"));
        assertTrue(assertError(get("/api/v1/histogram?bucket=weeks"), 400, "bad_request").contains("(did you mean 'week'?)"));
    }

    @Test
    void theStoriesLikeAMissingArticleAre404AsTheArticleIs() throws Exception {
        assertError(get("/api/v1/articles/" + "0".repeat(32)), 404, "not_found");
        assertEquals("no article with id '" + "0".repeat(32) + "'",
                assertError(get("/api/v1/articles/" + "0".repeat(32) + "/similar"), 404, "not_found"));
        assertEquals(200, get("/api/v1/articles/" + fixture.lySonId + "/similar").status());
    }

    @Test
    void controlCharactersAndLongValuesAreNeverEchoedAsSent() throws Exception {
        String hostile = "\u0000\u202E\u2066\u200B\u0085\u001B[31m\u2028";
        List<String> messages = new ArrayList<>();
        messages.add(assertError(get("/api/v1/articles?province=" + enc(hostile)), 400, "bad_request"));
        messages.add(assertError(get("/api/v1/articles?lang=" + enc(hostile)), 400, "bad_request"));
        messages.add(assertError(get("/api/v1/articles?sort=" + enc(hostile)), 400, "bad_request"));
        messages.add(assertError(get("/api/v1/articles?limit=" + enc(hostile)), 400, "bad_request"));
        messages.add(assertError(get("/api/v1/articles?from=" + enc(hostile)), 400, "bad_request"));
        messages.add(assertError(get("/api/v1/alerts?kind=" + enc(hostile)), 400, "bad_request"));
        String inPath = enc(hostile.replace("\u0000", "")).replace("+", "%20"); // Jetty refuses a NUL in a path itself
        messages.add(assertError(get("/api/v1/articles/" + inPath), 404, "not_found"));
        messages.add(assertError(get("/api/v1/alerts/" + inPath), 404, "not_found"));
        messages.add(assertError(get("/api/v1/library/" + inPath), 404, "not_found"));
        messages.add(assertError(get("/api/v1/articles?after=" + enc(hostile)), 400, "invalid_query"));
        for (String message : messages) {
            assertTrue(message.codePoints().noneMatch(ClientText::unsafe), "unsafe text echoed: " + message);
            assertTrue(message.contains("\\u202E"), "the override is shown escaped: " + message);
        }
        // a path the routes do not know, or a method they do not take, is named as sent: percent-encoded
        for (String message : List.of(assertError(get("/api/v1/nothing/" + inPath), 404, "not_found"),
                assertError(request("PUT", "/api/v1/articles/" + inPath, "", ""), 405, "method_not_allowed"))) {
            assertTrue(message.codePoints().noneMatch(ClientText::unsafe) && message.contains("%E2%80%AE"), message);
        }
        String longValue = "Đ".repeat(600);
        String message = assertError(get("/api/v1/articles?province=" + enc(longValue)), 400, "bad_request");
        assertTrue(message.contains("'" + "Đ".repeat(ClientText.MAX_QUOTED) + "…'"), message);
        assertTrue(message.length() < 400, message);
    }

    @Test
    void requestsBeyondTheLimitsAreRefusedInJson() throws Exception {
        String body = "{\"x\": \"" + "a".repeat(1_100_000) + "\"}";
        assertTrue(assertError(request("POST", "/api/v1/reindex", "Content-Type: application/json\r\n", body), 413, "payload_too_large")
                .contains("this API takes at most 1048576"));
        assertTrue(assertError(get("/api/v1/articles?q=" + "a".repeat(5000)), 414, "uri_too_long").contains("at most 4096"));
        assertEquals("q is 1001 characters long; a search takes at most 1000",
                assertError(get("/api/v1/articles?q=" + "a".repeat(1001)), 400, "bad_request"));
        assertEquals(200, get("/api/v1/articles?q=" + "a".repeat(1000)).status());
        assertTrue(assertError(request("POST", "/api/v1/reindex", "Content-Type: text/plain\r\n", "start"), 415, "unsupported_media_type")
                .contains("JSON only"));
        assertError(request("POST", "/api/v1/reindex", "", "start"), 415, "unsupported_media_type");
        assertError(request("POST", "/api/v1/reindex", "Content-Type: application/x-www-form-urlencoded\r\n", "a=b"), 415,
                "unsupported_media_type");
        // a route that takes no body ignores a JSON one, and a GET ignores any
        int started = request("POST", "/api/v1/reindex", "Content-Type: application/json; charset=utf-8\r\n", "{\"all\": true}").status();
        assertTrue(started == 202 || started == 409, "the re-analysis starts or is running: " + started);
        assertEquals(200, request("GET", "/api/v1/health", "Content-Type: text/plain\r\n", "ignored").status());
    }

    @Test
    void aConnectionThatSendsNothingMoreIsClosedAfterTheIdleTimeout() throws Exception {
        PresswatchConfig.Api quick = new ConfigLoader().override("api.host", "127.0.0.1").override("api.port", 0)
                .override("api.limits.idle-timeout", "1s").load().api();
        try (ApiFixture slow = ApiFixture.start(dir.resolve("idle"), quick);
             Socket socket = new Socket("127.0.0.1", slow.api.port())) {
            socket.setSoTimeout(15_000);
            long started = System.nanoTime();
            socket.getOutputStream().write(RawHttp.bytes("GET /api/v1/health HTTP/1.1\r\nHost: t\r\nX-Slow: "));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            try {
                while (in.read() >= 0) {
                    // whatever Jetty says before it closes
                }
            } catch (SocketException reset) {
                // closed as well
            }
            long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
            assertTrue(seconds < 10, "closed after " + seconds + " s");
        }
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        Map<String, RawHttp.Reply> replies = Map.of(
                "an answer", get("/api/v1/health"),
                "an error", get("/api/v1/articles?limit=x"),
                "Jetty's refusal", get("/api/v1/articles/%00"),
                "a 405", request("PUT", "/api/v1/health", "", ""),
                "the page", get("/"),
                "a module", get("/main.js"),
                "no such file", get("/nothing.js"));
        replies.forEach((what, reply) -> {
            assertEquals("nosniff", reply.header("X-Content-Type-Options").orElse(null), what);
            assertEquals("no-referrer", reply.header("Referrer-Policy").orElse(null), what);
            assertEquals("DENY", reply.header("X-Frame-Options").orElse(null), what);
            assertEquals("same-origin", reply.header("Cross-Origin-Resource-Policy").orElse(null), what);
            assertFalse(reply.header("Server").isPresent(), what + " names no server");
            assertFalse(reply.header("X-Powered-By").isPresent(), what);
        });
        for (String api : List.of("an answer", "an error", "Jetty's refusal", "a 405")) {
            assertEquals(SecurityHeaders.API_POLICY, replies.get(api).header("Content-Security-Policy").orElse(null), api);
            assertEquals("no-store", replies.get(api).header("Cache-Control").orElse(null), api);
        }
        for (String page : List.of("the page", "a module", "no such file")) {
            assertEquals(ApiServer.CONTENT_SECURITY_POLICY, replies.get(page).header("Content-Security-Policy").orElse(null), page);
        }
    }

    /** The message of a reply that must be the error shape, with the status and code. */
    static String assertError(RawHttp.Reply reply, int status, String code) throws IOException {
        String body = reply.text();
        assertEquals(status, reply.status(), body);
        assertTrue(reply.header("Content-Type").orElse("").startsWith("application/json"), reply.headers().toString());
        JsonNode json = JSON.readTree(body);
        List<String> fields = new ArrayList<>();
        json.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("error", "message"), fields, body);
        assertEquals(code, json.get("error").asText(), body);
        assertFalse(json.get("message").asText().isBlank(), body);
        return json.get("message").asText();
    }

    private static JsonNode json(RawHttp.Reply reply) throws IOException {
        assertEquals(200, reply.status(), reply.text());
        return JSON.readTree(reply.body());
    }

    private static RawHttp.Reply get(String target) throws IOException {
        return request("GET", target, "", "");
    }

    private static RawHttp.Reply request(String method, String target, String headers, String body) throws IOException {
        byte[] bodyBytes = body.getBytes(StandardCharsets.UTF_8);
        String length = bodyBytes.length > 0 ? "Content-Length: " + bodyBytes.length + "\r\n" : "";
        byte[] head = RawHttp.bytes(method + " " + target + " HTTP/1.1\r\nHost: t\r\nConnection: close\r\nAuthorization: Bearer "
                + fixture.office.token(TestOffice.ADMIN) + "\r\n" + headers + length + "\r\n");
        byte[] all = new byte[head.length + bodyBytes.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(bodyBytes, 0, all, head.length, bodyBytes.length);
        return reply(RawHttp.send(fixture.api.port(), all, TIMEOUT));
    }

    private static RawHttp.Reply send(String request) throws IOException {
        return reply(RawHttp.send(fixture.api.port(), RawHttp.bytes(request), TIMEOUT));
    }

    private static RawHttp.Reply reply(RawHttp.Outcome outcome) {
        return assertInstanceOf(RawHttp.Reply.class, outcome);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
