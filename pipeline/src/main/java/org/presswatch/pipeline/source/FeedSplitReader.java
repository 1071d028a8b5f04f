package org.presswatch.pipeline.source;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.flink.metrics.Gauge;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.metrics.groups.UnregisteredMetricsGroup;
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
import org.presswatch.pipeline.metrics.PipelineMetrics;

/**
 * Polls the sources assigned to one reader, each when its adaptive schedule says, on the source
 * reader's fetcher thread. A split without state (a job started without a checkpoint) takes the
 * state last saved for its source, so even then nothing unchanged is downloaded again. Between
 * polls {@link #fetch()} waits, at most a second at a time so that new splits and shutdown are
 * noticed promptly.
 *
 * <p>For each source it keeps two metrics ({@link PipelineMetrics}): the errors of its polls, and
 * its lag, the seconds since it was last polled successfully (by this job or, with the crawl
 * state restored, an earlier one), or since this reader took it up when it never was.
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
    private final MetricGroup metrics;
    private final PipelineMetrics.Labelled errors;
    /** Per source, when it last succeeded (epoch milliseconds): read by the metrics' thread. */
    private final Map<String, Long> lastSuccess = new ConcurrentHashMap<>();

    /**
     * @param store where the crawl state of completed checkpoints is kept, or null
     */
    FeedSplitReader(FeedPoller poller, FeedStateStore store, Clock clock) {
        this(poller, store, clock, new UnregisteredMetricsGroup());
    }

    /**
     * @param store where the crawl state of completed checkpoints is kept, or null
     * @param metrics the source reader's metric group
     */
    FeedSplitReader(FeedPoller poller, FeedStateStore store, Clock clock, MetricGroup metrics) {
        this.poller = poller;
        this.store = store;
        this.clock = clock;
        this.metrics = metrics;
        this.errors = new PipelineMetrics.Labelled(metrics.addGroup(PipelineMetrics.STAGE, "feed"), PipelineMetrics.FETCH_ERRORS,
                PipelineMetrics.SOURCE);
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
            errors.inc(due.source.id(), result.errors().size());
            if (result.state().lastSuccess() != null) {
                lastSuccess.put(due.source.id(), result.state().lastSuccess().toEpochMilli());
            }
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
                Polled polled = new Polled(split.source(), state != null ? state : FeedState.initial(split.source(), now));
                String source = split.source().id();
                boolean known = lastSuccess.containsKey(source) || splits.containsKey(split.splitId());
                lastSuccess.put(source, (polled.state.lastSuccess() != null ? polled.state.lastSuccess() : now).toEpochMilli());
                splits.put(split.splitId(), polled);
                if (!known) {
                    metrics.addGroup(PipelineMetrics.SOURCE, source).gauge(PipelineMetrics.FEED_LAG_SECONDS,
                            (Gauge<Double>) () -> Math.max(0, clock.millis() - lastSuccess.get(source)) / 1000.0);
                }
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
