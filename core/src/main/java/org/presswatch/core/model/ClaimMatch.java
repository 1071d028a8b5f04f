package org.presswatch.core.model;

import org.presswatch.core.util.Validate;

/**
 * A library entry whose claim a text makes: the entry, how closely the text matches it, and the
 * sentence of the text that matched best. The system never calls the text false: it says which
 * documented claim the text resembles, and the officer reads the entry's evidence.
 *
 * @param title the entry's title, which states the claim for a reader; empty when it has none
 * @param score in [0, 1]; ranks the matches of one text, not comparable between texts
 * @param similarity in [0, 1]; how much of the claim the sentence says (the share of the claim's
 *     words it repeats, and for English how close in meaning it is), comparable between texts:
 *     what a threshold applies to
 */
public record ClaimMatch(String entryId, String title, double score, double similarity, String sentence) {
    public ClaimMatch {
        Validate.notBlank(entryId, "entryId");
        title = title == null ? "" : title;
        Validate.isTrue(score >= 0 && score <= 1, "match score must be in [0, 1], was %s", score);
        Validate.isTrue(similarity >= 0 && similarity <= 1, "match similarity must be in [0, 1], was %s", similarity);
        Validate.notNull(sentence, "sentence");
    }
}
