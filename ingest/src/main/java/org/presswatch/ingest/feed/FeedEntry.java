package org.presswatch.ingest.feed;

import java.net.URI;
import java.time.Instant;
import org.presswatch.core.util.Validate;

/**
 * One item of a feed or sitemap: an article to fetch.
 *
 * @param url the article's absolute URL
 * @param guid the feed's own id of the item (RSS guid, Atom id), or the URL when it has none
 * @param title plain text, possibly empty (sitemaps without the news extension have none)
 * @param summary plain text, possibly empty
 * @param published when the feed says the article was published, or null
 */
public record FeedEntry(URI url, String guid, String title, String summary, Instant published) {
    public FeedEntry {
        Validate.notNull(url, "url");
        Validate.notBlank(guid, "guid");
        title = title == null ? "" : title;
        summary = summary == null ? "" : summary;
    }
}
