package org.presswatch.pipeline.source;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.flink.connector.base.source.reader.RecordsBySplits;
import org.apache.flink.connector.base.source.reader.RecordsWithSplitIds;
import org.apache.flink.connector.base.source.reader.splitreader.SplitReader;
import org.apache.flink.connector.base.source.reader.splitreader.SplitsAddition;
import org.apache.flink.connector.base.source.reader.splitreader.SplitsChange;
import org.presswatch.core.model.Source;
import org.presswatch.ingest.crawl.FeedState;
import org.presswatch.ingest.crawl.FeedStateStore;
import org.presswatch.ingest.feed.FeedItem;
import org.presswatch.ingest.feed.FeedPoller;

/**
 * Polls the sources assigned to one reader, each when its adaptive schedule says, on the source
 * reader's fetcher thread. A split without state (a job started without a checkpoint) takes the
 * state last saved for its source, so even then nothing unchanged is downloaded again. Between
 * polls {@link #fetch()} waits, at most a second at a time so that new splits and shutdown are
 * noticed promptly.
 */
final class FeedSplitReader implements SplitReader<FeedRecord, FeedSplit> {
    private static final long MAX_WAIT_MS = 1000;

    private static final class Polled {
        final Source source;
        FeedState state;

        Polled(Source source, FeedState state) {
            this.source = source;
            this.state = state;
        }
    }

    private final FeedPoller poller;
    private final FeedStateStore store;
    private final Clock clock;
    private final Map<String, Polled> splits = new LinkedHashMap<>();
    private final Object signal = new Object();
    private boolean wakeUp;

    /**
     * @param store where the crawl state of completed checkpoints is kept, or null
     */
    FeedSplitReader(FeedPoller poller, FeedStateStore store, Clock clock) {
        this.poller = poller;
        this.store = store;
        this.clock = clock;
    }

    @Override
    public RecordsWithSplitIds<FeedRecord> fetch() {
        Polled due = null;
        synchronized (signal) {
            for (Polled p : splits.values()) {
                if (due == null || p.state.nextPoll().isBefore(due.state.nextPoll())) {
                    due = p;
                }
            }
            long waitMs = due == null ? MAX_WAIT_MS : Math.min(MAX_WAIT_MS, due.state.nextPoll().toEpochMilli() - clock.millis());
            if (waitMs > 0) {
                if (!wakeUp) {
                    try {
                        signal.wait(waitMs);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                wakeUp = false;
                return new RecordsBySplits.Builder<FeedRecord>().build();
            }
        }
        RecordsBySplits.Builder<FeedRecord> records = new RecordsBySplits.Builder<>();
        try {
            FeedPoller.Result result = poller.poll(due.source, due.state, clock.instant());
            for (FeedItem item : result.items()) {
                records.add(due.source.id(), FeedRecord.item(item));
            }
            records.add(due.source.id(), FeedRecord.state(result.state()));
            due.state = result.state();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return records.build();
    }

    @Override
    public void handleSplitsChanges(SplitsChange<FeedSplit> change) {
        if (!(change instanceof SplitsAddition)) {
            throw new UnsupportedOperationException("feed splits are only ever added, not " + change.getClass().getSimpleName());
        }
        Instant now = clock.instant();
        synchronized (signal) {
            for (FeedSplit split : change.splits()) {
                FeedState state = split.state();
                if (state == null && store != null) {
                    state = store.load(split.splitId()).orElse(null);
                }
                splits.put(split.splitId(), new Polled(split.source(), state != null ? state : FeedState.initial(split.source(), now)));
            }
        }
    }

    @Override
    public void wakeUp() {
        synchronized (signal) {
            wakeUp = true;
            signal.notifyAll();
        }
    }

    @Override
    public void close() {
        // the fetcher's threads are daemons and its HTTP client releases its resources when collected
    }
}
