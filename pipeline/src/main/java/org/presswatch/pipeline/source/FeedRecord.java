package org.presswatch.pipeline.source;

import org.presswatch.ingest.crawl.FeedState;
import org.presswatch.ingest.feed.FeedItem;

/**
 * What the split reader hands the source reader: an item to emit, or, after a poll's items, the
 * source's new crawl state. Because the state follows the items, a checkpoint never holds a state
 * whose items were not all emitted.
 */
record FeedRecord(FeedItem item, FeedState state) {
    static FeedRecord item(FeedItem item) {
        return new FeedRecord(item, null);
    }

    static FeedRecord state(FeedState state) {
        return new FeedRecord(null, state);
    }
}
