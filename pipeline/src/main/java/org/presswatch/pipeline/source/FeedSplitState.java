package org.presswatch.pipeline.source;

import org.presswatch.core.model.Source;
import org.presswatch.ingest.crawl.FeedState;

/** A split as the reader's task thread tracks it: the crawl state of its last fully emitted poll. */
final class FeedSplitState {
    private final Source source;
    private FeedState state;

    FeedSplitState(FeedSplit split) {
        this.source = split.source();
        this.state = split.state();
    }

    void update(FeedState newState) {
        this.state = newState;
    }

    FeedSplit toSplit() {
        return new FeedSplit(source, state);
    }
}
