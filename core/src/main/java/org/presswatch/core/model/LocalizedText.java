package org.presswatch.core.model;

import org.presswatch.core.util.Validate;

/**
 * A text written in one language, such as a claim or a talking point.
 *
 * @param language ISO 639-1, or {@value Article#UNDETERMINED_LANGUAGE} when it could not be told
 */
public record LocalizedText(String language, String text) {
    public LocalizedText {
        Validate.matches(language, "[a-z]{2}|" + Article.UNDETERMINED_LANGUAGE, "language");
        Validate.notBlank(text, "text");
    }
}
