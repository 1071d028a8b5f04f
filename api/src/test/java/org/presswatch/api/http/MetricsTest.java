package org.presswatch.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presswatch.api.http.PrometheusText.Sample;

/**
 * {@code GET /metrics} on a real server: Prometheus' text format, the requests counted by route
 * template and status with a latency histogram, the JVM's metrics, the product's own, and who
 * may read it. The server trusts the loopback address as a reverse proxy, so that a request can
 * say it comes from elsewhere (X-Forwarded-For).
 */
class MetricsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String REQUESTS = "http_server_requests_seconds_count";
    private static final String ELSEWHERE = "203.0.113.7";

    @TempDir
    static Path dir;
    static ApiFixture fixture;

    @BeforeAll
    static void start() throws Exception {
        fixture = ApiFixture.start(dir, ApiFixture.addresses(ApiFixture.settings(), List.of("127.0.0.1"), List.of("127.0.0.1", "::1")));
    }

    @AfterAll
    static void stop() throws Exception {
        fixture.close();
    }

    @Test
    void requestsAreCountedByRouteTemplateAndStatusWithALatencyHistogram() throws Exception {
        List<Sample> before = scrape();
        for (String id : List.of(fixture.lySonId, fixture.lySonId, fixture.coastGuardId, fixture.riceId)) {
            assertEquals(200, send(fixture.request("/api/v1/articles/" + id)).statusCode());
        }
        assertEquals(404, send(fixture.request("/api/v1/articles/" + "0".repeat(32))).statusCode());
        for (int i = 0; i < 3; i++) {
            assertEquals(401, send(HttpRequest.newBuilder(URI.create(fixture.url("/api/v1/articles")))).statusCode());
        }
        assertEquals(404, send(HttpRequest.newBuilder(URI.create(fixture.url("/api/v1/no-such-thing/" + fixture.lySonId)))).statusCode());

        Map<String, String> article = Map.of("method", "GET", "route", "/api/v1/articles/{id}");
        Map<String, String> ok = with(article, "status", "200");
        Map<String, String> search = Map.of("method", "GET", "route", "/api/v1/articles", "status", "401");
        Map<String, String> nowhere = Map.of("method", "GET", "route", HttpMetrics.UNMATCHED, "status", "404");
        // the request logger counts a request once its answer is written: the client may read it first
        List<Sample> after = scrapeUntil(s -> increase(before, s, REQUESTS, ok) >= 4 && increase(before, s, REQUESTS, search) >= 3
                && increase(before, s, REQUESTS, with(article, "status", "404")) >= 1 && increase(before, s, REQUESTS, nowhere) >= 1);
        assertEquals(4, increase(before, after, REQUESTS, ok));
        assertEquals(1, increase(before, after, REQUESTS, with(article, "status", "404")));
        assertEquals(3, increase(before, after, REQUESTS, search));
        assertEquals(1, increase(before, after, REQUESTS, nowhere));
        assertTrue(after.stream().noneMatch(s -> s.labels().values().stream().anyMatch(v -> v.contains(fixture.lySonId))),
                "a series per id: " + after.stream().filter(s -> s.labels().toString().contains(fixture.lySonId)).toList());

        String buckets = "http_server_requests_seconds_bucket";
        assertTrue(after.stream().filter(s -> s.name().equals(buckets) && s.has(ok)).count() > 5, "a latency histogram: " + after.stream()
                .filter(s -> s.name().equals(buckets)).limit(5).toList());
        assertEquals(PrometheusText.value(after, REQUESTS, ok), PrometheusText.value(after, buckets, with(ok, "le", "+Inf")));
        assertTrue(PrometheusText.value(after, "http_server_requests_seconds_sum", ok) > 0);
    }

    @Test
    void theJvmAndTheProductHaveTheirMetrics() throws Exception {
        List<Sample> before = scrape();
        AccessMatrixTest.signIn(fixture, TestOffice.ANALYST);
        HttpResponse<String> wrong = send(HttpRequest.newBuilder(URI.create(fixture.url("/api/v1/session")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"" + TestOffice.ANALYST + "\", \"password\": \"not it\"}")));
        assertEquals(401, wrong.statusCode(), wrong.body());
        List<Sample> after = scrapeUntil(s -> true);
        for (String name : List.of("jvm_memory_used_bytes", "jvm_memory_max_bytes", "jvm_gc_memory_allocated_bytes_total",
                "jvm_threads_live_threads", "jvm_threads_states_threads", "jvm_classes_loaded_classes", "process_cpu_usage",
                "system_cpu_count", "process_uptime_seconds", "process_start_time_seconds", "jvm_info")) {
            assertTrue(after.stream().anyMatch(s -> s.name().equals(name)), "no " + name);
        }
        assertTrue(PrometheusText.value(after, "jvm_memory_used_bytes", Map.of("area", "heap", "id", heapPool(after))) > 0);
        assertEquals(1, increase(before, after, "presswatch_sign_ins_total", Map.of("outcome", "ok")));
        assertEquals(1, increase(before, after, "presswatch_sign_ins_total", Map.of("outcome", "failed")));
        assertEquals(0, PrometheusText.value(after, "presswatch_sign_ins_total", Map.of("outcome", "throttled")));
        for (String outcome : List.of("sent", "failed")) {
            assertEquals(0, PrometheusText.value(after, "presswatch_webhook_deliveries_total", Map.of("outcome", outcome)));
        }
        assertEquals(0, PrometheusText.value(after, "presswatch_reanalysis_running", Map.of()));
        assertTrue(after.stream().anyMatch(s -> s.name().equals("presswatch_reanalysis_articles") && s.has(Map.of("progress", "done"))));
        assertEquals(0, PrometheusText.value(after, "presswatch_rate_limited_total", Map.of("key", "address")));
    }

    @Test
    void theAllowedAddressesReadWithoutSigningInAndOthersOnlyAsAnAdmin() throws Exception {
        HttpResponse<String> local = send(metrics());
        assertEquals(200, local.statusCode(), local.body());
        assertTrue(local.headers().firstValue("Content-Type").orElse("").startsWith("text/plain; version=0.0.4"), local.headers().map()
                .toString());
        assertEquals("no-store", local.headers().firstValue("Cache-Control").orElse(""));
        assertEquals(200, send(metrics().header("X-Forwarded-For", "::1")).statusCode(), "an allowed address behind the proxy");

        assertError(send(metrics().header("X-Forwarded-For", ELSEWHERE)), 401, "unauthorized");
        assertError(send(metrics().header("X-Forwarded-For", ELSEWHERE).header("Cookie", Gatekeeper.SESSION_COOKIE + "=made-up")), 401,
                "unauthorized");
        for (String account : List.of(TestOffice.ANALYST, TestOffice.OFFICER, TestOffice.READER)) {
            assertError(send(metrics().header("X-Forwarded-For", ELSEWHERE).header("Authorization", "Bearer " + fixture.office.token(account))),
                    403, "forbidden");
        }
        HttpResponse<String> admin = send(metrics().header("X-Forwarded-For", ELSEWHERE)
                .header("Authorization", "Bearer " + fixture.office.readToken(TestOffice.ADMIN)));
        assertEquals(200, admin.statusCode(), admin.body());
        PrometheusText.parse(admin.body());
        Map<String, String> session = AccessMatrixTest.signIn(fixture, TestOffice.ADMIN);
        assertEquals(200, send(metrics().header("X-Forwarded-For", ELSEWHERE)
                .header("Cookie", Gatekeeper.SESSION_COOKIE + "=" + session.get("secret"))).statusCode(), "an admin's browser");
        HttpResponse<String> head = HTTP.send(metrics().header("X-Forwarded-For", ELSEWHERE).method("HEAD",
                HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, head.statusCode(), "HEAD as GET");
    }

    private static HttpRequest.Builder metrics() {
        return HttpRequest.newBuilder(URI.create(fixture.url(ApiServer.METRICS_PATH)));
    }

    /** Scrapes, as Prometheus would from this machine, and parses every line. */
    private static List<Sample> scrape() throws Exception {
        HttpResponse<String> response = send(metrics());
        assertEquals(200, response.statusCode(), response.body());
        return PrometheusText.parse(response.body());
    }

    /** Scrapes until the samples show what the test waits for, for 10 s at most. */
    private static List<Sample> scrapeUntil(Predicate<List<Sample>> done) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            List<Sample> samples = scrape();
            if (done.test(samples) || System.nanoTime() > deadline) {
                return samples;
            }
            Thread.sleep(20);
        }
    }

    private static double increase(List<Sample> before, List<Sample> after, String name, Map<String, String> labels) {
        return PrometheusText.value(after, name, labels) - PrometheusText.value(before, name, labels);
    }

    private static String heapPool(List<Sample> samples) {
        return samples.stream().filter(s -> s.name().equals("jvm_memory_used_bytes") && s.has(Map.of("area", "heap")))
                .max(java.util.Comparator.comparingDouble(Sample::value)).orElseThrow().labels().get("id");
    }

    private static Map<String, String> with(Map<String, String> labels, String name, String value) {
        Map<String, String> more = new java.util.HashMap<>(labels);
        more.put(name, value);
        return more;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertError(HttpResponse<String> response, int status, String code) throws Exception {
        assertEquals(status, response.statusCode(), response.body());
        assertFalse(response.body().isEmpty());
        assertEquals(code, JSON.readTree(response.body()).get("error").asText(), response.body());
    }
}
