package org.presswatch.analysis.text;

/**
 * An article's title and text, each read once into a {@link TextView}, and where its lead (the
 * first paragraph) ends: the fields every stage of the analysis weighs differently. Immutable
 * and thread-safe.
 */
public final class ArticleText {
    private final TextView title;
    private final TextView body;
    private final int leadEnd;

    private ArticleText(TextView title, TextView body) {
        this.title = title;
        this.body = body;
        String text = body.text();
        int paragraph = text.indexOf("\n\n");
        int line = text.indexOf('\n');
        this.leadEnd = paragraph >= 0 ? paragraph : line >= 0 ? line : text.length();
    }

    public static ArticleText of(String title, String text) {
        return new ArticleText(TextView.of(title == null ? "" : title), TextView.of(text == null ? "" : text));
    }

    public TextView title() {
        return title;
    }

    public TextView body() {
        return body;
    }

    /** True when chars [start, ...) of the body are in its first paragraph. */
    public boolean inLead(int start) {
        return start < leadEnd;
    }
}
