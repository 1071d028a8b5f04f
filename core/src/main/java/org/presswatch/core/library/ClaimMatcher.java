package org.presswatch.core.library;

import java.io.IOException;
import java.util.List;
import org.presswatch.core.model.ClaimMatch;

/**
 * Finds the library entries whose claims a text makes: an article, a post, any text. The
 * pipeline asks it about every flagged article; the API about what an officer pastes.
 * Implementations keep a search index derived from the {@link RebuttalLibrary}, which they can
 * always rebuild from it, and are safe for concurrent use.
 */
public interface ClaimMatcher {
    /** At most this many matches are returned for a text. */
    int MAX_MATCHES = 10;

    /**
     * The entries whose claims the text makes, best first, at most {@code limit}.
     *
     * @param language the text's language (ISO 639-1) when known, else null: some signals only
     *     work within one language
     */
    List<ClaimMatch> match(String text, String language, int limit) throws IOException;
}
