package org.presswatch.api.notify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.presswatch.api.metrics.Metrics;
import org.presswatch.core.alert.AlertStore;
import org.presswatch.core.config.PresswatchConfig;
import org.presswatch.core.json.Json;
import org.presswatch.core.model.Alert;
import org.presswatch.core.util.DaemonThreads;
import org.presswatch.office.alerts.AlertMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends each new alert to the configured webhooks: the notification queue. It reads the alert
 * store, where the job records alerts exactly once, and keeps one {@link WebhookOutbox} per
 * receiver, so delivery is at least once and in the order raised: a receiver that fails (any
 * answer but 2xx, or none within the timeout) gets the same alert again after a wait that
 * doubles from the poll interval up to {@code retry-max}, and its later alerts wait behind it;
 * the other receivers go on. One thread does it all; closing stops it between two sends. A
 * process killed during a send sends that alert again after its restart. Each send is counted,
 * sent or failed, in the {@link Metrics} given.
 */
public final class AlertNotifier implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AlertNotifier.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Duration SAVE_EVERY = Duration.ofSeconds(1);
    private final AlertStore alerts;
    private final List<WebhookOutbox> outboxes;
    private final PresswatchConfig.Notifications settings;
    private final URI api;
    private final Clock clock;
    private final Metrics metrics;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();
    private final ObjectMapper json = Json.mapper().copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
    private final Map<URI, Backoff> backoffs = new HashMap<>();
    private volatile boolean closing;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("presswatch-alert-notifier"));

    private record Backoff(int failures, Instant nextTry) {}

    private AlertNotifier(AlertStore alerts, List<WebhookOutbox> outboxes, PresswatchConfig.Notifications settings, URI api, Clock clock,
                          Metrics metrics) {
        this.alerts = alerts;
        this.outboxes = outboxes;
        this.settings = settings;
        this.api = api;
        this.clock = clock;
        this.metrics = metrics;
    }

    /**
     * Starts sending; with no webhook configured, nothing runs.
     *
     * @param outboxes the folder of the receivers' outboxes ({@code DataLayout.notifications()})
     * @param api the API's address as a receiver can reach it, for the link to each alert
     */
    public static AlertNotifier start(PresswatchConfig.Notifications settings, AlertStore alerts, Path outboxes, URI api, Clock clock)
            throws IOException {
        return start(settings, alerts, outboxes, api, clock, null);
    }

    /**
     * @param metrics where deliveries are counted (sent, failed); null to count them nowhere
     */
    public static AlertNotifier start(PresswatchConfig.Notifications settings, AlertStore alerts, Path outboxes, URI api, Clock clock,
                                      Metrics metrics) throws IOException {
        List<WebhookOutbox> opened = new ArrayList<>();
        for (URI receiver : settings.webhooks()) {
            opened.add(WebhookOutbox.open(receiver, outboxes, clock.instant()));
        }
        AlertNotifier notifier = new AlertNotifier(alerts, opened, settings, api, clock, metrics);
        if (!opened.isEmpty()) {
            long every = settings.pollInterval().toMillis();
            notifier.thread.scheduleWithFixedDelay(notifier::sendNew, every, every, TimeUnit.MILLISECONDS);
            LOG.info("alerts are sent to {} webhook(s)", opened.size());
        }
        return notifier;
    }

    private void sendNew() {
        for (WebhookOutbox outbox : outboxes) {
            Backoff backoff = backoffs.get(outbox.receiver());
            if (backoff != null && clock.instant().isBefore(backoff.nextTry())) {
                continue;
            }
            try {
                deliver(outbox);
            } catch (IOException | RuntimeException e) {
                failed(outbox.receiver(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Sends the receiver its pending alerts in order, stopping at the first it refuses. What was
     * delivered is saved at least every {@link #SAVE_EVERY} and when the batch ends, either way:
     * a crash in between sends those few again, which at-least-once allows.
     */
    private void deliver(WebhookOutbox outbox) throws IOException, InterruptedException {
        long lastSave = System.nanoTime();
        try {
            for (Alert alert : outbox.pending(alerts)) {
                if (closing) {
                    return;
                }
                send(outbox.receiver(), alert);
                count(true);
                outbox.delivered(alert);
                backoffs.remove(outbox.receiver());
                if (System.nanoTime() - lastSave > SAVE_EVERY.toNanos()) {
                    outbox.save();
                    lastSave = System.nanoTime();
                }
            }
        } finally {
            outbox.save();
        }
    }

    private void send(URI receiver, Alert alert) throws IOException, InterruptedException {
        Map<String, Object> body = Map.of("alert", alert, "text", AlertMessage.of(alert), "api",
                api.resolve("/api/v1/alerts/" + alert.id()).toString());
        HttpRequest request = HttpRequest.newBuilder(receiver).timeout(TIMEOUT).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body))).build();
        HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() / 100 != 2) {
            throw new IOException(receiver + " answered " + response.statusCode() + " to alert " + alert.id());
        }
    }

    private void count(boolean sent) {
        if (metrics != null) {
            metrics.webhook(sent);
        }
    }

    private void failed(URI receiver, Exception e) {
        count(false);
        Backoff before = backoffs.get(receiver);
        int failures = before == null ? 1 : before.failures() + 1;
        Duration wait = settings.pollInterval().multipliedBy(1L << Math.min(failures - 1, 20));
        if (wait.compareTo(settings.retryMax()) > 0) {
            wait = settings.retryMax();
        }
        backoffs.put(receiver, new Backoff(failures, clock.instant().plus(wait)));
        LOG.warn("alert not delivered to {} ({} failure(s) in a row), trying again in {} s: {}", receiver, failures, wait.toSeconds(),
                e.toString());
    }

    /** Lets a send under way finish (and be remembered), then stops; one that hangs is interrupted after the timeout. */
    @Override
    public void close() throws InterruptedException {
        closing = true;
        thread.shutdown();
        if (!thread.awaitTermination(TIMEOUT.toMillis() + 1_000, TimeUnit.MILLISECONDS)) {
            thread.shutdownNow();
            thread.awaitTermination(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        }
    }
}
