package org.presswatch.core.model;

import org.presswatch.core.util.Validate;

/** A text written in one language, such as a claim or a talking point. */
public record LocalizedText(String language, String text) {
    public LocalizedText {
        Validate.matches(language, "[a-z]{2}", "language");
        Validate.notBlank(text, "text");
    }
}
