package org.presswatch.index.library;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.presswatch.core.library.ClaimMatcher;
import org.presswatch.core.library.RebuttalLibrary;
import org.presswatch.core.model.Rebuttal;
import org.presswatch.index.claims.LuceneClaimIndex;

/**
 * An office's rebuttal library as presswatch keeps it under its data folder: the entries in a
 * database ({@code library/}, every version kept) and the claim index derived from them
 * ({@code library-index/}). Saving through this class keeps the two in step; should the index
 * be lost or fall behind, {@link #reindex} rebuilds it from the database, and {@link #open}
 * does so by itself when it finds the index empty and the database not. Thread-safe; one
 * instance per data folder and process (the database is locked to one process).
 */
public final class OfficeLibrary implements Closeable {
    private final RebuttalLibrary entries;
    private final LuceneClaimIndex claims;

    private OfficeLibrary(RebuttalLibrary entries, LuceneClaimIndex claims) {
        this.entries = entries;
        this.claims = claims;
    }

    public static OfficeLibrary open(Path dataDir) throws IOException {
        RebuttalLibrary entries = JdbcRebuttalLibrary.open(dataDir.resolve("library"));
        try {
            LuceneClaimIndex claims = LuceneClaimIndex.open(dataDir.resolve("library-index"));
            OfficeLibrary library = new OfficeLibrary(entries, claims);
            if (claims.entries() == 0 && entries.count() > 0) {
                library.reindex();
            }
            return library;
        } catch (IOException | RuntimeException e) {
            entries.close();
            throw e;
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
        claims.rebuild(entries);
        return claims.entries();
    }

    public RebuttalLibrary entries() {
        return entries;
    }

    public ClaimMatcher matcher() {
        return claims;
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
