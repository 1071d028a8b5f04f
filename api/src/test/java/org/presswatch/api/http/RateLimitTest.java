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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presswatch.core.config.PresswatchConfig;
import org.presswatch.core.testing.ManualClock;

/**
 * The request rate limit, over HTTP, on a server whose clock the test moves: 60 requests a
 * minute (one a second) with a burst of 3, per API token, per signed-in account, and per
 * address for requests with neither. The server trusts loopback as a reverse proxy, so that
 * requests can come from several addresses (X-Forwarded-For). Each test uses keys of its own.
 */
class RateLimitTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final int BURST = 3;

    @TempDir
    static Path dir;
    static ApiFixture fixture;
    static final ManualClock CLOCK = new ManualClock(Instant.parse("2026-12-08T09:00:00Z"));

    @BeforeAll
    static void start() throws Exception {
        PresswatchConfig.Api settings = ApiFixture.settings(Map.of("api.limits.requests-per-minute", 60, "api.limits.request-burst", BURST));
        fixture = ApiFixture.start(dir, ApiFixture.addresses(settings, List.of("127.0.0.1"), List.of("127.0.0.1")), CLOCK);
    }

    @AfterAll
    static void stop() throws Exception {
        fixture.close();
    }

    @Test
    void aTokenBeyondItsLimitIsRefusedWithRetryAfterAndOthersAreNot() throws Exception {
        HttpRequest.Builder analyst = fixture.as(TestOffice.ANALYST, "/api/v1/sources").header("X-Forwarded-For", "198.51.100.1");
        for (int i = 0; i < BURST; i++) {
            assertEquals(200, send(analyst).statusCode(), "request " + (i + 1));
        }
        assertRefused(send(analyst), 1);
        // another token of the same account has a bucket of its own, as do another account's and the address's
        assertEquals(200, send(HttpRequest.newBuilder(URI.create(fixture.url("/api/v1/sources")))
                .header("Authorization", "Bearer " + fixture.office.readToken(TestOffice.ANALYST))).statusCode());
        assertEquals(200, send(fixture.as(TestOffice.OFFICER, "/api/v1/sources").header("X-Forwarded-For", "198.51.100.1")).statusCode());
        assertEquals(200, send(health("198.51.100.1")).statusCode());
        // a second later the bucket holds one request again; a minute later, its burst
        CLOCK.advance(Duration.ofSeconds(1));
        assertEquals(200, send(analyst).statusCode());
        assertRefused(send(analyst), 1);
        CLOCK.advance(Duration.ofMinutes(1));
        for (int i = 0; i < BURST; i++) {
            assertEquals(200, send(analyst).statusCode(), "after the refill, request " + (i + 1));
        }
        assertRefused(send(analyst), 1);
    }

    @Test
    void anAddressWithoutCredentialsHasItsOwnLimitAndFailedCredentialsCount() throws Exception {
        String address = "198.51.100.2";
        assertEquals(200, send(health(address)).statusCode());
        assertEquals(401, send(health(address).uri(URI.create(fixture.url("/api/v1/articles")))
                .header("Authorization", "Bearer pwt_guessed")).statusCode());
        assertEquals(401, send(health(address).uri(URI.create(fixture.url("/api/v1/articles")))).statusCode());
        assertRefused(send(health(address)), 1);
        assertRefused(send(health(address).uri(URI.create(fixture.url("/api/v1/articles"))).header("Authorization", "Bearer pwt_guessed")),
                1);
        // another address is not affected, and a valid token from the same address has its own bucket
        assertEquals(200, send(health("198.51.100.3")).statusCode());
        assertEquals(200, send(fixture.as(TestOffice.READER, "/api/v1/sources").header("X-Forwarded-For", address)).statusCode());
        CLOCK.advance(Duration.ofMinutes(1));
        assertEquals(200, send(health(address)).statusCode());
    }

    @Test
    void aSignedInAccountsSessionsShareOneLimit() throws Exception {
        Map<String, String> first = AccessMatrixTest.signIn(fixture, TestOffice.OTHER_OFFICER);
        Map<String, String> second = AccessMatrixTest.signIn(fixture, TestOffice.OTHER_OFFICER);
        for (int i = 0; i < BURST; i++) {
            assertEquals(200, send(session(i % 2 == 0 ? first : second)).statusCode(), "request " + (i + 1));
        }
        assertRefused(send(session(second)), 1);
        assertRefused(send(session(first)), 1);
        CLOCK.advance(Duration.ofMinutes(1));
        assertEquals(200, send(session(first)).statusCode());
    }

    private static HttpRequest.Builder health(String address) {
        return HttpRequest.newBuilder(URI.create(fixture.url("/api/v1/health"))).header("X-Forwarded-For", address);
    }

    private static HttpRequest.Builder session(Map<String, String> session) {
        return HttpRequest.newBuilder(URI.create(fixture.url("/api/v1/session"))).header("X-Forwarded-For", "198.51.100.4")
                .header("Cookie", Gatekeeper.SESSION_COOKIE + "=" + session.get("secret"));
    }

    private static void assertRefused(HttpResponse<String> response, long retryAfter) throws Exception {
        assertEquals(429, response.statusCode(), response.body());
        JsonNode body = JSON.readTree(response.body());
        assertEquals("too_many_requests", body.get("error").asText(), response.body());
        assertTrue(body.get("message").asText().contains("try again in " + retryAfter + " s"), response.body());
        assertEquals(Optional.of(Long.toString(retryAfter)), response.headers().firstValue("Retry-After"));
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
