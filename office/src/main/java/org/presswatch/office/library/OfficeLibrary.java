package org.presswatch.office.library;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.presswatch.core.config.DataLayout;
import org.presswatch.core.library.ClaimMatcher;
import org.presswatch.core.model.Rebuttal;
import org.presswatch.index.claims.ClaimIndexWriter;
import org.presswatch.office.db.OfficeDatabase;

/**
 * An office's rebuttal library as presswatch keeps it: the entries in the office database (every
 * version kept) and the claim index derived from them, each where the {@link DataLayout} puts it.
 * Saving through this class keeps the two in step; should the index be lost or fall behind,
 * {@link #reindex} rebuilds it from the database, and {@link #open} does so by itself when it
 * finds the index empty and the database not. Thread-safe; one instance per data folder and
 * process (the database is locked to one process).
 */
public final class OfficeLibrary implements Closeable {
    private final RebuttalLibrary entries;
    private final ClaimIndexWriter claims;

    private OfficeLibrary(RebuttalLibrary entries, ClaimIndexWriter claims) {
        this.entries = entries;
        this.claims = claims;
    }

    public static OfficeLibrary open(DataLayout layout) throws IOException {
        OfficeDatabase.adoptEarlierLibrary(layout);
        RebuttalLibrary entries = JdbcRebuttalLibrary.open(layout.officeDatabase());
        ClaimIndexWriter claims = null;
        try {
            claims = ClaimIndexWriter.open(layout.claimIndex());
            OfficeLibrary library = new OfficeLibrary(entries, claims);
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
        try {
            claims.close();
        } finally {
            entries.close();
        }
    }
}
