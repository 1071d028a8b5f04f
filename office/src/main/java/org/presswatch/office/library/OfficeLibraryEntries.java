package org.presswatch.office.library;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.presswatch.core.config.DataLayout;
import org.presswatch.core.model.Rebuttal;
import org.presswatch.office.db.OfficeDatabase;

/**
 * The library's entries read from the office database. The database admits one
 * process at a time and {@code presswatch library import} must be able to write it while
 * presswatch serves, so it is opened for each read and closed at once; what was read is kept
 * for {@link #KEPT}, which is as stale as a page may show an entry after an import.
 */
public final class OfficeLibraryEntries implements LibraryEntries {
    static final Duration KEPT = Duration.ofSeconds(30);
    private final DataLayout layout;
    private final Clock clock;
    private final Map<String, Read> cache = new ConcurrentHashMap<>();

    private record Read(Optional<Rebuttal> entry, Instant at) {}

    public OfficeLibraryEntries(DataLayout layout, Clock clock) {
        this.layout = layout;
        this.clock = clock;
    }

    @Override
    public Optional<Rebuttal> entry(String id) throws IOException {
        Read kept = cache.get(id);
        Instant now = clock.instant();
        if (kept != null && kept.at().plus(KEPT).isAfter(now)) {
            return kept.entry();
        }
        Optional<Rebuttal> entry = read(id);
        cache.put(id, new Read(entry, now));
        return entry;
    }

    /** One read at a time: each opens the database, and the first may move an earlier library's into place. */
    private synchronized Optional<Rebuttal> read(String id) throws IOException {
        if (!OfficeDatabase.existsIn(layout)) {
            return Optional.empty();
        }
        try (JdbcRebuttalLibrary library = JdbcRebuttalLibrary.open(layout.officeDatabase())) {
            return library.get(id);
        }
    }
}
