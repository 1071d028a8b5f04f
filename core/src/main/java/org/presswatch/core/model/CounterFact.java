package org.presswatch.core.model;

import java.net.URI;
import java.time.LocalDate;
import org.presswatch.core.util.Validate;

/**
 * A fact that answers a claim, with the published source it rests on.
 *
 * @param sourceUrl where the source can be read, or null for a printed source
 * @param sourceDate when the source was published, or null when unknown
 */
public record CounterFact(String language, String text, String sourceTitle, URI sourceUrl, LocalDate sourceDate) {
    public CounterFact {
        Validate.matches(language, "[a-z]{2}", "language");
        Validate.notBlank(text, "text");
        Validate.notBlank(sourceTitle, "sourceTitle");
    }
}
