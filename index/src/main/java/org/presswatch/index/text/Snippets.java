package org.presswatch.index.text;

/** Snippets for the hits the highlighter has no passage for. */
public final class Snippets {
    private static final int OPENING_CHARS = 240;

    private Snippets() {}

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
