package org.presswatch.ingest.extract;

import java.net.URI;
import java.time.Instant;
import org.presswatch.core.util.Validate;

/**
 * What the extractor found on an article page. Text is Unicode NFC, paragraphs separated by a
 * blank line.
 *
 * @param published publication time, or null when the page does not say
 * @param author the byline as printed, or null
 * @param language the page's declared language (ISO 639-1), or null when it declares none
 * @param canonicalUrl the publisher's canonical URL, or the fetched URL when the page names none
 * @param imageUrl the lead image, or null
 */
public record ExtractedArticle(String title, String text, Instant published, String author, String language,
                               URI canonicalUrl, URI imageUrl) {
    public ExtractedArticle {
        Validate.notNull(title, "title");
        Validate.notNull(text, "text");
        Validate.notNull(canonicalUrl, "canonicalUrl");
    }
}
