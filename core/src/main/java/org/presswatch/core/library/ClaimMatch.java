package org.presswatch.core.library;

import org.presswatch.core.util.Validate;

/**
 * A library entry whose claim a text makes: the entry, how closely the text matches it, and the
 * sentence of the text that matched best. The system never calls the text false: it says which
 * documented claim the text resembles, and the officer reads the entry's evidence.
 *
 * @param score in [0, 1]; comparable between the matches of one text, not an absolute truth
 */
public record ClaimMatch(String entryId, double score, String sentence) {
    public ClaimMatch {
        Validate.notBlank(entryId, "entryId");
        Validate.isTrue(score >= 0 && score <= 1, "match score must be in [0, 1], was %s", score);
        Validate.notNull(sentence, "sentence");
    }
}
