package org.presswatch.core.model;

import org.presswatch.core.util.Validate;

/** A short user-facing text in the product's two languages. */
public record Label(String vi, String en) {
    public Label {
        Validate.notBlank(vi, "vi");
        Validate.notBlank(en, "en");
    }
}
