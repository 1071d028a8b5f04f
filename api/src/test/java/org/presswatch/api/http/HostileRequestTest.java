package org.presswatch.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presswatch.api.http.HostileRequests.Hostile;
import org.presswatch.core.testing.Randomness;
import org.presswatch.core.util.ClientText;

/**
 * Ten thousand malformed and hostile requests ({@link HostileRequests}) to a real API server,
 * over bare sockets, from a few clients at once. None may get a 5xx, hang, or get a body other
 * than JSON (the error shape for every 4xx), save the web UI's files; a connection Jetty closes
 * without an answer is counted apart. The server then answers as before. The seed is printed,
 * and {@code -Dtests.seed} replays it; {@code -Dtests.iters} sets the number of requests.
 */
class HostileRequestTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int REQUESTS = Randomness.iterations(10_000);
    private static final int CLIENTS = 4;
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final String CLOSED = "connection closed";
    private static final String TIMED_OUT = "timeout";

    @Test
    void noHostileRequestGetsA5xxOrAnythingButJsonOrHangs(@TempDir Path dir) throws Exception {
        try (ApiFixture fixture = ApiFixture.start(dir)) {
            int port = fixture.api.port();
            Map<String, String> session = AccessMatrixTest.signIn(fixture, TestOffice.OFFICER);
            String cookie = "Cookie: " + Gatekeeper.SESSION_COOKIE + "=" + session.get("secret") + "\r\n";
            List<String> credentials = List.of("Authorization: Bearer " + fixture.office.token(TestOffice.ADMIN) + "\r\n",
                    "Authorization: Bearer " + fixture.office.readToken(TestOffice.OFFICER) + "\r\n",
                    "Authorization: Bearer " + fixture.office.token(TestOffice.READER) + "\r\n",
                    cookie, cookie + Gatekeeper.CSRF_HEADER + ": " + session.get("csrf") + "\r\n");
            Randomness.run("HostileRequestTest", random -> {
                List<Hostile> requests = draw(random, REQUESTS, credentials);
                long started = System.nanoTime();
                Tally tally = sendAll(port, requests);
                System.out.println(tally.summary(requests.size(), Duration.ofNanos(System.nanoTime() - started)));
                assertTrue(tally.failures.isEmpty(), tally.failures.size() + " hostile requests answered wrongly, the first:\n"
                        + tally.failures.stream().limit(15).collect(Collectors.joining("\n")));
                assertEquals(0, tally.count(TIMED_OUT), "requests with no answer within " + TIMEOUT.toSeconds() + " s");
                assertStillHealthy(port);
            });
        }
    }

    private static List<Hostile> draw(Random random, int count, List<String> credentials) {
        List<Hostile> requests = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            requests.add(HostileRequests.next(random, credentials));
        }
        return requests;
    }

    private static Tally sendAll(int port, List<Hostile> requests) throws InterruptedException {
        Tally tally = new Tally();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            for (Hostile request : requests) {
                clients.execute(() -> tally.record(request, sendOne(port, request)));
            }
        } finally {
            clients.shutdown();
        }
        assertTrue(clients.awaitTermination(2, TimeUnit.MINUTES), "the hostile requests took more than 2 minutes");
        return tally;
    }

    private static Object sendOne(int port, Hostile request) {
        try {
            return RawHttp.send(port, request.bytes(), TIMEOUT);
        } catch (IOException e) {
            return e;
        }
    }

    /** The server answers as before; if the flood used up this address's rate limit, once the limit says it may ask again. */
    private static void assertStillHealthy(int port) throws Exception {
        byte[] request = RawHttp.bytes("GET /api/v1/health HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
        RawHttp.Reply health = (RawHttp.Reply) RawHttp.send(port, request, TIMEOUT);
        if (health.status() == 429) {
            Thread.sleep(Long.parseLong(health.header("Retry-After").orElseThrow()) * 1000);
            health = (RawHttp.Reply) RawHttp.send(port, request, TIMEOUT);
        }
        assertEquals(200, health.status(), health.text());
        JsonNode body = JSON.readTree(health.body());
        assertEquals("ok", body.get("status").asText());
        assertEquals(3, body.get("articles").asInt());
    }

    /** What went wrong with an answer, or null when it is as it should be. */
    static String fault(Hostile request, RawHttp.Reply reply) {
        if (reply.status() >= 500) {
            return "a " + reply.status();
        }
        if (reply.body().length == 0 || reply.status() < 400 && !request.target().startsWith(SecurityHeaders.API_PREFIX)) {
            return null; // HEAD, 204, 304, or one of the web UI's files
        }
        if (!reply.header("Content-Type").orElse("").startsWith("application/json")) {
            return "a body of " + reply.header("Content-Type").orElse("no type");
        }
        JsonNode json;
        try {
            json = JSON.readTree(reply.body());
        } catch (IOException e) {
            return "a body that is not JSON";
        }
        if (reply.status() < 400) {
            return null;
        }
        Set<String> fields = new java.util.HashSet<>();
        json.fieldNames().forEachRemaining(fields::add);
        boolean shape = json.path("error").isTextual() && json.path("message").isTextual()
                && (fields.equals(Set.of("error", "message")) || reply.status() == 409 && fields.equals(Set.of("error", "message", "status")));
        if (!shape) {
            return "not the error shape";
        }
        return json.get("message").asText().codePoints().anyMatch(ClientText::unsafe) ? "an unsafe character in the message" : null;
    }

    /** The answers by status (or by what happened instead), and the requests answered wrongly. */
    private static final class Tally {
        final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
        final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();

        void record(Hostile request, Object outcome) {
            String category;
            String fault;
            if (outcome instanceof RawHttp.Reply reply) {
                category = String.valueOf(reply.status());
                fault = fault(request, reply);
                if (fault != null) {
                    fault += ": " + reply.status() + " " + ClientText.safe(reply.text());
                }
            } else if (outcome instanceof RawHttp.Closed closed) {
                category = CLOSED;
                fault = null;
            } else if (outcome instanceof RawHttp.TimedOut) {
                category = TIMED_OUT;
                fault = "no answer within " + TIMEOUT.toSeconds() + " s";
            } else {
                category = "client error";
                fault = "the client failed: " + outcome;
            }
            counts.computeIfAbsent(category, c -> new LongAdder()).increment();
            if (fault != null) {
                failures.add(fault + "\n    for " + request.describe());
            }
        }

        long count(String category) {
            LongAdder adder = counts.get(category);
            return adder == null ? 0 : adder.sum();
        }

        String summary(int sent, Duration took) {
            Map<String, Long> sorted = new TreeMap<>();
            counts.forEach((category, n) -> sorted.put(category, n.sum()));
            sorted.putIfAbsent(CLOSED, 0L);
            sorted.putIfAbsent(TIMED_OUT, 0L);
            return "Hostile requests: " + sent + " sent in " + String.format("%.1f s", took.toMillis() / 1000.0) + "; "
                    + sorted.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", "));
        }
    }
}
