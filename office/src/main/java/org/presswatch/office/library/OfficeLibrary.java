package org.presswatch.office.library;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.presswatch.core.config.DataLayout;
import org.presswatch.core.config.PresswatchConfig;
import org.presswatch.core.library.ClaimMatcher;
import org.presswatch.core.model.Rebuttal;
import org.presswatch.index.claims.ClaimIndexWriter;
import org.presswatch.office.db.OfficeDatabase;

/**
 * An office's rebuttal library as presswatch keeps it: the entries in the office database (every
 * version kept) and the claim index derived from them, each where the {@link DataLayout} puts it.
 * Saving through this class keeps the two in step; should the index be lost or fall behind,
 * {@link #reindex} rebuilds it from the database, and {@link #open} does so by itself when it
 * finds the index empty and the database not. Thread-safe; one instance per claim index and
 * process (Lucene locks the index to one writer).
 */
public final class OfficeLibrary implements Closeable {
    private final RebuttalLibrary entries;
    private final ClaimIndexWriter claims;
    private final Closeable database;

    private OfficeLibrary(RebuttalLibrary entries, ClaimIndexWriter claims, Closeable database) {
        this.entries = entries;
        this.claims = claims;
        this.database = database;
    }

    /**
     * The library in the configuration's office database, with its claim index where the
     * configuration puts it; closing the library closes the database it opened.
     */
    public static OfficeLibrary open(PresswatchConfig config) throws IOException {
        OfficeDatabase database = OfficeDatabase.open(config);
        try {
            return open(database, config.layout(), database);
        } catch (IOException | RuntimeException e) {
            try (database) {
                throw e;
            }
        }
    }

    /** The library in an office database the caller opened and closes, with its claim index where the layout puts it. */
    public static OfficeLibrary open(OfficeDatabase database, DataLayout layout) throws IOException {
        return open(database, layout, () -> { });
    }

    private static OfficeLibrary open(OfficeDatabase database, DataLayout layout, Closeable owned) throws IOException {
        RebuttalLibrary entries = JdbcRebuttalLibrary.in(database);
        ClaimIndexWriter claims = null;
        try {
            claims = ClaimIndexWriter.open(layout.claimIndex());
            OfficeLibrary library = new OfficeLibrary(entries, claims, owned);
            if (claims.entries() == 0 && entries.count() > 0) {
                library.reindex();
            }
            return library;
        } catch (IOException | RuntimeException e) {
            try (entries; Closeable index = claims) {
                throw e;
            }
        }
    }

    /** Saves each entry as its next version and brings the claim index up to date; returns the versions stored. */
    public synchronized List<Rebuttal> save(List<Rebuttal> edited, String editor) throws IOException {
        List<Rebuttal> stored = new ArrayList<>(edited.size());
        for (Rebuttal entry : edited) {
            stored.add(entries.save(entry, editor));
        }
        claims.replaceAll(stored);
        return stored;
    }

    /** Rebuilds the claim index from the database; returns the number of entries it holds afterwards. */
    public synchronized long reindex() throws IOException {
        claims.rebuild(entries.all());
        return claims.entries();
    }

    public RebuttalLibrary entries() {
        return entries;
    }

    public ClaimMatcher matcher() {
        return claims.matcher();
    }

    @Override
    public void close() throws IOException {
        try (database; RebuttalLibrary closingEntries = entries) {
            claims.close();
        }
    }
}
