package org.presswatch.office.library;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.presswatch.core.model.Rebuttal;

/**
 * The office's rebuttal library: every version of every entry, kept for good. It is the office's
 * own work and exists nowhere else, so the library presswatch runs on is a durable store; search
 * indexes over it are derived data, rebuilt from {@link #all()}.
 *
 * <p>Versions are never deleted or changed. An edit is a new version; retiring an entry is a new
 * version whose status is {@link Rebuttal.Status#RETIRED}, and its history stays readable.
 *
 * <p>Implementations are safe for concurrent use: concurrent saves of one entry get consecutive
 * versions, none lost and none numbered twice. After {@link #close()} every other method throws
 * {@link IllegalStateException}.
 */
public interface RebuttalLibrary extends Closeable {

    /**
     * Saves the entry as the next version of its id: version 1 for an id the library does not
     * know, else the current version plus one. The library stamps the version, the time and the
     * editor; the argument's {@code version}, {@code updatedAt} and {@code editor} are ignored.
     *
     * <p>An entry whose content equals the current version's (every field but those three) is
     * not stored again: the current version is returned unchanged, so saving the same entries
     * twice, as a repeated import does, adds nothing.
     *
     * @param editor the office account saving this version
     * @return the version as stored
     * @throws IOException when the store cannot be written
     */
    Rebuttal save(Rebuttal entry, String editor) throws IOException;

    /** The current version of an entry, or empty for an id the library does not know. */
    Optional<Rebuttal> get(String id) throws IOException;

    /** Every version of an entry, oldest first; empty for an id the library does not know. */
    List<Rebuttal> history(String id) throws IOException;

    /** The current version of every entry, retired ones included, ordered by id. */
    List<Rebuttal> all() throws IOException;

    /** The number of entries (not of versions), retired ones included. */
    long count() throws IOException;
}
