package org.presswatch.office.library;

import java.io.IOException;
import java.util.Locale;
import org.presswatch.core.model.Rebuttal;
import org.presswatch.core.util.Validate;
import org.presswatch.office.access.Caller;
import org.presswatch.office.access.Refusal;

/**
 * The library's entries as each caller may see them. An approved entry is the office's
 * published argument material, handed to the press: every signed-in account reads it. Drafts and
 * retired entries are the office's own work: national staff read them all, officers those of
 * their provinces, readers none. Thread-safe.
 */
public final class LibraryEntries {
    private final RebuttalLibrary library;

    public LibraryEntries(RebuttalLibrary library) {
        this.library = Validate.notNull(library, "library");
    }

    /**
     * The entry's current version.
     *
     * @throws Refusal not found, or forbidden when the caller may not see it
     */
    public Rebuttal entry(Caller caller, String id) throws IOException {
        Rebuttal entry = library.get(id).orElseThrow(() -> Refusal.notFound("no library entry with id " + id));
        if (!maySee(caller, entry)) {
            throw Refusal.forbidden("library entry " + id + " is a " + entry.status().name().toLowerCase(Locale.ROOT)
                    + " of " + (entry.provinces().isEmpty() ? "the national office" : "provinces " + String.join(", ", entry.provinces()))
                    + ", which " + caller.account() + " does not see");
        }
        return entry;
    }

    public static boolean maySee(Caller caller, Rebuttal entry) {
        return entry.status() == Rebuttal.Status.APPROVED || caller.role().writes() && caller.seesAnyOf(entry.provinces());
    }
}
