package org.presswatch.index.elasticsearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.presswatch.core.alert.AlertStore;
import org.presswatch.core.model.Alert;
import org.presswatch.index.contract.AlertStoreContract;

/**
 * The {@link AlertStore} contract on a real Elasticsearch node (skipped without one), each test
 * on an index of its own, deleted after it; and what is its own: the index shared between stores.
 */
class ElasticsearchAlertStoreTest extends AlertStoreContract {
    private final String name = ElasticsearchBackend.newIndexName();

    @Override
    protected AlertStore open() throws IOException {
        return new ElasticsearchAlertStore(ElasticsearchBackend.url(), name);
    }

    @Override
    protected void discard(AlertStore store) throws IOException {
        try {
            store.close();
        } finally {
            ElasticsearchBackend.INSTANCE.delete(name);
        }
    }

    @Test
    void anotherStoreOnTheIndexSeesItsAlertsAndKeepsTheFirst() throws IOException {
        Alert first = alert("spike-48", 0);
        store.record(first);
        try (AlertStore other = open()) {
            assertEquals(Optional.of(first), other.get("spike-48"), "get through another store");
            assertFalse(other.record(alert("spike-48", Alert.Kind.HIGH_RISK, 1, "01", null, 2)), "a record through another store");
            assertTrue(other.record(alert("spike-01", 2)), "a new alert through another store");
        }
        assertEquals(2, store.count(), "count");
    }

    @Test
    void storesOpenedAtOnceOnAMissingIndexAllOpen() throws Exception {
        String shared = ElasticsearchBackend.newIndexName();
        int stores = 4;
        ExecutorService pool = Executors.newFixedThreadPool(stores);
        CyclicBarrier start = new CyclicBarrier(stores);
        List<Future<AlertStore>> opened = new ArrayList<>();
        try {
            for (int i = 0; i < stores; i++) {
                opened.add(pool.submit(() -> {
                    start.await();
                    return new ElasticsearchAlertStore(ElasticsearchBackend.url(), shared);
                }));
            }
            List<Boolean> recorded = new ArrayList<>();
            for (Future<AlertStore> f : opened) {
                try (AlertStore s = f.get()) {
                    recorded.add(s.record(alert("raced", 0)));
                }
            }
            assertEquals(1, recorded.stream().filter(r -> r).count(), "records of one id through " + stores + " stores: " + recorded);
        } finally {
            pool.shutdownNow();
            ElasticsearchBackend.INSTANCE.delete(shared);
        }
    }

    @Test
    void anUnreachableClusterIsAnIOExceptionNamingItAndTheIndex() {
        IOException e = assertThrows(IOException.class,
                () -> new ElasticsearchAlertStore(URI.create("http://127.0.0.1:9"), "presswatch-alerts").close());
        assertTrue(e.getMessage().contains("127.0.0.1:9") && e.getMessage().contains("presswatch-alerts"), e.getMessage());
    }

    @Test
    void anAlertBefore1970IsTheCallersMistake() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> store.record(raisedAt("before-1970", "1969-12-31T23:59:59Z")));
        assertTrue(e.getMessage().contains("before-1970"), e.getMessage());
    }
}
