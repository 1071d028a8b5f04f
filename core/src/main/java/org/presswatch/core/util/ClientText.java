package org.presswatch.core.util;

/**
 * Text a client sent, made safe to quote in a message the API sends back: every character that
 * could hide, reorder or break the text around it on a screen or in a log (control characters
 * C0 and C1, format characters such as the bidirectional overrides U+202E and U+2066 to U+2069 or
 * the zero-width ones, line and paragraph separators, lone surrogates) is written as
 * <code>&#92;uXXXX</code> (a backslash, u and four hexadecimal digits), and long text is cut with
 * an ellipsis. Every message that quotes a client's text goes through here (the API's, the
 * index's refusals of a query); the API's one error writer passes whole messages through
 * {@link #clean} too.
 */
public final class ClientText {
    /** The code points of client text a message quotes; more are cut and marked with an ellipsis. */
    public static final int MAX_QUOTED = 100;
    /** A whole message is never longer than this (it quotes a search's q, whose length is limited apart). */
    public static final int MAX_MESSAGE = 2000;
    private static final String ELLIPSIS = "…";

    private ClientText() {}

    /** The client's text, safe and at most {@link #MAX_QUOTED} code points, in single quotes. */
    public static String quote(String text) {
        return "'" + safe(text) + "'";
    }

    /** The client's text, safe and at most {@link #MAX_QUOTED} code points. */
    public static String safe(String text) {
        return escape(text, MAX_QUOTED);
    }

    /** A whole message, its unsafe characters escaped and cut at {@link #MAX_MESSAGE} code points. */
    public static String clean(String message) {
        return clean(message, MAX_MESSAGE);
    }

    /** A whole message, its unsafe characters escaped and cut at this many code points. */
    public static String clean(String message, int maxCodePoints) {
        return escape(message, maxCodePoints);
    }

    /** Whether the code point would hide, reorder or break the text around it. */
    public static boolean unsafe(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SURROGATE, Character.UNASSIGNED, Character.PRIVATE_USE -> true;
            default -> false;
        };
    }

    private static String escape(String text, int maxCodePoints) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), maxCodePoints) + 8);
        int count = 0;
        for (int i = 0; i < text.length(); ) {
            if (count == maxCodePoints) {
                return out.append(ELLIPSIS).toString();
            }
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            if (unsafe(cp)) {
                for (int j = i; j < i + width; j++) {
                    out.append(String.format("\\u%04X", (int) text.charAt(j)));
                }
            } else {
                out.appendCodePoint(cp);
            }
            i += width;
            count++;
        }
        return out.toString();
    }
}
