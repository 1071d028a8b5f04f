package org.presswatch.pipeline.source;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.connector.base.source.reader.RecordsBySplits;
import org.apache.flink.connector.base.source.reader.RecordsWithSplitIds;
import org.apache.flink.connector.base.source.reader.splitreader.SplitReader;
import org.apache.flink.connector.base.source.reader.splitreader.SplitsAddition;
import org.apache.flink.connector.base.source.reader.splitreader.SplitsChange;
import org.presswatch.core.model.Source;
import org.presswatch.ingest.feed.FeedItem;
import org.presswatch.ingest.feed.FeedPoller;
import org.presswatch.ingest.feed.SeenItems;
import org.presswatch.ingest.fetch.HttpFetcher;

/**
 * Polls the sources assigned to one reader, each when its poll interval has passed, on the
 * source reader's fetcher thread. Between polls {@link #fetch()} waits, at most a second at a
 * time so that new splits and shutdown are noticed promptly.
 */
final class FeedSplitReader implements SplitReader<FeedItem, FeedSplit> {
    private static final long MAX_WAIT_MS = 1000;

    private static final class Polled {
        final Source source;
        final SeenItems seen;
        Instant next;

        Polled(FeedSplit split, Instant next) {
            this.source = split.source();
            this.seen = new SeenItems(SeenItems.DEFAULT_CAPACITY, split.seen());
            this.next = next;
        }
    }

    private final FeedPoller poller;
    private final Clock clock;
    private final Map<String, Polled> splits = new LinkedHashMap<>();
    private final Object signal = new Object();
    private boolean wakeUp;

    FeedSplitReader(HttpFetcher.Settings settings, Clock clock) {
        this.poller = new FeedPoller(new HttpFetcher(settings));
        this.clock = clock;
    }

    @Override
    public RecordsWithSplitIds<FeedItem> fetch() {
        Polled due = null;
        synchronized (signal) {
            for (Polled p : splits.values()) {
                if (due == null || p.next.isBefore(due.next)) {
                    due = p;
                }
            }
            long waitMs = due == null ? MAX_WAIT_MS : Math.min(MAX_WAIT_MS, due.next.toEpochMilli() - clock.millis());
            if (waitMs > 0) {
                if (!wakeUp) {
                    try {
                        signal.wait(waitMs);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                wakeUp = false;
                return new RecordsBySplits.Builder<FeedItem>().build();
            }
        }
        RecordsBySplits.Builder<FeedItem> records = new RecordsBySplits.Builder<>();
        try {
            List<FeedItem> items = poller.poll(due.source, due.seen).items();
            records.addAll(due.source.id(), items);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        due.next = clock.instant().plus(due.source.pollInterval());
        return records.build();
    }

    @Override
    public void handleSplitsChanges(SplitsChange<FeedSplit> change) {
        if (!(change instanceof SplitsAddition)) {
            throw new UnsupportedOperationException("feed splits are only ever added, not " + change.getClass().getSimpleName());
        }
        synchronized (signal) {
            for (FeedSplit split : change.splits()) {
                splits.put(split.splitId(), new Polled(split, clock.instant()));
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
        // java.net.http clients release their resources when collected
    }
}
