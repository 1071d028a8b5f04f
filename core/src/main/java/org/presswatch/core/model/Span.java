package org.presswatch.core.model;

import org.presswatch.core.util.Validate;

/**
 * A stretch of an article's text, so that the UI can highlight why something was found.
 *
 * @param field {@code title} or {@code text}
 * @param start offset of the first char in that field, in UTF-16 units
 * @param end offset after the last char
 * @param text the characters at that place, as written
 */
public record Span(String field, int start, int end, String text) {
    public static final String TITLE = "title";
    public static final String TEXT = "text";

    public Span {
        Validate.isTrue(TITLE.equals(field) || TEXT.equals(field), "span field must be title or text, was %s", field);
        Validate.isTrue(start >= 0 && end > start, "span [%d, %d) is empty or negative", start, end);
        Validate.notNull(text, "text");
    }
}
