package org.presswatch.pipeline.source;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.apache.flink.api.connector.source.SourceOutput;
import org.apache.flink.api.connector.source.SourceReaderContext;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.base.source.reader.SingleThreadMultiplexSourceReaderBase;
import org.apache.flink.connector.base.source.reader.splitreader.SplitReader;
import org.presswatch.ingest.crawl.FeedStateStore;
import org.presswatch.ingest.feed.FeedItem;

/**
 * Runs a {@link FeedSplitReader} on one fetcher thread and emits its items, tracking each split's
 * crawl state. The state of a checkpoint is also saved to the state directory once the
 * checkpoint is complete, never earlier: what the directory says was taken has reached the
 * index, or sits in that checkpoint.
 */
final class FeedSourceReader extends SingleThreadMultiplexSourceReaderBase<FeedRecord, FeedItem, FeedSplit, FeedSplitState> {
    private final FeedStateStore store;
    private final SortedMap<Long, List<FeedSplit>> pending = new TreeMap<>();

    /**
     * @param store where completed checkpoints' crawl state is saved, or null
     */
    FeedSourceReader(Supplier<SplitReader<FeedRecord, FeedSplit>> splitReader, FeedStateStore store, SourceReaderContext context) {
        super(splitReader, FeedSourceReader::emit, new Configuration(), context);
        this.store = store;
    }

    @Override
    public List<FeedSplit> snapshotState(long checkpointId) {
        List<FeedSplit> splits = super.snapshotState(checkpointId);
        if (store != null) {
            pending.put(checkpointId, List.copyOf(splits));
        }
        return splits;
    }

    @Override
    public void notifyCheckpointComplete(long checkpointId) throws Exception {
        super.notifyCheckpointComplete(checkpointId);
        List<FeedSplit> completed = pending.remove(checkpointId);
        pending.headMap(checkpointId).clear();
        if (completed != null) {
            completed.stream().filter(split -> split.state() != null).forEach(split -> store.save(split.state()));
        }
    }

    private static void emit(FeedRecord record, SourceOutput<FeedItem> output, FeedSplitState split) {
        if (record.item() != null) {
            output.collect(record.item());
        }
        if (record.state() != null) {
            split.update(record.state());
        }
    }

    @Override
    public void start() {
        // Splits are pushed by the enumerator; nothing to request.
    }

    @Override
    protected void onSplitFinished(Map<String, FeedSplitState> finished) {
        // Feeds never finish.
    }

    @Override
    protected FeedSplitState initializedState(FeedSplit split) {
        return new FeedSplitState(split);
    }

    @Override
    protected FeedSplit toSplitType(String splitId, FeedSplitState state) {
        return state.toSplit();
    }
}
