package org.presswatch.core.model;

import java.util.Locale;
import org.presswatch.core.util.Validate;

/** A short user-facing text in the product's two languages. */
public record Label(String vi, String en) {
    public Label {
        Validate.notBlank(vi, "vi");
        Validate.notBlank(en, "en");
    }

    /** The text for a language code; anything but Vietnamese gets English. */
    public String in(String language) {
        return "vi".equals(language == null ? null : language.toLowerCase(Locale.ROOT)) ? vi : en;
    }
}
