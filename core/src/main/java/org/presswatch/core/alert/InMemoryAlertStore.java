package org.presswatch.core.alert;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.presswatch.core.model.Alert;
import org.presswatch.core.util.Validate;

/**
 * Alerts held in memory and lost with the process: for tests, and the reference the stored
 * backends are checked against. Thread-safe: every call holds the instance's monitor.
 */
public final class InMemoryAlertStore implements AlertStore {
    /** Newest first, then by id: the order {@link AlertStore#recent} promises. */
    public static final Comparator<Alert> NEWEST_FIRST =
            Comparator.comparing(Alert::raisedAt).reversed().thenComparing(Alert::id);

    private final Map<String, Alert> byId = new LinkedHashMap<>();
    private boolean closed;

    @Override
    public synchronized boolean record(Alert alert) {
        Validate.notNull(alert, "alert");
        ensureOpen();
        return byId.putIfAbsent(alert.id(), alert) == null;
    }

    @Override
    public synchronized Optional<Alert> get(String id) {
        Validate.notNull(id, "id");
        ensureOpen();
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public synchronized List<Alert> recent(AlertQuery query) {
        Validate.notNull(query, "query");
        ensureOpen();
        List<Alert> selected = new ArrayList<>();
        for (Alert alert : byId.values()) {
            if (query.accepts(alert)) {
                selected.add(alert);
            }
        }
        selected.sort(NEWEST_FIRST);
        return List.copyOf(selected.subList(0, Math.min(query.limit(), selected.size())));
    }

    @Override
    public synchronized long count() {
        ensureOpen();
        return byId.size();
    }

    @Override
    public synchronized void close() {
        closed = true;
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("the in-memory alert store is closed");
        }
    }
}
