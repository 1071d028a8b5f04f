package org.presswatch.api.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presswatch.core.alert.InMemoryAlertStore;
import org.presswatch.core.config.DataLayout;
import org.presswatch.core.config.PresswatchConfig;
import org.presswatch.core.model.Alert;
import org.presswatch.core.model.AlertFigures;

/** The notification queue against a real HTTP server with a receiver that works, one that fails for a while, and one that is down. */
class AlertNotifierTest {
    private static final Duration POLL = Duration.ofMillis(50);
    private static final URI API = URI.create("http://presswatch.office.example:8080/");

    @TempDir
    Path data;

    private HttpServer server;
    private final Map<String, List<String>> received = Map.of("/ok", Collections.synchronizedList(new ArrayList<>()),
            "/flaky", Collections.synchronizedList(new ArrayList<>()), "/down", Collections.synchronizedList(new ArrayList<>()));
    private final AtomicInteger flakyFailuresLeft = new AtomicInteger(3);
    private final AtomicInteger downCalls = new AtomicInteger();
    private final InMemoryAlertStore alerts = new InMemoryAlertStore();

    @BeforeEach
    void startReceivers() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        ObjectMapper json = new ObjectMapper();
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            JsonNode body = json.readTree(exchange.getRequestBody());
            int status = switch (path) {
                case "/flaky" -> flakyFailuresLeft.getAndDecrement() > 0 ? 503 : 200;
                case "/down" -> {
                    downCalls.incrementAndGet();
                    yield 500;
                }
                default -> 200;
            };
            if (status == 200) {
                received.get(path).add(body.get("alert").get("id").asText() + " " + body.get("api").asText() + " "
                        + body.get("text").get("vi").asText());
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopReceivers() {
        server.stop(0);
    }

    private URI receiver(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private AlertNotifier start(String... paths) throws Exception {
        List<URI> webhooks = new ArrayList<>();
        for (String p : paths) {
            webhooks.add(receiver(p));
        }
        return AlertNotifier.start(new PresswatchConfig.Notifications(webhooks, POLL, Duration.ofMillis(200)), alerts, DataLayout.under(data).notifications(), API, Clock.systemUTC());
    }

    private static Alert alert(String id, Instant raised) {
        return new Alert(id, raised, "51", "sovereignty", "risk 0.8: " + id, List.of("a" + id), new AlertFigures.HighRisk(0.8, Map.of()));
    }

    private static void await(List<String> list, int size) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (list.size() < size && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(list.size() >= size, "received " + list.size() + " of " + size + ", the first: " + list.subList(0, Math.min(5, list.size())));
    }

    private List<String> ids(String path) {
        return received.get(path).stream().map(line -> line.split(" ")[0]).toList();
    }

    @Test
    void everyReceiverGetsEveryNewAlertOnceInOrderWhileABrokenOneWaits() throws Exception {
        alerts.record(alert("before-start", Instant.now().minusSeconds(60)));
        try (AlertNotifier notifier = start("/ok", "/flaky", "/down")) {
            Instant now = Instant.now();
            alerts.recordAll(List.of(alert("first", now.plusMillis(1)), alert("second", now.plusMillis(2))));
            Thread.sleep(POLL.toMillis() * 3);
            alerts.record(alert("third", now.plusMillis(3)));
            // recorded after "third" though raised before it: a later checkpoint of a slower task
            alerts.record(alert("late", now.plusMillis(2).plusNanos(500_000)));
            await(received.get("/ok"), 4);
            await(received.get("/flaky"), 4);
            Thread.sleep(POLL.toMillis() * 4);
        }
        assertTrue(ids("/ok").containsAll(List.of("first", "second", "third", "late")) && ids("/ok").size() == 4,
                "each once, none from before the start: " + ids("/ok"));
        assertEquals(List.of("first", "second"), ids("/ok").subList(0, 2), "in the order raised");
        assertEquals(List.of("first", "second", "late", "third"), ids("/flaky"), "all after its failures, in the order raised");
        assertEquals(List.of(), ids("/down"));
        assertTrue(downCalls.get() >= 2, "the receiver that is down is tried again");
        assertEquals("first http://presswatch.office.example:8080/api/v1/alerts/first Bài viết có mức rủi ro 80% (Chủ quyền biển đảo, Quảng Ngãi)",
                received.get("/ok").get(0), "the alert, its address here and a line for the officers");
    }

    @Test
    void aRestartNeitherRepeatsNorSkips() throws Exception {
        try (AlertNotifier notifier = start("/ok")) {
            Instant now = Instant.now();
            alerts.record(alert("one", now.plusMillis(1)));
            await(received.get("/ok"), 1);
        }
        alerts.record(alert("while-stopped", Instant.now()));
        try (AlertNotifier notifier = start("/ok")) {
            alerts.record(alert("after", Instant.now().plusMillis(1)));
            await(received.get("/ok"), 3);
            Thread.sleep(POLL.toMillis() * 4);
        }
        assertEquals(List.of("one", "while-stopped", "after"), ids("/ok"));
    }

    @Test
    void aBacklogOfMoreThanAPageOfTheStoreIsDeliveredWholeAndInOrder() throws Exception {
        start("/ok").close();
        Instant now = Instant.now();
        List<Alert> backlog = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            backlog.add(alert(String.format("backlog-%05d", i), now.plusMillis(1 + i / 3)));
        }
        alerts.recordAll(backlog);
        try (AlertNotifier notifier = start("/ok")) {
            await(received.get("/ok"), backlog.size());
            Thread.sleep(POLL.toMillis() * 4);
        }
        List<String> got = ids("/ok");
        int firstDifference = 0;
        while (firstDifference < Math.min(got.size(), backlog.size()) && got.get(firstDifference).equals(backlog.get(firstDifference).id())) {
            firstDifference++;
        }
        assertTrue(got.size() == backlog.size() && firstDifference == backlog.size(), "every alert once, in order: " + got.size()
                + " received, the first difference at " + firstDifference + ": "
                + got.subList(Math.max(0, firstDifference - 3), Math.min(got.size(), firstDifference + 3)));
    }
}
