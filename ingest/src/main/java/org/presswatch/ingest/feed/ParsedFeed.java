package org.presswatch.ingest.feed;

import java.net.URI;
import java.nio.charset.Charset;
import java.util.List;
import org.presswatch.core.util.Validate;

/**
 * What a feed or sitemap lists.
 *
 * @param title plain text, possibly empty (sitemaps have none)
 * @param link the site the feed belongs to (RSS channel link, Atom alternate link), canonicalized,
 *     or null when it gives none or it is not an http(s) URL; null for sitemaps
 * @param encoding the character encoding the feed was decoded with, or null for sitemaps (which
 *     crawler-commons decodes itself)
 * @param entries articles, in document order
 * @param childSitemaps sitemaps a sitemap index points to; empty for feeds
 */
public record ParsedFeed(Format format, String title, URI link, Charset encoding, List<FeedEntry> entries, List<URI> childSitemaps) {
    public enum Format { RSS, ATOM, SITEMAP, SITEMAP_INDEX }

    public ParsedFeed {
        Validate.notNull(format, "format");
        title = title == null ? "" : title;
        entries = Validate.copyOf(entries, "entries");
        childSitemaps = Validate.copyOf(childSitemaps, "childSitemaps");
    }

    /** A feed or sitemap without a known link or encoding. */
    public ParsedFeed(Format format, String title, List<FeedEntry> entries, List<URI> childSitemaps) {
        this(format, title, null, null, entries, childSitemaps);
    }
}
