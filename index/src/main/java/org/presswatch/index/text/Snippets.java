package org.presswatch.index.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The snippet of a hit: HTML, the article's text escaped, the query's matches in {@code <mark>};
 * the article's opening when no passage matched. Both backends make them alike.
 */
public final class Snippets {
    /** How much of the text a highlighter reads: a match deeper in a very long article is not shown. */
    public static final int MAX_CHARS = 100_000;
    private static final int OPENING_CHARS = 240;

    private Snippets() {}

    /**
     * A highlighter configured as snippets are made: the query's terms, which name the combined
     * field or the text, marked in the text.
     *
     * @param builder from {@link UnifiedHighlighter#builder} over an index or {@link UnifiedHighlighter#builderWithoutSearcher}
     */
    public static UnifiedHighlighter configure(UnifiedHighlighter.Builder builder) {
        return builder.withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withFieldMatcher(field -> field.equals(ArticleFields.TEXT) || field.equals(ArticleFields.ALL))
                .withMaxLength(MAX_CHARS)
                .build();
    }

    /** A highlighter for texts outside any index (see {@link #highlight}); reusable for every hit of a search. */
    public static UnifiedHighlighter withoutIndex(Analyzer folding) {
        return configure(UnifiedHighlighter.builderWithoutSearcher(folding));
    }

    /**
     * The snippet of one text for a query, analyzing the text again: for a backend whose index
     * cannot give the highlighter the words' offsets.
     *
     * @param highlighter from {@link #withoutIndex}, with the analyzer the text field is indexed with
     */
    public static String highlight(UnifiedHighlighter highlighter, Query query, String text) {
        try {
            Object passage = highlighter.highlightWithoutSearcher(ArticleFields.TEXT, query, text, 1);
            return passage == null ? opening(text) : passage.toString().strip();
        } catch (IOException e) {
            // the text is in memory: reading it cannot fail
            throw new UncheckedIOException(e);
        }
    }

    /** The article's first words, HTML-escaped like highlighted snippets, cut at a word boundary. */
    public static String opening(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() > OPENING_CHARS) {
            int cut = flat.lastIndexOf(' ', OPENING_CHARS);
            flat = flat.substring(0, cut > 0 ? cut : OPENING_CHARS) + " …";
        }
        return flat.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#x27;");
    }
}
