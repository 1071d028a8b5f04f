package org.presswatch.pipeline.source;

import org.presswatch.core.model.Source;
import org.presswatch.ingest.feed.FeedItem;
import org.presswatch.ingest.feed.SeenItems;

/** A split as the reader's task thread tracks it: what has been emitted so far. */
final class FeedSplitState {
    private final Source source;
    private final SeenItems emitted;

    FeedSplitState(FeedSplit split) {
        this.source = split.source();
        this.emitted = new SeenItems(SeenItems.DEFAULT_CAPACITY, split.seen());
    }

    void emitted(FeedItem item) {
        emitted.markSeen(item);
    }

    FeedSplit toSplit() {
        return new FeedSplit(source, emitted.keys());
    }
}
