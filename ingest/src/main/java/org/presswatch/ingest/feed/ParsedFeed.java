package org.presswatch.ingest.feed;

import java.util.List;
import org.presswatch.core.util.Validate;

/**
 * What a feed or sitemap lists.
 *
 * @param entries articles, in document order
 * @param childSitemaps sitemaps a sitemap index points to; empty for feeds
 */
public record ParsedFeed(Format format, String title, List<FeedEntry> entries, List<java.net.URI> childSitemaps) {
    public enum Format { RSS, ATOM, SITEMAP, SITEMAP_INDEX }

    public ParsedFeed {
        Validate.notNull(format, "format");
        title = title == null ? "" : title;
        entries = Validate.copyOf(entries, "entries");
        childSitemaps = Validate.copyOf(childSitemaps, "childSitemaps");
    }
}
