package org.presswatch.ingest;

import java.time.Instant;
import org.presswatch.core.model.Source;
import org.presswatch.ingest.crawl.FeedState;
import org.presswatch.ingest.feed.FeedPoller;

/** Polls one source again and again, carrying its crawl state from one poll to the next, as the crawler does. */
public final class PollSession {
    private final FeedPoller poller;
    private final Source source;
    private FeedState state;

    public PollSession(FeedPoller poller, Source source) {
        this(poller, source, FeedState.initial(source, Instant.now()));
    }

    public PollSession(FeedPoller poller, Source source, FeedState state) {
        this.poller = poller;
        this.source = source;
        this.state = state;
    }

    public FeedPoller.Result poll() throws InterruptedException {
        FeedPoller.Result result = poller.poll(source, state, Instant.now());
        state = result.state();
        return result;
    }

    public FeedState state() {
        return state;
    }

    /** One poll of a source never polled before. */
    public static FeedPoller.Result pollOnce(FeedPoller poller, Source source) throws InterruptedException {
        return new PollSession(poller, source).poll();
    }
}
