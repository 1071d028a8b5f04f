package org.presswatch.index.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presswatch.core.alert.AlertQuery;
import org.presswatch.core.alert.AlertStore;
import org.presswatch.core.model.Alert;
import org.presswatch.index.contract.AlertStoreContract;

/** The {@link org.presswatch.core.alert.AlertStore} contract on the embedded Lucene store, and what is its own: the directory. */
class LuceneAlertStoreTest extends AlertStoreContract {
    @TempDir
    Path dir;

    private Path alerts() {
        return dir.resolve("alerts");
    }

    @Override
    protected AlertStore open() throws IOException {
        return new LuceneAlertStore(alerts());
    }

    @Test
    void alertsSurviveCloseAndReopen() throws IOException {
        Alert first = alert("spike-48", 0);
        Alert national = alert("amplified", Alert.Kind.AMPLIFICATION, 1, null, null, 1);
        store.record(first);
        store.record(national);
        store.close();

        store = open();
        assertEquals(2, store.count(), "count after reopening");
        assertEquals(Optional.of(first), store.get("spike-48"), "get after reopening");
        assertEquals(List.of(national, first), store.recent(AlertQuery.newest(10)), "recent after reopening");
        assertFalse(store.record(alert("spike-48", Alert.Kind.HIGH_RISK, 9, "01", null, 2)),
                "a record of an id kept before reopening");
        assertEquals(Optional.of(first), store.get("spike-48"), "the alert kept before reopening");
    }

    @Test
    void aSecondOpenOfTheDirectoryFailsNamingIt() {
        IOException e = assertThrows(IOException.class, () -> new LuceneAlertStore(alerts()).close());
        assertTrue(e.getMessage().contains(alerts().toString()), e.getMessage());
    }

    @Test
    void anInterruptedCallerIsToldSoAndItsRecordStillCompletes() throws IOException {
        Thread.currentThread().interrupt();
        try {
            assertThrows(InterruptedIOException.class, () -> store.record(alert("interrupted", 0)));
            assertTrue(Thread.interrupted(), "the caller's interrupt flag is set again");
        } finally {
            Thread.interrupted();
        }
        // records run one after another: once the next returns, the interrupted one is done
        assertTrue(store.record(alert("next", 1)), "a record after the interrupted one");
        assertTrue(store.get("interrupted").isPresent(), "the interrupted caller's alert is kept");
        assertFalse(store.record(alert("interrupted", 0)), "recording it again");
    }

    @Test
    void aClosedStoreRefusesRecordsAndClosesOnce() throws IOException {
        store.close();
        assertThrows(IllegalStateException.class, () -> store.record(alert("late", 0)));
        store.close();
    }

    @Test
    void anAlertTooFarInTimeIsTheCallersMistake() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> store.record(raisedAt("ancient", "1600-01-01T00:00:00Z")));
        assertTrue(e.getMessage().contains("ancient"), e.getMessage());
    }
}
