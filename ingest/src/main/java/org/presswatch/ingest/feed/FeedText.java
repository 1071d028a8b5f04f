package org.presswatch.ingest.feed;

import java.util.Locale;
import org.jsoup.Jsoup;

/**
 * Turns the value of a feed's text element (title, description, summary) into the plain text
 * presswatch keeps.
 *
 * <p>Contract: a value the feed explicitly typed as text ({@code type="text"} in Atom 1.0,
 * {@code type="text/plain"} in Atom 0.3) is taken literally, so {@code History of the <blink> tag}
 * keeps its brackets. Any other value (RSS, which has no types, HTML and XHTML content, and Atom
 * elements without a type, which real feeds fill with escaped HTML) is read as HTML: tags are
 * dropped, entities decoded and white space collapsed. The result is stripped; null and blank
 * values give the empty string.
 */
final class FeedText {
    private FeedText() {}

    static String plain(String value, String declaredType) {
        if (value == null || value.isBlank()) {
            return "";
        }
        if (isTextType(declaredType) || value.indexOf('<') < 0 && value.indexOf('&') < 0) {
            return value.strip();
        }
        return Jsoup.parse(value).text();
    }

    static String plain(String html) {
        return plain(html, null);
    }

    private static boolean isTextType(String type) {
        if (type == null) {
            return false;
        }
        String t = type.strip().toLowerCase(Locale.ROOT);
        return t.equals("text") || t.equals("text/plain");
    }
}
