package org.presswatch.pipeline.sink;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.presswatch.core.alert.AlertStore;
import org.presswatch.core.alert.InMemoryAlertStore;
import org.presswatch.core.model.Alert;

/**
 * In-memory alert stores shared by name within the JVM, so a test reads what the job's
 * committers, deserialized by Flink, recorded. Counts the alerts offered again, which a job
 * raising each alert once never does.
 */
public final class InMemoryAlertStores implements AlertStoreProvider {
    private static final Map<String, Recording> STORES = new ConcurrentHashMap<>();

    private final String name;

    public InMemoryAlertStores(String name) {
        this.name = name;
    }

    public Recording store() {
        return STORES.computeIfAbsent(name, n -> new Recording());
    }

    @Override
    public AlertStore acquire() {
        return store();
    }

    @Override
    public void release(AlertStore store) {
        // shared for the test's lifetime
    }

    /** An in-memory store that counts repeated alerts. */
    public static final class Recording implements AlertStore {
        private final InMemoryAlertStore alerts = new InMemoryAlertStore();
        private final AtomicInteger repeats = new AtomicInteger();

        @Override
        public boolean record(Alert alert) {
            boolean added = alerts.record(alert);
            if (!added) {
                repeats.incrementAndGet();
            }
            return added;
        }

        @Override
        public java.util.Optional<Alert> get(String id) {
            return alerts.get(id);
        }

        @Override
        public java.util.List<Alert> recent(org.presswatch.core.alert.AlertQuery query) {
            return alerts.recent(query);
        }

        @Override
        public long count() {
            return alerts.count();
        }

        public int repeats() {
            return repeats.get();
        }

        @Override
        public void close() {
            alerts.close();
        }
    }
}
