package org.presswatch.office.library;

import java.io.IOException;
import java.util.Optional;
import org.presswatch.core.model.Rebuttal;

/**
 * The office's rebuttal-library entries as the API shows them beside the articles that repeat
 * their claims. Implementations are thread-safe.
 */
public interface LibraryEntries {
    /** No library: every entry is unknown. */
    LibraryEntries NONE = id -> Optional.empty();

    /**
     * The entry's current version.
     *
     * @throws IOException when the library cannot be read now (it may be busy with an import)
     */
    Optional<Rebuttal> entry(String id) throws IOException;
}
