package org.presswatch.ingest.feed;

import java.net.URI;
import java.time.Instant;
import org.presswatch.core.util.Validate;

/**
 * An article announced by one of a source's feeds, not yet fetched.
 *
 * @param url the article's canonicalized URL
 * @param guid the feed's id for the item
 * @param published when the feed says it was published, or null
 */
public record FeedItem(String sourceId, URI feedUrl, URI url, String guid, String title, String summary, Instant published) {
    public FeedItem {
        Validate.notBlank(sourceId, "sourceId");
        Validate.notNull(feedUrl, "feedUrl");
        Validate.notNull(url, "url");
        Validate.notBlank(guid, "guid");
        Validate.notNull(title, "title");
        Validate.notNull(summary, "summary");
    }

    static FeedItem of(String sourceId, URI feedUrl, FeedEntry entry) {
        return new FeedItem(sourceId, feedUrl, entry.url(), entry.guid(), entry.title(), entry.summary(), entry.published());
    }
}
