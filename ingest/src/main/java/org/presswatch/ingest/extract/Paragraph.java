package org.presswatch.ingest.extract;

/**
 * One paragraph of extracted text: its whitespace-collapsed text and how many of its non-space
 * characters are link text.
 */
record Paragraph(String text, int linkChars) {
    /**
     * Lists of products or sources in an article are mostly links and stay; "read also" lines and
     * lists of other stories are nearly all link.
     */
    private static final double MAX_LINK_SHARE = 0.7;

    /** Body text, as opposed to a navigation line or a list of links that survived cleaning. */
    boolean isContent() {
        return !text.isEmpty() && linkChars <= ContentScorer.visibleChars(text) * MAX_LINK_SHARE;
    }
}
