package org.presswatch.office.library;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.presswatch.core.model.AnalyzedArticle;
import org.presswatch.core.model.ClaimMatch;
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

    /**
     * What one caller may see of the claims articles were matched to, for one request: a match
     * to an entry the caller may not see (another province's draft) is not shown at all, not
     * even its title. Each entry is read once per view. Not thread-safe: one per request.
     */
    public ClaimView claimsSeenBy(Caller caller) {
        return new ClaimView(caller);
    }

    /** The claims one caller may see; see {@link #claimsSeenBy}. */
    public final class ClaimView {
        private final Caller caller;
        private final Map<String, Boolean> seen = new HashMap<>();

        private ClaimView(Caller caller) {
            this.caller = caller;
        }

        /** The article with only the claims the caller may see. */
        public AnalyzedArticle of(AnalyzedArticle article) throws IOException {
            if (article.claims().isEmpty()) {
                return article;
            }
            List<ClaimMatch> visible = new ArrayList<>(article.claims().size());
            for (ClaimMatch claim : article.claims()) {
                if (sees(claim.entryId())) {
                    visible.add(claim);
                }
            }
            return visible.size() == article.claims().size() ? article : article.withClaims(visible);
        }

        private boolean sees(String entryId) throws IOException {
            Boolean known = seen.get(entryId);
            if (known == null) {
                known = library.get(entryId).map(entry -> maySee(caller, entry)).orElse(false);
                seen.put(entryId, known);
            }
            return known;
        }
    }

    public static boolean maySee(Caller caller, Rebuttal entry) {
        return entry.status() == Rebuttal.Status.APPROVED || caller.role().writes() && caller.seesAnyOf(entry.provinces());
    }
}
