package org.presswatch.api.notify;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.presswatch.core.alert.AlertQuery;
import org.presswatch.core.alert.AlertStore;
import org.presswatch.core.json.Json;
import org.presswatch.core.model.Alert;
import org.presswatch.core.util.Hashes;

/**
 * What one receiver has been sent, kept in a small file under {@code data/notifications}: the
 * raise time up to which it has every alert, and the ids delivered in the last
 * {@link #OVERLAP} before it. Alerts are recorded when a checkpoint completes, so one raised a
 * little earlier than another may be recorded a little later; looking back over the overlap and
 * skipping the ids already sent delivers it all the same, and never twice. A receiver added
 * later gets the alerts raised from the moment it was added, not the whole history. Not thread-safe: the
 * notifier's one thread owns it.
 */
final class WebhookOutbox {
    /** Longer than any delay between an alert's raising and its recording (a few checkpoints). */
    static final Duration OVERLAP = Duration.ofMinutes(15);
    private static final ObjectMapper JSON = Json.mapper();

    private final URI receiver;
    private final Path file;
    /** When the receiver was added: nothing raised earlier is sent to it. */
    private final Instant since;
    private Instant upTo;
    private final Map<String, Instant> recent;

    private record State(URI receiver, Instant since, Instant upTo, Map<String, Instant> recent) {}

    private WebhookOutbox(URI receiver, Path file, Instant since, Instant upTo, Map<String, Instant> recent) {
        this.receiver = receiver;
        this.file = file;
        this.since = since;
        this.upTo = upTo;
        this.recent = recent;
    }

    /** The receiver's outbox as last saved in the folder, or a new one that starts at {@code now}. */
    static WebhookOutbox open(URI receiver, Path folder, Instant now) throws IOException {
        Path file = folder.resolve(Hashes.sha256Hex(receiver.toString()).substring(0, 16) + ".json");
        if (Files.isRegularFile(file)) {
            State state = JSON.readValue(file.toFile(), State.class);
            return new WebhookOutbox(receiver, file, state.since(), state.upTo(), new HashMap<>(state.recent()));
        }
        Files.createDirectories(folder);
        WebhookOutbox fresh = new WebhookOutbox(receiver, file, now, now, new HashMap<>());
        fresh.save();
        return fresh;
    }

    URI receiver() {
        return receiver;
    }

    /** The alerts this receiver has not been sent, oldest first: late ones within the overlap, then the next ones. */
    List<Alert> pending(AlertStore alerts) throws IOException {
        Instant lookBack = upTo.minus(OVERLAP).isBefore(since) ? since : upTo.minus(OVERLAP);
        Instant afterUpTo = upTo.plusNanos(1);
        List<Alert> found = new ArrayList<>(alerts.recent(new AlertQuery(null, null, lookBack, afterUpTo, AlertQuery.MAX_LIMIT)));
        found.addAll(oldestFrom(alerts, afterUpTo));
        List<Alert> pending = new ArrayList<>();
        for (Alert alert : found) {
            if (!recent.containsKey(alert.id())) {
                pending.add(alert);
            }
        }
        pending.sort(Comparator.comparing(Alert::raisedAt).thenComparing(Alert::id));
        return pending;
    }

    /**
     * The oldest alerts raised at or after the instant, up to a page, every alert of each raise
     * time included. The store lists the newest first and a full page may cut the alerts of its
     * oldest raise time short, so the window narrows to before that time until what is left fits.
     */
    private static List<Alert> oldestFrom(AlertStore alerts, Instant from) throws IOException {
        List<Alert> page = alerts.recent(new AlertQuery(null, null, from, AlertQuery.MAX_LIMIT));
        while (page.size() == AlertQuery.MAX_LIMIT) {
            Instant oldest = page.get(page.size() - 1).raisedAt();
            if (!from.isBefore(oldest)) {
                break;
            }
            List<Alert> older = alerts.recent(new AlertQuery(null, null, from, oldest, AlertQuery.MAX_LIMIT));
            if (older.isEmpty()) {
                // the page's oldest raise time is the first one: its alerts, whole
                return alerts.recent(new AlertQuery(null, null, oldest, oldest.plusNanos(1), AlertQuery.MAX_LIMIT));
            }
            page = older;
        }
        return page;
    }

    /** Records that the receiver accepted the alert; {@link #save} keeps it across a restart. */
    void delivered(Alert alert) {
        recent.put(alert.id(), alert.raisedAt());
        if (alert.raisedAt().isAfter(upTo)) {
            upTo = alert.raisedAt();
        }
        Instant forget = upTo.minus(OVERLAP);
        recent.values().removeIf(raised -> raised.isBefore(forget));
    }

    /** Writes what was delivered so far, replacing the file whole. */
    void save() throws IOException {
        Path next = file.resolveSibling(file.getFileName() + ".next");
        JSON.writeValue(next.toFile(), new State(receiver, since, upTo, recent));
        Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
